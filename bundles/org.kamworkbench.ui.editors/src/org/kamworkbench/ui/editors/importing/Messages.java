package org.kamworkbench.ui.editors.importing;

import org.eclipse.osgi.util.NLS;

/** The import wizard's texts, in English and Dutch. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.ui.editors.importing.messages"; //$NON-NLS-1$

	public static String Wizard_title;
	public static String Command_label;
	public static String Source_title;
	public static String Source_description;
	public static String Source_file;
	public static String Source_browse;
	public static String Source_portfolio;
	public static String Source_help;
	public static String Source_noImporter;
	public static String Source_format;
	public static String Source_noFile;
	public static String Source_noPortfolio;
	public static String Source_notUtf8;
	public static String Source_cannotRead;
	public static String Columns_title;
	public static String Columns_description;
	public static String Columns_ignore;
	public static String Columns_noHeader;
	public static String Columns_portfolioUnreadable;
	public static String Preview_title;
	public static String Preview_description;
	public static String Preview_validRecords;
	public static String Preview_allOrNothing;
	public static String Preview_summary;
	public static String Preview_line;
	public static String Preview_column;
	public static String Preview_reason;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
