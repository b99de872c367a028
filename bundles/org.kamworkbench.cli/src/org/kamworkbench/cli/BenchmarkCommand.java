package org.kamworkbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;

/**
 * {@code benchmark [--accounts 1000,10000] [--seed S] [--folder DIR]}: measures opening, saving and the heap
 * of generated portfolios of each size ({@link PortfolioBenchmark}), prints a table and ends with one line
 * {@code BENCH key=value ...} with every figure, for scripts. Without {@code --folder} the generated files
 * are written to a temporary folder that is removed afterwards.
 */
final class BenchmarkCommand {

	private static final double MB = 1024.0 * 1024.0;

	private final PrintStream out;
	private final PrintStream err;
	private LibreOfficeStatus libreOfficeStatus = LibreOfficeStatus.MISSING;
	private double libreOfficeStartupMs = Double.NaN;

	BenchmarkCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(CommandLineArguments arguments) {
		Path folder;
		boolean temporary = arguments.folder() == null;
		try {
			folder = temporary ? Files.createTempDirectory("kam-benchmark") //$NON-NLS-1$
					: Files.createDirectories(arguments.folder());
		} catch (IOException e) {
			err.println(NLS.bind(Messages.Benchmark_noFolder, arguments.folder(), e.getMessage()));
			return KamCommandLine.UNREADABLE;
		}
		Runtime runtime = Runtime.getRuntime();
		double loadAtStart = loadAverage();
		out.println(NLS.bind(Messages.Benchmark_title, new Object[] { System.getProperty("java.version"), //$NON-NLS-1$
				System.getProperty("java.vendor"), runtime.availableProcessors(), //$NON-NLS-1$
				Math.round(runtime.maxMemory() / MB), arguments.seed(), fixed(loadAtStart, 2) }));
		List<BenchmarkFigures> measured = new ArrayList<>();
		Map<Integer, SpreadsheetFigures> spreadsheets = new HashMap<>();
		PortfolioBenchmark benchmark = new PortfolioBenchmark(folder, arguments.seed());
		SpreadsheetComparison libreOffice = startLibreOffice(folder);
		try {
			for (int accounts : arguments.accounts()) {
				out.println(NLS.bind(Messages.Benchmark_measuring, count(accounts), benchmark.file(accounts)));
				BenchmarkFigures figures = benchmark.measure(accounts);
				if (figures.severity() >= Diagnostic.ERROR) {
					out.println(NLS.bind(Messages.Benchmark_invalid, accounts));
				}
				measured.add(figures);
				spreadsheets.put(accounts, compare(benchmark, accounts, libreOffice));
				libreOffice = libreOfficeStatus == LibreOfficeStatus.OK ? libreOffice : null;
			}
		} catch (IOException e) {
			err.println(NLS.bind(Messages.Benchmark_failed, e.getMessage()));
			return KamCommandLine.UNREADABLE;
		} finally {
			if (temporary) {
				delete(folder);
			}
		}
		table(measured, spreadsheets);
		out.println(summary(measured, spreadsheets, libreOfficeStatus, libreOfficeStartupMs, loadAtStart, loadAverage()));
		return KamCommandLine.VALID;
	}

	/** Whether LibreOffice took part: the BENCH line says so ({@code libreoffice=ok}, {@code missing}, {@code failed}). */
	enum LibreOfficeStatus {
		OK, MISSING, FAILED;

		@Override
		public String toString() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** LibreOffice, ready with its profile, or {@code null} (and the reason printed) when it cannot take part. */
	private SpreadsheetComparison startLibreOffice(Path folder) {
		SpreadsheetComparison libreOffice = SpreadsheetComparison.find(folder);
		if (libreOffice == null) {
			out.println(Messages.Benchmark_libreOfficeMissing);
			return null;
		}
		try {
			out.println(NLS.bind(Messages.Benchmark_libreOfficeStarting, libreOffice.soffice()));
			libreOffice.prepare();
			libreOfficeStartupMs = libreOffice.startupMs();
			libreOfficeStatus = LibreOfficeStatus.OK;
			return libreOffice;
		} catch (IOException e) {
			libreOfficeStatus = LibreOfficeStatus.FAILED;
			out.println(NLS.bind(Messages.Benchmark_libreOfficeFailed, e.getMessage()));
			return null;
		}
	}

