package org.kamworkbench.core.results;

import org.eclipse.osgi.util.NLS;

/** What the results analysis tells the user, in English and Dutch. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.core.results.messages"; //$NON-NLS-1$

	public static String Results_revenue;
	public static String Results_profit;
	public static String Results_noTarget;
	public static String Results_againstTarget;
	public static String Results_againstNegativeTarget;
	public static String Results_partialTargets;
	public static String Results_creditsDoNotSum;
	public static String Results_overlap;
	public static String Results_overlapInUnit;
	public static String Results_dates;
	public static String Results_undated;
	public static String Results_unnamed;
	public static String Results_amount;

	public static String RevenuePotential_noResults;
	public static String RevenuePotential_noRevenue;
	public static String RevenuePotential_noResultsInYear;
	public static String RevenuePotential_explanation;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
