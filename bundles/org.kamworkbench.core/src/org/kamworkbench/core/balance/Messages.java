package org.kamworkbench.core.balance;

import org.eclipse.osgi.util.NLS;

/** What the balance analyses tell the user, in English and Dutch. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.core.balance.messages"; //$NON-NLS-1$

	public static String Balance_BALANCED_PARTNERSHIP_title;
	public static String Balance_WE_ARE_MORE_COMMITTED_title;
	public static String Balance_THEY_ARE_MORE_COMMITTED_title;
	public static String Balance_NO_KEY_RELATIONSHIP_title;
	public static String Balance_UNKNOWN_title;
	public static String Preferencing_CORE_title;
	public static String Preferencing_DEVELOPMENT_title;
	public static String Preferencing_EXPLOITABLE_title;
	public static String Preferencing_NUISANCE_title;
	public static String Preferencing_CORE_account;
	public static String Preferencing_DEVELOPMENT_account;
	public static String Preferencing_EXPLOITABLE_account;
	public static String Preferencing_NUISANCE_account;
	public static String Preferencing_CORE_supplier;
	public static String Preferencing_DEVELOPMENT_supplier;
	public static String Preferencing_EXPLOITABLE_supplier;
	public static String Preferencing_NUISANCE_supplier;

	public static String Balance_balanced;
	public static String Balance_weMoreCommitted;
	public static String Balance_theyMoreCommitted;
	public static String Balance_noKeyRelationship;
	public static String Balance_unknown;
	public static String Balance_customerViewUnknown;
	public static String Balance_ourViewUnknown;
	public static String Balance_weInvestMore;
	public static String Balance_theyInvestMore;
	public static String Balance_ourWillingnessNotAssessed;
	public static String Balance_theirWillingnessNotAssessed;
	public static String Balance_weMoreInternational;
	public static String Balance_theyMoreInternational;
	public static String Balance_ourInternationalisationNotAssessed;
	public static String Balance_theirInternationalisationNotAssessed;
	public static String Balance_withoutCentralPurchasing;
	public static String Balance_level_INTERNATIONAL;
	public static String Balance_level_REGIONAL;
	public static String Balance_level_GLOBAL;
	public static String Balance_decisionLevelUnknown;
	public static String Balance_coordinationUnknown;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
