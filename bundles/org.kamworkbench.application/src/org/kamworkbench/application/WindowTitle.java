package org.kamworkbench.application;

import org.eclipse.osgi.util.NLS;

/** The window title: the product name, preceded by the file being edited when there is one. */
public final class WindowTitle {

	private WindowTitle() {
	}

	/** @param editedFile workspace path of the active editor's file, or {@code null} or blank for none */
	public static String of(String editedFile) {
		if (editedFile == null || editedFile.isBlank()) {
			return Messages.Product_name;
		}
		return NLS.bind(Messages.WindowTitle_withFile, editedFile.strip(), Messages.Product_name);
	}
}
