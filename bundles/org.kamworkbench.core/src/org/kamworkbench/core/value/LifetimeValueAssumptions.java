package org.kamworkbench.core.value;

import org.kamworkbench.kam.LifetimeValueInputs;

/**
 * The assumptions a customer lifetime value is computed from, detached from the model so a result keeps the
 * assumptions it was computed with.
 *
 * @param annualRevenue        revenue in the first year, in the portfolio currency
 * @param annualGrowthPercent  yearly revenue growth in percent
 * @param marginPercent        profit margin on revenue in percent
 * @param retentionRatePercent chance in percent that the customer stays another year
 * @param discountRatePercent  yearly discount rate in percent
 * @param horizonYears         number of years looked ahead
 * @param acquisitionCost      one-off cost of winning or developing the account
 */
public record LifetimeValueAssumptions(double annualRevenue, double annualGrowthPercent, double marginPercent,
		double retentionRatePercent, double discountRatePercent, int horizonYears, double acquisitionCost) {

	/** The assumptions as recorded on an account. */
	public static LifetimeValueAssumptions of(LifetimeValueInputs inputs) {
		return new LifetimeValueAssumptions(inputs.getAnnualRevenue(), inputs.getAnnualGrowthPercent(),
				inputs.getMarginPercent(), inputs.getRetentionRatePercent(), inputs.getDiscountRatePercent(),
				inputs.getHorizonYears(), inputs.getAcquisitionCost());
	}

	/** The same assumptions with another retention rate. */
	public LifetimeValueAssumptions withRetentionRatePercent(double retention) {
		return new LifetimeValueAssumptions(annualRevenue, annualGrowthPercent, marginPercent, retention,
				discountRatePercent, horizonYears, acquisitionCost);
	}
}
