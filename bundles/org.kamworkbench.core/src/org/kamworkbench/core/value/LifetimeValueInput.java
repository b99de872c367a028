package org.kamworkbench.core.value;

/** One input of a customer lifetime value calculation. */
public enum LifetimeValueInput {
	ANNUAL_REVENUE, ANNUAL_GROWTH, MARGIN, RETENTION_RATE, DISCOUNT_RATE, HORIZON, ACQUISITION_COST;

	/** The input's name as the user reads it at the start of a sentence, e.g. "Retention rate". */
	public String label() {
		return switch (this) {
		case ANNUAL_REVENUE -> Messages.Input_annualRevenue;
		case ANNUAL_GROWTH -> Messages.Input_annualGrowth;
		case MARGIN -> Messages.Input_margin;
		case RETENTION_RATE -> Messages.Input_retentionRate;
		case DISCOUNT_RATE -> Messages.Input_discountRate;
		case HORIZON -> Messages.Input_horizon;
		case ACQUISITION_COST -> Messages.Input_acquisitionCost;
		};
	}
}
