package org.kamworkbench.exchange.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV source with the line each starts on (a quoted value may span lines). The delimiter is the
 * comma, or the semicolon or tab when the header uses that instead (spreadsheets in Dutch write semicolons).
 * Where the quotes stop making sense the reading stops, and {@link #brokenAt()} says where and why.
 */
final class CsvSource {

	/** One record of the source: the line it starts on (1 for the first) and its values. */
	record Row(long line, List<String> values) {
	}

	/** Where the source could not be read on, and Commons CSV's reason. */
	record Break(long line, String detail) {
	}

	private final List<Row> rows;
	private final Break brokenAt;

	private CsvSource(List<Row> rows, Break brokenAt) {
		this.rows = rows;
		this.brokenAt = brokenAt;
	}

	/** The header row first (when the source has one), then the records. */
	List<Row> rows() {
		return rows;
	}

	/** Where a quoting error stopped the reading, or {@code null} when all was read. */
	Break brokenAt() {
		return brokenAt;
	}

	static CsvSource read(Reader source) throws IOException {
		String text = readAll(source);
		if (text.startsWith("\uFEFF")) { // the byte order mark that spreadsheets write //$NON-NLS-1$
			text = text.substring(1);
		}
		long[] lineStarts = lineStarts(text);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true).get();
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				long consumed = parser.getCurrentLineNumber();
				try {
					if (!records.hasNext()) {
						return new CsvSource(rows, null);
					}
					CSVRecord record = records.next();
					rows.add(new Row(lineAt(lineStarts, record.getCharacterPosition()), record.toList()));
				} catch (UncheckedIOException | IllegalStateException e) {
					return new CsvSource(rows, new Break(firstFilledLine(text, lineStarts, consumed + 1), detail(e)));
				}
			}
		}
	}

	private static String readAll(Reader source) throws IOException {
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[1 << 14];
		for (int read = source.read(buffer); read >= 0; read = source.read(buffer)) {
			text.append(buffer, 0, read);
		}
		return text.toString();
	}

	/** The separator the header line uses most, outside quotes. */
	private static char delimiter(String text) {
		int comma = 0;
		int semicolon = 0;
		int tab = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length() && (quoted || (text.charAt(i) != '\n' && text.charAt(i) != '\r')); i++) {
			switch (text.charAt(i)) {
			case '"' -> quoted = !quoted;
			case ',' -> comma += quoted ? 0 : 1;
			case ';' -> semicolon += quoted ? 0 : 1;
			case '\t' -> tab += quoted ? 0 : 1;
			default -> { /* part of a value */ }
			}
		}
		if (semicolon > comma && semicolon >= tab) {
			return ';';
		}
		return tab > comma ? '\t' : ',';
	}

	private static long[] lineStarts(String text) {
		List<Long> starts = new ArrayList<>(List.of(0L));
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
				starts.add((long) i + 1);
			}
		}
		return starts.stream().mapToLong(Long::longValue).toArray();
	}

	/** The line (1 for the first) that holds the character at {@code position}. */
	private static long lineAt(long[] lineStarts, long position) {
		int found = Arrays.binarySearch(lineStarts, position);
		return found >= 0 ? found + 1 : -found - 1;
	}

	/** The first line from {@code line} on that is not empty: where the unreadable record starts. */
	private static long firstFilledLine(String text, long[] lineStarts, long line) {
		if (line > lineStarts.length) {
			return lineStarts.length;
		}
		int position = (int) lineStarts[(int) line - 1];
		while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
			position++;
		}
		return Math.min(lineAt(lineStarts, position), lineStarts.length);
	}

	private static String detail(RuntimeException e) {
		Throwable cause = e.getCause() != null ? e.getCause() : e;
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}
}
