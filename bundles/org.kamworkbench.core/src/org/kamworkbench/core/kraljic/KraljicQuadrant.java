package org.kamworkbench.core.kraljic;

import org.eclipse.osgi.util.NLS;

/**
 * A quadrant of the customer's purchasing portfolio (Kraljic, 1983): where the customer places a
 * category it buys, by profit impact (vertical) and supply risk (horizontal), and so how it treats
 * the suppliers of that category.
 */
public enum KraljicQuadrant {
	/** High profit impact, high supply risk: the customer seeks partnership. */
	STRATEGIC,
	/** High profit impact, low supply risk: the customer uses its buying power. */
	LEVERAGE,
	/** Low profit impact, high supply risk: the customer secures supply and seeks alternatives. */
	BOTTLENECK,
	/** Low profit impact, low supply risk: the customer seeks efficiency. */
	NON_CRITICAL;

	/** The quadrant of a category that is (or is not) high on each dimension. */
	public static KraljicQuadrant of(boolean highProfitImpact, boolean highSupplyRisk) {
		if (highProfitImpact) {
			return highSupplyRisk ? STRATEGIC : LEVERAGE;
		}
		return highSupplyRisk ? BOTTLENECK : NON_CRITICAL;
	}

	/** The quadrant's heading, e.g. "Leverage items". */
	public String title() {
		return NLS.bind(switch (this) {
		case STRATEGIC -> Messages.Quadrant_STRATEGIC_title;
		case LEVERAGE -> Messages.Quadrant_LEVERAGE_title;
		case BOTTLENECK -> Messages.Quadrant_BOTTLENECK_title;
		case NON_CRITICAL -> Messages.Quadrant_NON_CRITICAL_title;
		});
	}

	/** One category of the quadrant inside a sentence, e.g. "a leverage item". */
	public String asItem() {
		return NLS.bind(switch (this) {
		case STRATEGIC -> Messages.Quadrant_STRATEGIC_item;
		case LEVERAGE -> Messages.Quadrant_LEVERAGE_item;
		case BOTTLENECK -> Messages.Quadrant_BOTTLENECK_item;
		case NON_CRITICAL -> Messages.Quadrant_NON_CRITICAL_item;
		});
	}

	/** What the customer does with the suppliers of a category in this quadrant, as one sentence. */
	public String customerBehaviour() {
		return NLS.bind(switch (this) {
		case STRATEGIC -> Messages.Quadrant_STRATEGIC_customer;
		case LEVERAGE -> Messages.Quadrant_LEVERAGE_customer;
		case BOTTLENECK -> Messages.Quadrant_BOTTLENECK_customer;
		case NON_CRITICAL -> Messages.Quadrant_NON_CRITICAL_customer;
		});
	}
}
