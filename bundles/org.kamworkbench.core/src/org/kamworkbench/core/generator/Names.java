package org.kamworkbench.core.generator;

import java.text.Normalizer;
import java.util.Locale;

/** Names, e-mail addresses and web domains as people write them, from the parts in {@link Words}. */
final class Names {

	private Names() {
	}

	static String person(String first, String last) {
		return first + ' ' + last;
	}

	/** e.g. {@code jurgen.muller@example.de} for Jürgen Müller. */
	static String email(String first, String last, String domain) {
		return plain(first) + '.' + plain(last) + '@' + domain;
	}

	/** A company's web domain, e.g. {@code brouwerfoods.nl}. */
	static String domain(String company, String topLevel) {
		return plain(company) + '.' + topLevel;
	}

	/** Lower-case ASCII letters only: accents dropped, spaces and punctuation removed. */
	private static String plain(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder ascii = new StringBuilder(decomposed.length());
		for (char c : decomposed.toLowerCase(Locale.ROOT).toCharArray()) {
			if (c >= 'a' && c <= 'z') {
				ascii.append(c);
			} else if (c == '\u0142') {
				ascii.append('l');
			} else if (c == '\u00f8') {
				ascii.append('o');
			} else if (c == '\u00df') {
				ascii.append("ss"); //$NON-NLS-1$
			}
		}
		return ascii.toString();
	}
}
