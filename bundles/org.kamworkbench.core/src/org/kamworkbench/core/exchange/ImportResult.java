package org.kamworkbench.core.exchange;

import java.util.List;

import org.kamworkbench.kam.Portfolio;

/** What {@link PortfolioImporter#read} found: the records it can import and the problems of the others. */
public interface ImportResult {

	/** Problems in the order of the source. */
	List<ImportProblem> problems();

	/** How many records {@link #applyTo} imports (0 when the import is all-or-nothing and a problem was found). */
	int importableRecords();

	/**
	 * Makes the changes in {@code target}, which must be the portfolio given to {@code read} and unchanged since.
	 * Only plain model changes, so that a change recorder can undo them.
	 */
	void applyTo(Portfolio target);
}
