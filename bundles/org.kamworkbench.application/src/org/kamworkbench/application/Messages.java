package org.kamworkbench.application;

import org.eclipse.osgi.util.NLS;

/** The application's own strings, in English and Dutch (messages*.properties beside this class). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.application.messages"; //$NON-NLS-1$

	public static String Product_name;
	public static String WindowTitle_withFile;
	public static String Menu_file;
	public static String Menu_new;
	public static String Menu_edit;
	public static String Menu_window;
	public static String Menu_showView;
	public static String Menu_help;
	public static String Workspace_title;
	public static String Workspace_noLocation;
	public static String Workspace_inUse;
	public static String ExampleProject_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
