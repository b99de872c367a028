package org.kamworkbench.core.kraljic;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Texts;

/** What the Kraljic analyses tell the user, in English and Dutch. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.core.kraljic.messages"; //$NON-NLS-1$

	public static String Verdict_KEY_SUPPLIER_POSSIBLE_title;
	public static String Verdict_NOT_KEY_SUPPLIER_title;
	public static String Verdict_UNKNOWN_title;
	public static String Quadrant_STRATEGIC_title;
	public static String Quadrant_LEVERAGE_title;
	public static String Quadrant_BOTTLENECK_title;
	public static String Quadrant_NON_CRITICAL_title;
	public static String Quadrant_STRATEGIC_item;
	public static String Quadrant_LEVERAGE_item;
	public static String Quadrant_BOTTLENECK_item;
	public static String Quadrant_NON_CRITICAL_item;
	public static String Quadrant_STRATEGIC_customer;
	public static String Quadrant_LEVERAGE_customer;
	public static String Quadrant_BOTTLENECK_customer;
	public static String Quadrant_NON_CRITICAL_customer;

	public static String Placement_placed;
	public static String Placement_noProfitImpact;
	public static String Placement_noSupplyRisk;
	public static String Placement_noScores;
	public static String Unnamed;

	public static String KeySupplier_noAssessment;
	public static String KeySupplier_noCategoryConcernsUs;
	public static String KeySupplier_possible;
	public static String KeySupplier_possibleSpendUnknown;
	public static String KeySupplier_notKey;
	public static String KeySupplier_undecided;
	public static String KeySupplier_offeringOne;
	public static String KeySupplier_offeringMany;
	public static String KeySupplier_STRATEGIC;
	public static String KeySupplier_LEVERAGE;
	public static String KeySupplier_BOTTLENECK;
	public static String KeySupplier_NON_CRITICAL;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The name the user gave, or a placeholder when there is none. */
	static String name(String name) {
		return Texts.nameOr(name, Unnamed);
	}
}
