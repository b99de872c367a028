package org.kamworkbench.example.nps;

import org.eclipse.osgi.util.NLS;

/** What the example extension tells the user, in English and Dutch. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.example.nps.messages"; //$NON-NLS-1$

	public static String Nps_counts;
	public static String Nps_explanation;
	public static String Nps_noneKnown;
	public static String Figure_score;
	public static String Figure_unknown;
	public static String Figure_counts;
	public static String Figure_countsValue;
	public static String Finding_influentialOpponent;
	public static String Finding_supporterNeverContacted;
	public static String Finding_supporterOutOfTouch;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
