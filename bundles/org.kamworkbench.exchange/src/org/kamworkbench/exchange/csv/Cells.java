package org.kamworkbench.exchange.csv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.exchange.ImportProblem;

/**
 * The values of one record, read by field with the checks the model needs. A value that fails a check is a
 * problem of its column and reads as absent; an empty cell reads as absent, which leaves the field as it is.
 */
final class Cells {

	/** Digits with an optional sign and decimal point; thousands separators and decimal commas are refused. */
	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)"); //$NON-NLS-1$
	private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}"); //$NON-NLS-1$

	private final String source;
	private final CsvHeader header;
	private final CsvSource.Row row;
	private final List<ImportProblem> problems = new ArrayList<>();

	Cells(String source, CsvHeader header, CsvSource.Row row) {
		this.source = source;
		this.header = header;
		this.row = row;
	}

	long line() {
		return row.line();
	}

	/** How many values the record has. */
	int valueCount() {
		return row.values().size();
	}

	/** The stripped text of the field's cell; empty when the cell is empty or no column holds the field. */
	String text(CsvField field) {
		int position = header.position(field);
		return position < 0 || position >= row.values().size() ? "" : row.values().get(position).strip(); //$NON-NLS-1$
	}

	boolean has(CsvField field) {
		return !text(field).isEmpty();
	}

	/** The number in the cell, checked against {@code min} and {@code max} when given; {@code null} if none. */
	Double number(CsvField field, Double min, Double max) {
		String text = text(field);
		if (text.isEmpty()) {
			return null;
		}
		if (!NUMBER.matcher(text).matches()) {
			problem(field, NLS.bind(Messages.Value_notNumber, text));
			return null;
		}
		double value = Double.parseDouble(text);
		if (Double.isInfinite(value)) {
			problem(field, NLS.bind(Messages.Value_tooLarge, text.length()));
			return null;
		}
		return inRange(field, text, value, min, max) ? Double.valueOf(value) : null;
	}

	/** The whole number in the cell, from {@code min} to {@code max}; {@code null} if none. */
	Integer wholeNumber(CsvField field, int min, int max) {
		String text = text(field);
		if (text.isEmpty()) {
			return null;
		}
		if (!WHOLE.matcher(text).matches()) {
			problem(field, NLS.bind(Messages.Value_notWholeNumber, text));
			return null;
		}
		int value = Integer.parseInt(text);
		return inRange(field, text, value, (double) min, (double) max) ? Integer.valueOf(value) : null;
	}

	private boolean inRange(CsvField field, String text, double value, Double min, Double max) {
		if (min != null && max != null && (value < min || value > max)) {
			problem(field, NLS.bind(Messages.Value_outOfRange, new Object[] { text, plain(min), plain(max) }));
			return false;
		}
		if (min != null && value < min) {
			problem(field, NLS.bind(Messages.Value_belowMinimum, text, plain(min)));
			return false;
		}
		return true;
	}

	private static String plain(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}

	/** The calendar day in the cell (yyyy-mm-dd); {@code null} if none. */
	LocalDate date(CsvField field) {
		String text = text(field);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			problem(field, NLS.bind(Messages.Value_notDate, text));
			return null;
		}
	}

	/** The literal the cell names ("key account" or KEY_ACCOUNT); {@code null} if none. */
	<E extends Enumerator> E choice(CsvField field, List<E> literals) {
		String text = text(field);
		if (text.isEmpty()) {
			return null;
		}
		String wanted = text.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		for (E literal : literals) {
			if (literal.getName().equals(wanted)) {
				return literal;
			}
		}
		problem(field, NLS.bind(Messages.Value_notChoice, text,
				literals.stream().map(Cells::word).collect(Collectors.joining(", ")))); //$NON-NLS-1$
		return null;
	}

	/** How a literal is written in the file: KEY_ACCOUNT as "key account". */
	static String word(Enumerator literal) {
		return literal.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/**
	 * Reports the cells of the record's fields whose text a portfolio file cannot hold, so that an import never
	 * leaves a portfolio that fails to save or to open again: characters XML 1.0 has no room for (control
	 * characters other than tab and line breaks, U+FFFE, U+FFFF, halves of surrogate pairs) and, in an identifier,
	 * the spaces and # that the file reads as the end of a reference.
	 */
	void checkSavable(RecordKind kind) {
		for (CsvField field : CsvField.values()) {
			String text = field.appliesTo(kind) ? text(field) : ""; //$NON-NLS-1$
			int unsavable = text.codePoints().filter(c -> !isXmlCharacter(c)).findFirst().orElse(-1);
			if (unsavable >= 0) {
				problem(field, NLS.bind(Messages.Value_unsavableCharacter, String.format("U+%04X", unsavable))); //$NON-NLS-1$
			} else if (field.isIdentifier() && text.codePoints()
					.anyMatch(c -> c == '#' || Character.isWhitespace(c) || Character.isSpaceChar(c))) {
				problem(field, NLS.bind(Messages.Value_unsavableIdentifier, text));
			}
		}
	}

	private static boolean isXmlCharacter(int c) {
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| c >= 0x10000;
	}

	/** A problem with the cell of {@code field}. */
	void problem(CsvField field, String reason) {
		problems.add(new ImportProblem(source, row.line(), header.nameOf(field), reason));
	}

	/** A problem with the record as a whole. */
	void problem(String reason) {
		problems.add(new ImportProblem(source, row.line(), "", reason)); //$NON-NLS-1$
	}

	boolean ok() {
		return problems.isEmpty();
	}

	List<ImportProblem> problems() {
		return problems;
	}
}
