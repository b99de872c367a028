package org.kamworkbench.core.exchange;

import java.io.IOException;
import java.io.Reader;

import org.kamworkbench.kam.Portfolio;

/**
 * Reads records from another tool (a CRM export, a spreadsheet) into a portfolio in two steps, so that the
 * user sees every problem before anything changes: {@link #read} checks the whole source against the portfolio
 * without changing it, and {@link ImportResult#applyTo} then makes the changes. The editors run that step as one
 * undoable command.
 */
public interface PortfolioImporter {

	/**
	 * Reads all of {@code source} (named {@code sourceName} in problems) against {@code target}, which is not
	 * changed. Malformed input is reported in the result's problems, never thrown; only a failure to read the
	 * stream is.
	 */
	ImportResult read(String sourceName, Reader source, Portfolio target, ImportOptions options) throws IOException;
}
