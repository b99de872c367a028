package org.kamworkbench.core.plan;

import org.eclipse.osgi.util.NLS;

/** What the plan health tells the user, in English and Dutch. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.core.plan.messages"; //$NON-NLS-1$

	public static String Plan_noObjectives;
	public static String Plan_objectiveWithoutTarget;
	public static String Plan_objectiveWithoutDueDate;
	public static String Plan_objectiveWithoutAction;
	public static String Plan_noActions;
	public static String Plan_actionWithoutOwner;
	public static String Plan_actionWithoutDueDate;
	public static String Plan_noReview;
	public static String Plan_reviewPassed;
	public static String Plan_noStrengths;
	public static String Plan_noWeaknesses;
	public static String Plan_noOpportunities;
	public static String Plan_noThreats;
	public static String Plan_noRevenueTargets;
	public static String Plan_targetWithoutPeriod;
	public static String Plan_targetWithoutResults;
	public static String Plan_riskWithoutMitigation;
	public static String Plan_unnamed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
