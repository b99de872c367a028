package org.kamworkbench.cli.exporting;

import org.eclipse.osgi.util.NLS;

/** The export command's texts, in English and Dutch. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.cli.exporting.messages"; //$NON-NLS-1$

	public static String Usage_export;
	public static String Export_unknownOption;
	public static String Export_missingValue;
	public static String Export_oneFile;
	public static String Export_noFile;
	public static String Export_noFormat;
	public static String Export_badDate;
	public static String Export_unknownFormat;
	public static String Export_noneInstalled;
	public static String Export_formatForAccount;
	public static String Export_formatForPortfolio;
	public static String Export_needsAccount;
	public static String Export_noAccountWanted;
	public static String Export_unknownAccount;
	public static String Export_exists;
	public static String Export_isFolder;
	public static String Export_cannotWrite;
	public static String Export_written;
	public static String Export_whatAccount;
	public static String Export_whatPortfolio;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
