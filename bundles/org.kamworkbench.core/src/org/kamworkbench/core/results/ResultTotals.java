package org.kamworkbench.core.results;

import java.util.List;

/**
 * Figures summed over several periods.
 *
 * @param periods            number of periods summed
 * @param directRevenue      sum of direct revenue
 * @param indirectRevenue    sum of attributed indirect revenue
 * @param totalRevenue       sum of total attributed revenue
 * @param costToServe        sum of cost to serve
 * @param profitContribution sum of profit contribution
 * @param revenue            summed revenue of the periods that have a revenue target, against the sum of
 *                           those targets (periods without a target are left out of the comparison)
 * @param profit             the same for profit contribution
 * @param credits            the credit each of our units earned over the periods, in order of first
 *                           appearance; its share is the percentage of the summed total revenue
 */
public record ResultTotals(int periods, double directRevenue, double indirectRevenue, double totalRevenue,
		double costToServe, double profitContribution, TargetComparison revenue, TargetComparison profit,
		List<UnitCreditShare> credits) {

	public ResultTotals {
		credits = List.copyOf(credits);
	}
}
