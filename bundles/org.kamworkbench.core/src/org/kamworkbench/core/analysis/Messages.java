package org.kamworkbench.core.analysis;

import org.eclipse.osgi.util.NLS;

/** What the running of contributed analyses tells the user, in English and Dutch. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.core.analysis.messages"; //$NON-NLS-1$

	public static String Analysis_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
