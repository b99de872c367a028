package org.kamworkbench.cli;

/**
 * What the benchmark measured for one portfolio size: medians of the timed repetitions in milliseconds, and
 * the heap in use before opening, with the portfolio open, and after closing it again.
 */
record BenchmarkFigures(int accounts, long fileBytes, long objects, int severity, double openMs, double loadMs,
		double validateMs, double classifyMs, double saxMs, double saveMs, long heapBeforeOpen, long heapOpen,
		long heapAfterClose) {

	/** How many times a bare SAX parse of the same file opening takes; the target is at most 2. */
	double openSaxRatio() {
		return openMs / saxMs;
	}

	/** Heap the open portfolio takes per model object. */
	double heapBytesPerObject() {
		return (heapOpen - heapBeforeOpen) / (double) objects;
	}

	/** Heap still in use after closing, compared with before opening; 0 or less when nothing is retained. */
	long heapRetainedAfterClose() {
		return heapAfterClose - heapBeforeOpen;
	}
}
