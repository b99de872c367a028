package org.kamworkbench.exchange.csv;

import org.eclipse.osgi.util.NLS;

/** The CSV import's texts, in English and Dutch. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.exchange.csv.messages"; //$NON-NLS-1$

	public static String Header_noSuchColumn;
	public static String Header_noSuchField;
	public static String Header_sameField;
	public static String Header_missing;
	public static String Source_empty;
	public static String Source_broken;
	public static String Source_columnCount;
	public static String Value_notNumber;
	public static String Value_tooLarge;
	public static String Value_notWholeNumber;
	public static String Value_outOfRange;
	public static String Value_belowMinimum;
	public static String Value_notDate;
	public static String Value_notChoice;
	public static String Value_noKind;
	public static String Value_unknownKind;
	public static String Value_accountMissing;
	public static String Value_accountNotImported;
	public static String Value_unknownAccount;
	public static String Value_ambiguous;
	public static String Value_unknownPerson;
	public static String Value_unknownOurUnit;
	public static String Value_unknownUnit;
	public static String Value_unknownContact;
	public static String Value_idInUse;
	public static String Value_idsDiffer;
	public static String Value_duplicate;
	public static String Value_newNeedsName;
	public static String Value_newNeedsPeriod;
	public static String Value_endBeforeStart;
	public static String Value_reportsToSelf;
	public static String Value_dependsOnRejected;
	public static String Value_unsavableCharacter;
	public static String Value_unsavableIdentifier;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