	/** The portfolio as a workbook, and LibreOffice opening it when it can (a failure is said, not fatal). */
	private SpreadsheetFigures compare(PortfolioBenchmark benchmark, int accounts, SpreadsheetComparison libreOffice)
			throws IOException {
		Path workbook = benchmark.file(accounts).resolveSibling("benchmark-" + accounts + ".xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
		double writeMs = SpreadsheetComparison.writeWorkbook(benchmark.file(accounts), workbook);
		double libreOfficeMs = Double.NaN;
		if (libreOffice != null) {
			try {
				out.println(NLS.bind(Messages.Benchmark_libreOfficeOpening, workbook.getFileName()));
				libreOfficeMs = libreOffice.open(workbook, accounts <= 2_000 ? 3 : 1);
			} catch (IOException e) {
				libreOfficeStatus = LibreOfficeStatus.FAILED;
				out.println(NLS.bind(Messages.Benchmark_libreOfficeFailed, e.getMessage()));
			}
		}
		return new SpreadsheetFigures(accounts, Files.size(workbook), writeMs, libreOfficeMs);
	}

	private void table(List<BenchmarkFigures> measured, Map<Integer, SpreadsheetFigures> spreadsheets) {
		NumberFormat whole = NumberFormat.getIntegerInstance(Locale.getDefault());
		NumberFormat oneDecimal = NumberFormat.getNumberInstance(Locale.getDefault());
		oneDecimal.setMinimumFractionDigits(1);
		oneDecimal.setMaximumFractionDigits(1);
		NumberFormat twoDecimals = NumberFormat.getNumberInstance(Locale.getDefault());
		twoDecimals.setMinimumFractionDigits(2);
		twoDecimals.setMaximumFractionDigits(2);
		List<String> header = new ArrayList<>();
		header.add(Messages.Benchmark_measure);
		measured.forEach(figures -> header.add(NLS.bind(Messages.Benchmark_accounts, count(figures.accounts()))));
		List<List<String>> rows = new ArrayList<>();
		rows.add(row(Messages.Benchmark_fileSize, measured, f -> oneDecimal.format(f.fileBytes() / MB)));
		rows.add(row(Messages.Benchmark_objects, measured, f -> whole.format(f.objects())));
		rows.add(row(Messages.Benchmark_open, measured, f -> whole.format(f.openMs())));
		rows.add(row(Messages.Benchmark_load, measured, f -> whole.format(f.loadMs())));
		rows.add(row(Messages.Benchmark_validate, measured, f -> whole.format(f.validateMs())));
		rows.add(row(Messages.Benchmark_classify, measured, f -> whole.format(f.classifyMs())));
		rows.add(row(Messages.Benchmark_sax, measured, f -> whole.format(f.saxMs())));
		rows.add(row(Messages.Benchmark_ratio, measured, f -> twoDecimals.format(f.openSaxRatio())));
		rows.add(row(Messages.Benchmark_save, measured, f -> whole.format(f.saveMs())));
		rows.add(row(Messages.Benchmark_heapPerObject, measured, f -> whole.format(f.heapBytesPerObject())));
		rows.add(row(Messages.Benchmark_heapBefore, measured, f -> oneDecimal.format(f.heapBeforeOpen() / MB)));
		rows.add(row(Messages.Benchmark_heapOpen, measured, f -> oneDecimal.format(f.heapOpen() / MB)));
		rows.add(row(Messages.Benchmark_heapAfter, measured, f -> oneDecimal.format(f.heapAfterClose() / MB)));
		rows.add(row(Messages.Benchmark_retained, measured, f -> whole.format(f.heapRetainedAfterClose())));
		rows.add(row(Messages.Benchmark_workbookSize, measured, f -> oneDecimal.format(spreadsheets.get(f.accounts()).workbookBytes() / MB)));
		rows.add(row(Messages.Benchmark_workbookWrite, measured, f -> whole.format(spreadsheets.get(f.accounts()).writeMs())));
		rows.add(row(Messages.Benchmark_libreOffice, measured, f -> orMissing(whole, spreadsheets.get(f.accounts()).libreOfficeMs())));
		rows.add(row(Messages.Benchmark_libreOfficeRatio, measured,
				f -> orMissing(twoDecimals, spreadsheets.get(f.accounts()).ratioTo(f))));
		ReportWriter report = new ReportWriter(out, Locale.getDefault());
		report.plain(""); //$NON-NLS-1$
		report.table(header, rows);
		report.plain(""); //$NON-NLS-1$
		report.plain(Messages.Benchmark_method);
		if (libreOfficeStatus == LibreOfficeStatus.OK) {
			report.plain(NLS.bind(Messages.Benchmark_libreOfficeMethod, whole.format(libreOfficeStartupMs)));
		}
	}

	/** A figure, or a dash where LibreOffice could not measure it. */
	private static String orMissing(NumberFormat format, double value) {
		return Double.isNaN(value) ? "-" : format.format(value); //$NON-NLS-1$
	}

	/** A whole number as the user writes it, e.g. 10,000 (10.000 in Dutch). */
	static String count(long number) {
		return NumberFormat.getIntegerInstance(Locale.getDefault()).format(number);
	}

	private static List<String> row(String label, List<BenchmarkFigures> measured,
			Function<BenchmarkFigures, String> figure) {
		List<String> row = new ArrayList<>();
		row.add(label);
		measured.forEach(figures -> row.add(figure.apply(figures)));
		return row;
	}

	/** One line with every figure, {@code key=value} in a fixed notation (no grouping, a dot for decimals). */
	static String summary(List<BenchmarkFigures> measured, Map<Integer, SpreadsheetFigures> spreadsheets,
			LibreOfficeStatus libreOffice, double libreOfficeStartupMs, double loadAtStart, double loadAtEnd) {
		Runtime runtime = Runtime.getRuntime();
		StringBuilder line = new StringBuilder("BENCH"); //$NON-NLS-1$
		add(line, "java", System.getProperty("java.version")); //$NON-NLS-1$ //$NON-NLS-2$
		add(line, "cpus", runtime.availableProcessors()); //$NON-NLS-1$
		add(line, "max_heap_mb", Math.round(runtime.maxMemory() / MB)); //$NON-NLS-1$
		add(line, "load_average_start", fixed(loadAtStart, 2)); //$NON-NLS-1$
		add(line, "load_average_end", fixed(loadAtEnd, 2)); //$NON-NLS-1$
		add(line, "libreoffice", libreOffice); //$NON-NLS-1$
		add(line, "libreoffice_startup_ms", fixedOrNa(libreOfficeStartupMs, 1)); //$NON-NLS-1$
		for (BenchmarkFigures f : measured) {
			String n = "_" + f.accounts(); //$NON-NLS-1$
			add(line, "file_bytes" + n, f.fileBytes()); //$NON-NLS-1$
			add(line, "objects" + n, f.objects()); //$NON-NLS-1$
			add(line, "open_ms" + n, fixed(f.openMs(), 1)); //$NON-NLS-1$
			add(line, "load_ms" + n, fixed(f.loadMs(), 1)); //$NON-NLS-1$
			add(line, "validate_ms" + n, fixed(f.validateMs(), 1)); //$NON-NLS-1$
			add(line, "classify_ms" + n, fixed(f.classifyMs(), 1)); //$NON-NLS-1$
			add(line, "sax_ms" + n, fixed(f.saxMs(), 1)); //$NON-NLS-1$
			add(line, "open_sax_ratio" + n, fixed(f.openSaxRatio(), 2)); //$NON-NLS-1$
			add(line, "save_ms" + n, fixed(f.saveMs(), 1)); //$NON-NLS-1$
			add(line, "heap_bytes_per_object" + n, fixed(f.heapBytesPerObject(), 0)); //$NON-NLS-1$
			add(line, "heap_before_open_bytes" + n, f.heapBeforeOpen()); //$NON-NLS-1$
			add(line, "heap_open_bytes" + n, f.heapOpen()); //$NON-NLS-1$
			add(line, "heap_after_close_bytes" + n, f.heapAfterClose()); //$NON-NLS-1$
			add(line, "heap_retained_after_close_bytes" + n, f.heapRetainedAfterClose()); //$NON-NLS-1$
			SpreadsheetFigures sheets = spreadsheets.get(f.accounts());
			add(line, "xlsx_bytes" + n, sheets.workbookBytes()); //$NON-NLS-1$
			add(line, "xlsx_write_ms" + n, fixed(sheets.writeMs(), 1)); //$NON-NLS-1$
			add(line, "libreoffice_open_ms" + n, fixedOrNa(sheets.libreOfficeMs(), 1)); //$NON-NLS-1$
			add(line, "libreoffice_ours_ratio" + n, fixedOrNa(sheets.ratioTo(f), 2)); //$NON-NLS-1$
		}
		return line.toString();
	}

	/**
	 * The system's load average over the last minute (-1 where the system does not say): on a machine
	 * shared with others, figures measured under load are slower than the code is.
	 */
	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static void add(StringBuilder line, String key, Object value) {
		line.append(' ').append(key).append('=').append(value);
	}

	/** {@code na} where LibreOffice could not measure. */
	private static String fixedOrNa(double value, int decimals) {
		return Double.isNaN(value) ? "na" : fixed(value, decimals); //$NON-NLS-1$
	}

	private static String fixed(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Removes the temporary folder this command made, with what it wrote there. */
	private void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.deleteIfExists(path);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (IOException | UncheckedIOException e) {
			err.println(NLS.bind(Messages.Benchmark_notRemoved, folder, e.getMessage()));
		}
	}
}
