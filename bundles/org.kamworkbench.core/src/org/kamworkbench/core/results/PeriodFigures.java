package org.kamworkbench.core.results;

import java.time.LocalDate;

import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.PeriodResult;

/**
 * The figures of one recorded period result of an account.
 *
 * @param result             the recorded result
 * @param label              the period's label, or its dates when it has none
 * @param periodStart        first day, {@code null} when not recorded
 * @param periodEnd          last day, {@code null} when not recorded
 * @param accountUnit        the customer unit the result concerns, {@code null} for the whole group
 * @param directRevenue      revenue invoiced directly
 * @param indirectRevenue    Σ reseller revenue × attribution share / 100
 * @param totalRevenue       direct plus attributed indirect revenue
 * @param costToServe        as recorded
 * @param profitContribution as recorded
 * @param revenue            total attributed revenue against the revenue target
 * @param profit             profit contribution against the profit contribution target
 * @param credits            credit of each of our units on the total attributed revenue
 */
public record PeriodFigures(PeriodResult result, String label, LocalDate periodStart, LocalDate periodEnd,
		AccountUnit accountUnit, double directRevenue, double indirectRevenue, double totalRevenue, double costToServe,
		double profitContribution, TargetComparison revenue, TargetComparison profit, CreditSplit credits) {
}
