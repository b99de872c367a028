package org.kamworkbench.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.workbook.FlatSheets;
import org.kamworkbench.core.workbook.XlsxWriter;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.PortfolioFiles;

/**
 * The same portfolio as people keep it today: a workbook of flat sheets ({@link FlatSheets}), opened by
 * LibreOffice Calc without a window ({@code soffice --headless --convert-to csv}, which reads the whole workbook
 * and writes its first sheet). The time is the whole run of that process, as a user waits for it; LibreOffice's
 * own start (converting a workbook with one empty sheet) is measured apart, so that a reader can take it off.
 * LibreOffice runs with a profile of its own in the benchmark's folder, made by a first conversion that is not
 * timed, so that its first-start work and a LibreOffice the user has open do not count.
 */
final class SpreadsheetComparison {

	/** System property: the soffice program to use, or {@code none} to leave the comparison out. */
	static final String SOFFICE_PROPERTY = "kam.soffice"; //$NON-NLS-1$
	private static final long LONGEST_RUN_MINUTES = 15;

	private final Path soffice;
	private final Path folder;
	private double startupMs = Double.NaN;

	private SpreadsheetComparison(Path soffice, Path folder) {
		this.soffice = soffice;
		this.folder = folder;
	}

	/**
	 * LibreOffice's {@code soffice} from the system property {@value #SOFFICE_PROPERTY}, else the first on the
	 * PATH; {@code null} when there is none or the property is {@code none}.
	 */
	static SpreadsheetComparison find(Path folder) {
		String chosen = System.getProperty(SOFFICE_PROPERTY, ""); //$NON-NLS-1$
		if ("none".equals(chosen)) { //$NON-NLS-1$
			return null;
		}
		if (!chosen.isBlank()) {
			return Files.isExecutable(Path.of(chosen)) ? new SpreadsheetComparison(Path.of(chosen), folder) : null;
		}
		for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) { //$NON-NLS-1$ //$NON-NLS-2$
			Path candidate = directory.isEmpty() ? null : Path.of(directory, "soffice"); //$NON-NLS-1$
			if (candidate != null && Files.isExecutable(candidate)) {
				return new SpreadsheetComparison(candidate, folder);
			}
		}
		return null;
	}

	Path soffice() {
		return soffice;
	}

	/** Makes LibreOffice's profile (not timed), then times its start alone: a workbook with one empty sheet. */
	void prepare() throws IOException {
		Path empty = folder.resolve("empty.xlsx"); //$NON-NLS-1$
		try (XlsxWriter workbook = new XlsxWriter(Files.newOutputStream(empty))) {
			workbook.startSheet("Empty"); //$NON-NLS-1$
		}
		convert(empty);
		double[] starts = new double[3];
		for (int i = 0; i < starts.length; i++) {
			starts[i] = convert(empty);
		}
		startupMs = PortfolioBenchmark.median(starts);
	}

	/** LibreOffice's start alone, in ms. */
	double startupMs() {
		return startupMs;
	}

	/** The workbook of the portfolio in {@code file}, written beside it; how long writing took, in ms. */
	static double writeWorkbook(Path file, Path workbook) throws IOException {
		Portfolio portfolio = PortfolioFiles.load(file);
		try {
			long start = System.nanoTime();
			FlatSheets.write(portfolio, workbook);
			return (System.nanoTime() - start) / 1e6;
		} finally {
			portfolio.eResource().unload();
		}
	}

	/** The median time of LibreOffice opening {@code workbook} over a number of runs, in ms. */
	double open(Path workbook, int runs) throws IOException {
		double[] times = new double[runs];
		for (int i = 0; i < runs; i++) {
			times[i] = convert(workbook);
		}
		return PortfolioBenchmark.median(times);
	}

	/** One conversion to CSV; its time in ms. Fails with LibreOffice's own words when it wrote nothing. */
	private double convert(Path workbook) throws IOException {
		Path out = folder.resolve("libreoffice-out"); //$NON-NLS-1$
		Path csv = out.resolve(workbook.getFileName().toString().replaceFirst("\\.xlsx$", ".csv")); //$NON-NLS-1$ //$NON-NLS-2$
		Files.deleteIfExists(csv);
		Path log = folder.resolve("libreoffice.log"); //$NON-NLS-1$
		ProcessBuilder command = new ProcessBuilder(List.of(soffice.toString(), "--headless", "--norestore", //$NON-NLS-1$ //$NON-NLS-2$
				"-env:UserInstallation=" + folder.resolve("libreoffice-profile").toUri(), //$NON-NLS-1$ //$NON-NLS-2$
				"--convert-to", "csv", "--outdir", out.toString(), workbook.toString())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.redirectErrorStream(true).redirectOutput(log.toFile());
		long start = System.nanoTime();
		Process process = command.start();
		try {
			if (!process.waitFor(LONGEST_RUN_MINUTES, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IOException(NLS.bind(Messages.Benchmark_libreOfficeTooLong, LONGEST_RUN_MINUTES));
			}
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
		double millis = (System.nanoTime() - start) / 1e6;
		if (process.exitValue() != 0 || !Files.isRegularFile(csv)) {
			throw new IOException(NLS.bind(Messages.Benchmark_libreOfficeWroteNothing, process.exitValue(),
					new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip()));
		}
		return millis;
	}
}
