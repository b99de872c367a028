package org.kamworkbench.kam.resource;

import org.eclipse.osgi.util.NLS;

/** What reading and writing a portfolio file can tell the user, in English and Dutch. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.kam.resource.messages"; //$NON-NLS-1$

	public static String Load_failed;
	public static String Load_failedAt;
	public static String Load_missing;
	public static String Load_notAFile;
	public static String Load_denied;
	public static String Load_empty;
	public static String Load_notAPortfolio;
	public static String Load_noVersion;
	public static String Load_newerVersion;
	public static String Load_unknownNamespace;
	public static String Load_unknownType;
	public static String Load_unknownFeature;
	public static String Load_danglingReference;
	public static String Load_illegalValue;
	public static String Load_referenceElsewhere;
	public static String Load_doctype;
	public static String Load_notWellFormed;
	public static String Load_other;
	public static String Save_danglingReference;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
