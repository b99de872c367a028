package org.kamworkbench.core.coverage;

import org.eclipse.osgi.util.NLS;

/** What the coverage analysis tells the user, in English and Dutch; {@link java.text.MessageFormat} patterns with plural choices. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.core.coverage.messages"; //$NON-NLS-1$

	public static String Coverage_roleNotCovered;
	public static String Coverage_roleWithoutOwner;
	public static String Coverage_contactNotMet;
	public static String Coverage_contactNeverMet;
	public static String Coverage_inPlan;
	public static String Coverage_actionOverdue;
	public static String Coverage_actionOverdueNoOwner;
	public static String Coverage_reviewNotPlanned;
	public static String Coverage_reviewOverdue;
	public static String Coverage_staleAccount;
	public static String Coverage_staleContact;
	public static String Coverage_staleUnit;
	public static String Coverage_stalePlan;
	public static String Coverage_staleResult;
	public static String Coverage_neverUpdatedAccount;
	public static String Coverage_neverUpdatedContact;
	public static String Coverage_neverUpdatedUnit;
	public static String Coverage_neverUpdatedPlan;
	public static String Coverage_neverUpdatedResult;
	public static String Coverage_unnamed;
	public static String Coverage_role_decisionMaker;
	public static String Coverage_role_economicBuyer;
	public static String Coverage_role_influencer;
	public static String Coverage_role_user;
	public static String Coverage_role_gatekeeper;
	public static String Coverage_role_unknown;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
