package org.kamworkbench.core.organisation;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Texts;

/** What the central-versus-local analysis tells the user, in English and Dutch. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.core.organisation.messages"; //$NON-NLS-1$

	public static String Unit_withDetails;
	public static String Unit_plain;
	public static String Unnamed;
	public static String Conflict_locallyUnimportant;
	public static String Conflict_locallyUncommitted;
	public static String Conflict_locallyImportantNotKey;
	public static String Conflict_importanceNotAssessed;
	public static String Conflict_commitmentNotAssessed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The name the user gave, or a placeholder when there is none. */
	static String name(String name) {
		return Texts.nameOr(name, Unnamed);
	}
}
