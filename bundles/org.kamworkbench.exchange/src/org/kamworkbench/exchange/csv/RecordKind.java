package org.kamworkbench.exchange.csv;

import java.util.Locale;

/** What a row of the CSV describes, as its {@code record} column names it. */
enum RecordKind {
	ACCOUNT("account"), UNIT("unit"), CONTACT("contact"), RESULT("result"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private final String word;

	RecordKind(String word) {
		this.word = word;
	}

	/** The word in the {@code record} column. */
	String word() {
		return word;
	}

	/** The kind a {@code record} cell names (case ignored), or {@code null}. */
	static RecordKind named(String text) {
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		for (RecordKind kind : values()) {
			if (kind.word.equals(wanted)) {
				return kind;
			}
		}
		return null;
	}
}
