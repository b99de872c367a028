package org.kamworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.kamworkbench.core.generator.PortfolioGenerator;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.PortfolioFiles;

/**
 * Measures one portfolio size: generates the file (not timed), then repeats a bare SAX parse, opening
 * ({@link PortfolioOpening}) and saving after some warm-up rounds and keeps the medians; finally weighs the
 * heap before opening, with the portfolio open and after closing it.
 */
final class PortfolioBenchmark {

	/** Up to this many accounts a round is short, so more rounds are run. */
	private static final int SMALL = 2_000;

	private final Path folder;
	private final long seed;

	PortfolioBenchmark(Path folder, long seed) {
		this.folder = folder;
		this.seed = seed;
	}

	/** The file of the generated portfolio of this size. */
	Path file(int accounts) {
		return folder.resolve("benchmark-" + accounts + ".kam"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Where the timed saves write to. */
	Path savedFile(int accounts) {
		return folder.resolve("benchmark-" + accounts + "-saved.kam"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	BenchmarkFigures measure(int accounts) throws IOException {
		Path file = file(accounts);
		generate(accounts, file);
		int warmUps = accounts <= SMALL ? 3 : 1;
		int repetitions = accounts <= SMALL ? 7 : 3;
		double[] open = new double[repetitions];
		double[] load = new double[repetitions];
		double[] validate = new double[repetitions];
		double[] classify = new double[repetitions];
		double[] sax = new double[repetitions];
		double[] save = new double[repetitions];
		int severity = 0;
		for (int round = -warmUps; round < repetitions; round++) {
			long start = System.nanoTime();
			SaxBaseline.parse(file);
			double saxMs = millis(System.nanoTime() - start);
			PortfolioOpening opening = PortfolioOpening.open(file);
			long saving = System.nanoTime();
			PortfolioFiles.save(opening.portfolio(), savedFile(accounts));
			double saveMs = millis(System.nanoTime() - saving);
			severity = opening.severity();
			opening.close();
			if (round >= 0) {
				sax[round] = saxMs;
				open[round] = millis(opening.openNanos());
				load[round] = millis(opening.loadNanos());
				validate[round] = millis(opening.validateNanos());
				classify[round] = millis(opening.classifyNanos());
				save[round] = saveMs;
			}
		}
		long heapBefore = HeapGauge.settledUsedHeap();
		PortfolioOpening opened = PortfolioOpening.open(file);
		long heapOpen = HeapGauge.settledUsedHeap();
		long objects = GenerateCommand.objects(opened.portfolio());
		opened.close();
		opened = null;
		long heapAfter = HeapGauge.settledUsedHeap();
		return new BenchmarkFigures(accounts, Files.size(file), objects, severity, median(open), median(load),
				median(validate), median(classify), median(sax), median(save), heapBefore, heapOpen, heapAfter);
	}

	private void generate(int accounts, Path file) throws IOException {
		Portfolio portfolio = PortfolioGenerator.generate(accounts, seed);
		PortfolioFiles.save(portfolio, file);
		portfolio.eResource().unload();
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}
}
