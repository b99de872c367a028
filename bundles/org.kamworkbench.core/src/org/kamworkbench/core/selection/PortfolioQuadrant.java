package org.kamworkbench.core.selection;

/**
 * The quadrants of McDonald's directional policy matrix for key accounts: account attractiveness (vertical)
 * against our relative strength with the account (horizontal).
 */
public enum PortfolioQuadrant {
	/** High attractiveness, strong position: invest. */
	STRATEGIC(true, true),
	/** High attractiveness, weak position: invest selectively; need not be profitable yet. */
	STAR(true, false),
	/** Low attractiveness, strong position: maintain. */
	STATUS(false, true),
	/** Low attractiveness, weak position: manage for profitability. */
	STREAMLINE(false, false);

	private final boolean highAttractiveness;
	private final boolean strong;

	PortfolioQuadrant(boolean highAttractiveness, boolean strong) {
		this.highAttractiveness = highAttractiveness;
		this.strong = strong;
	}

	/** The quadrant for a high or low attractiveness and a strong or weak relative strength. */
	public static PortfolioQuadrant of(boolean highAttractiveness, boolean strong) {
		if (highAttractiveness) {
			return strong ? STRATEGIC : STAR;
		}
		return strong ? STATUS : STREAMLINE;
	}

	/** Whether the quadrant lies in the upper half (high attractiveness). */
	public boolean isHighAttractiveness() {
		return highAttractiveness;
	}

	/** Whether the quadrant lies on the strong side of relative strength. */
	public boolean isStrong() {
		return strong;
	}

	/** The quadrant's name as the user reads it, e.g. "strategic". */
	public String label() {
		return switch (this) {
		case STRATEGIC -> Messages.Quadrant_strategic;
		case STAR -> Messages.Quadrant_star;
		case STATUS -> Messages.Quadrant_status;
		case STREAMLINE -> Messages.Quadrant_streamline;
		};
	}

	/** The policy the quadrant suggests, e.g. "invest". */
	public String strategy() {
		return switch (this) {
		case STRATEGIC -> Messages.Strategy_strategic;
		case STAR -> Messages.Strategy_star;
		case STATUS -> Messages.Strategy_status;
		case STREAMLINE -> Messages.Strategy_streamline;
		};
	}
}
