package org.kamworkbench.core.organisation;

import java.text.NumberFormat;

import org.eclipse.osgi.util.NLS;

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

	/** Binds the arguments; always used, so that a doubled quote ('') reads as one quote. */
	static String format(String message, Object... arguments) {
		return NLS.bind(message, arguments);
	}

	/** A 0-10 score as the user's locale writes it, with at most one decimal. */
	static String number(double value) {
		NumberFormat format = NumberFormat.getNumberInstance();
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}

	/** The name the user gave, or a placeholder when there is none. */
	static String name(String name) {
		return name == null || name.isBlank() ? Unnamed : name;
	}
}
