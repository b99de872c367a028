package org.kamworkbench.ui.edit;

import org.eclipse.osgi.util.NLS;

/** The editing support's texts, in English and Dutch. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.ui.edit.messages"; //$NON-NLS-1$

	public static String Property_invalidValue;
	public static String Action_undo;
	public static String Action_undoNamed;
	public static String Action_redo;
	public static String Action_redoNamed;
	public static String Markers_job;
	public static String Document_saveFailed;
	public static String Editor_notAPortfolio;
	public static String Editor_conflictTitle;
	public static String Editor_overwriteQuestion;
	public static String Editor_reloadQuestion;
	public static String Editor_saveFailedTitle;
	public static String LoadFailure_tab;
	public static String LoadFailure_title;
	public static String LoadFailure_advice;
	public static String LoadFailure_retry;
	public static String FormatNotice_migrated;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
