package org.kamworkbench.ui.editors;

import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * What users type into the cells of the results tables, read in their own number format ("1,250,000.5"
 * in English, "1.250.000,5" in Dutch) and checked; what is refused says why, in the user's language.
 */
final class EnteredValues {

	/** Reads typed text as a feature's value, or throws {@link IllegalArgumentException} with the message to show. */
	interface Reading {
		Object read(String text);
	}

	private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)"); //$NON-NLS-1$

	/** Text; an empty cell clears it. */
	static final Reading TEXT = text -> text.isBlank() ? null : text.strip();

	/** A date written yyyy-mm-dd, as in the file; an empty cell clears it. */
	static final Reading DATE = text -> {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Results_notADate, text), e);
		}
	};

	/** A percentage from 0 to 100 (a trailing % is allowed); an empty cell is 0. */
	static final Reading PERCENT = text -> {
		double value = number(text.strip().replaceFirst("%$", ""), Messages.Results_notAPercentage); //$NON-NLS-1$
		if (value < 0 || value > 100) {
			throw new IllegalArgumentException(NLS.bind(Messages.Results_notAPercentage, text));
		}
		return value;
	};

	/** An amount that may be negative (a profit contribution, a planned loss); an empty cell is 0. */
	static final Reading AMOUNT = text -> number(text, Messages.Results_notAnAmount);

	private EnteredValues() {
	}

	/** An amount that cannot be below zero (revenue, cost); {@code what} names it in the message. */
	static Reading positiveAmount(String what) {
		return text -> {
			double value = number(text, Messages.Results_notAnAmount);
			if (value < 0) {
				throw new IllegalArgumentException(NLS.bind(Messages.Results_belowZero, what, text));
			}
			return value;
		};
	}

	/** The text a cell editor starts with: numbers without grouping, so that they read back unchanged. */
	static String editable(Object value) {
		if (value instanceof Double number) {
			NumberFormat format = NumberFormat.getNumberInstance(locale());
			format.setGroupingUsed(false);
			format.setMaximumFractionDigits(6);
			return format.format(number);
		}
		return value == null ? "" : value.toString(); //$NON-NLS-1$
	}

	private static double number(String text, String refusal) {
		if (text.isBlank()) {
			return 0;
		}
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale());
		String plain = text.strip().replaceAll("[\\s\\u00a0\\u202f]", "") //$NON-NLS-1$ //$NON-NLS-2$
				.replace(String.valueOf(symbols.getGroupingSeparator()), "") //$NON-NLS-1$
				.replace(symbols.getDecimalSeparator(), '.');
		if (!PLAIN_NUMBER.matcher(plain).matches()) {
			throw new IllegalArgumentException(NLS.bind(refusal, text));
		}
		return Double.parseDouble(plain);
	}

	private static Locale locale() {
		return Locale.getDefault(Locale.Category.FORMAT);
	}
}
