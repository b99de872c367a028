package org.kamworkbench.core;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Numbers, dates and names as the analyses write them into their messages: always in the user's
 * format locale ({@link Locale.Category#FORMAT}), so that every message reads the same way.
 */
public final class Texts {

	private Texts() {
	}

	/** A 0-10 score or an amount with at most one decimal, e.g. "7.5" or "1,234". */
	public static String decimal(double value) {
		return number(value, 1);
	}

	/** A score, threshold, weight or amount with at most two decimals, e.g. "0.25". */
	public static String number(double value) {
		return number(value, 2);
	}

	/** A share (0-1) as a whole percentage, e.g. 0.42 as "42%". */
	public static String percent(double share) {
		return NumberFormat.getPercentInstance(locale()).format(share);
	}

	/** A date in the medium localized style, e.g. "Mar 1, 2025". */
	public static String date(LocalDate date) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
	}

	/** The name the user gave, or the placeholder when there is none (null or blank). */
	public static String nameOr(String name, String placeholder) {
		return name == null || name.isBlank() ? placeholder : name;
	}

	private static String number(double value, int maximumDecimals) {
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMaximumFractionDigits(maximumDecimals);
		return format.format(value);
	}

	private static Locale locale() {
		return Locale.getDefault(Locale.Category.FORMAT);
	}
}
