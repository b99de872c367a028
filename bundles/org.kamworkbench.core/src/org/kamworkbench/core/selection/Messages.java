package org.kamworkbench.core.selection;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.kam.Axis;

/** What the selection analyses tell the user, in English and Dutch. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.core.selection.messages"; //$NON-NLS-1$

	/** Between the items of a list within a sentence. */
	static final String LIST_SEPARATOR = ", "; //$NON-NLS-1$

	public static String Axis_attractiveness;
	public static String Axis_relativeStrength;

	public static String Quadrant_strategic;
	public static String Quadrant_star;
	public static String Quadrant_status;
	public static String Quadrant_streamline;
	public static String Strategy_strategic;
	public static String Strategy_star;
	public static String Strategy_status;
	public static String Strategy_streamline;

	public static String Scoring_keptUnderVersion;

	public static String Matrix_placed;
	public static String Matrix_unknown;
	public static String Matrix_noScores;
	public static String Matrix_noWeight;
	public static String Matrix_strengthHighOnLeft;
	public static String Matrix_strengthHighOnRight;

	public static String Flag_keyBelowThreshold;
	public static String Flag_strongCandidate;
	public static String Flag_missingScores;
	public static String Flag_notComputed;
	public static String Flag_tooFewKeyAccounts;
	public static String Flag_tooManyKeyAccounts;
	public static String Flag_tooFewCriteria;
	public static String Flag_tooManyCriteria;
	public static String Flag_weightsNotAtTotal;

	public static String Sensitivity_kept;
	public static String Sensitivity_keptAndMoved;
	public static String Sensitivity_movedTo;

	public static String Computed_notInstalled;
	public static String Computed_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The axis as the user reads it. */
	static String axis(Axis axis) {
		return axis == Axis.RELATIVE_STRENGTH ? Axis_relativeStrength : Axis_attractiveness;
	}
}
