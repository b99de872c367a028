package org.kamworkbench.core.results;

import java.util.List;

import org.kamworkbench.kam.Account;

/**
 * The results of one account: every recorded period, the totals over all of them, and a view per year.
 *
 * @param account  the account
 * @param currency ISO code of the portfolio currency all amounts are in
 * @param periods  every period result, ordered by period start (undated ones last), then label
 * @param totals   totals over all periods
 * @param years    one entry per calendar year in which a period starts, ascending; undated periods
 *                 are in no year
 * @param warnings localized warnings about the figures, e.g. periods that overlap and are counted twice
 */
public record AccountResults(Account account, String currency, List<PeriodFigures> periods, ResultTotals totals,
		List<YearResults> years, List<String> warnings) {

	public AccountResults {
		periods = List.copyOf(periods);
		years = List.copyOf(years);
		warnings = List.copyOf(warnings);
	}

	/** The periods without a start date, which no year holds. */
	public List<PeriodFigures> undatedPeriods() {
		return periods.stream().filter(period -> period.periodStart() == null).toList();
	}
}
