package org.kamworkbench.cli;

/**
 * The spreadsheet comparison of one portfolio size: the size of the workbook, how long writing it took and the
 * median time LibreOffice took to open it, in ms ({@code NaN} when LibreOffice could not be run).
 */
record SpreadsheetFigures(int accounts, long workbookBytes, double writeMs, double libreOfficeMs) {

	/** How many times our opening of the same portfolio LibreOffice takes; the target is at least 5. */
	double ratioTo(BenchmarkFigures ours) {
		return libreOfficeMs / ours.openMs();
	}
}
