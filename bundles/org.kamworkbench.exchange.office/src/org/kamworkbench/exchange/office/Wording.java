package org.kamworkbench.exchange.office;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts, numbers and dates of one export in its request's language: English, or Dutch for {@code nl}.
 * Looked up per export (see {@link Messages}), so two exports in different languages can run at once.
 */
final class Wording {

	private static final String BUNDLE = "org.kamworkbench.exchange.office.messages"; //$NON-NLS-1$

	private final Locale locale;
	private final ResourceBundle texts;

	Wording(Locale locale) {
		this.locale = locale;
		// English is the base file; without this control a Dutch default locale would answer an English request
		this.texts = ResourceBundle.getBundle(BUNDLE, locale, Wording.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	Locale locale() {
		return locale;
	}

	/** The text of {@code key} (a constant of {@link Messages}) with its arguments filled in. */
	String text(String key, Object... arguments) {
		return new MessageFormat(texts.getString(key), locale).format(arguments);
	}

	/** The text of the constant of an enumeration: the key is the prefix, an underscore and the constant's name. */
	String of(String prefix, Enum<?> constant) {
		return text(prefix + '_' + constant.name());
	}

	/** A score or share with at most one decimal, e.g. "7.5" ("7,5" in Dutch). */
	String decimal(double value) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}

	/** A whole amount with grouping, e.g. "4,300,000" ("4.300.000" in Dutch). */
	String whole(double value) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(0);
		return format.format(value);
	}

	/** An amount in a currency, e.g. "EUR 4,300,000". */
	String money(String currency, double amount) {
		return text(Messages.Money, currency, whole(amount));
	}

	/** A date in the medium localized style, e.g. "Nov 26, 2026" ("26 nov 2026" in Dutch). */
	String date(LocalDate date) {
		return date == null ? text(Messages.NotSet)
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}
}
