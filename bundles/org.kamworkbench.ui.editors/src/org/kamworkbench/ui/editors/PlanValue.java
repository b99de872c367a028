package org.kamworkbench.ui.editors;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Texts;

/**
 * How the account plan page shows a value in a cell or field and reads back what was typed. Dates are
 * written yyyy-mm-dd whatever the language, so that what is typed is never ambiguous; an empty date clears
 * it. Input that cannot be read throws an {@link IllegalArgumentException} whose message tells the user why.
 */
enum PlanValue {
	/** Free text. */
	TEXT {
		@Override
		String show(Object value) {
			return Objects.toString(value, ""); //$NON-NLS-1$
		}

		@Override
		Object read(String text) {
			return text;
		}
	},
	/** A calendar day, or none. */
	DATE {
		@Override
		String show(Object value) {
			return value == null ? "" : value.toString(); //$NON-NLS-1$
		}

		@Override
		Object read(String text) {
			if (text.isBlank()) {
				return null;
			}
			try {
				return LocalDate.parse(text.strip());
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.Plan_notADate, text.strip()), e);
			}
		}
	},
	/** An amount or measure, in the user's number format. */
	NUMBER {
		@Override
		String show(Object value) {
			return Texts.number(((Number) value).doubleValue());
		}

		@Override
		Object read(String text) {
			String typed = text.strip();
			ParsePosition position = new ParsePosition(0);
			Number number = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT)).parse(typed, position);
			if (number == null || position.getIndex() != typed.length()) {
				throw new IllegalArgumentException(NLS.bind(Messages.Plan_notANumber, typed));
			}
			return number.doubleValue();
		}
	},
	/** A risk's likelihood or impact: 1 to 5, or 0 when unknown. */
	RATING {
		@Override
		String show(Object value) {
			int rating = (Integer) value;
			return rating == 0 ? Messages.Unknown : Integer.toString(rating);
		}

		@Override
		Object read(String text) {
			String typed = text.strip();
			if (typed.isEmpty() || typed.equals(Messages.Unknown)) {
				return 0;
			}
			try {
				int rating = Integer.parseInt(typed);
				if (rating >= 0 && rating <= MAX_RATING) {
					return rating;
				}
			} catch (NumberFormatException e) {
				// reported below
			}
			throw new IllegalArgumentException(NLS.bind(Messages.Plan_notARating, typed));
		}
	};

	private static final int MAX_RATING = 5;

	abstract String show(Object value);

	abstract Object read(String text);
}
