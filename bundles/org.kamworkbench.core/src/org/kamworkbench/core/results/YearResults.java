package org.kamworkbench.core.results;

import java.util.List;

/**
 * One year of the multi-year view: the periods that start in that year and their totals.
 *
 * @param year    calendar year of the periods' first day
 * @param periods the periods, ordered by start and label
 * @param totals  their totals
 */
public record YearResults(int year, List<PeriodFigures> periods, ResultTotals totals) {

	public YearResults {
		periods = List.copyOf(periods);
	}
}
