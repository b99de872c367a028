package org.kamworkbench.ui.editors.exporting;

import org.eclipse.osgi.util.NLS;

/** The Export wizard's texts, in English and Dutch. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.ui.editors.exporting.messages"; //$NON-NLS-1$

	public static String Wizard_accountTitle;
	public static String Wizard_portfolioTitle;
	public static String Page_accountTitle;
	public static String Page_accountDescription;
	public static String Page_portfolioTitle;
	public static String Page_portfolioDescription;
	public static String Field_portfolio;
	public static String Field_account;
	public static String Field_format;
	public static String Field_asOf;
	public static String Field_destination;
	public static String Browse;
	public static String Format_choice;
	public static String Problem_noPortfolio;
	public static String Problem_unreadable;
	public static String Problem_noAccount;
	public static String Problem_noExporter;
	public static String Problem_noDestination;
	public static String Problem_destinationIsFolder;
	public static String Replace_title;
	public static String Replace_question;
	public static String Progress_writing;
	public static String Failed;
	public static String Action_export;
	public static String Action_exportTooltip;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
