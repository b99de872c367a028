package org.kamworkbench.exchange.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.exchange.ColumnMapping;
import org.kamworkbench.core.exchange.ImportProblem;

/**
 * Which documented field each column of the source holds: matched by name (case, spaces, underscores and
 * hyphens ignored) unless the user's mapping says otherwise; a column no field matches is ignored. Mistakes in
 * the header or the mapping are problems of the whole file: a file whose columns are unclear imports nothing.
 */
final class CsvHeader {

	private final List<String> names;
	private final Map<CsvField, Integer> columns = new EnumMap<>(CsvField.class);
	private final List<ImportProblem> problems = new ArrayList<>();

	private CsvHeader(List<String> names) {
		this.names = names;
	}

	/** The header of {@code row}, with the user's {@code mapping} (column of the source to field; "" ignores it). */
	static CsvHeader of(String source, CsvSource.Row row, Map<String, String> mapping) {
		List<String> names = row.values().stream().map(String::strip).toList();
		CsvHeader header = new CsvHeader(names);
		header.match(source, row.line(), mapping);
		return header;
	}

	private void match(String source, long line, Map<String, String> mapping) {
		Map<String, String> userFields = new HashMap<>();
		mapping.forEach((column, field) -> userFields.put(CsvField.key(column), field));
		for (Map.Entry<String, String> entry : mapping.entrySet()) {
			if (names.stream().noneMatch(name -> CsvField.key(name).equals(CsvField.key(entry.getKey())))) {
				problems.add(new ImportProblem(source, line, entry.getKey(),
						NLS.bind(Messages.Header_noSuchColumn, entry.getKey())));
			}
		}
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			String chosen = userFields.get(CsvField.key(name));
			CsvField field;
			if (chosen == null) {
				field = CsvField.named(name);
			} else if (chosen.isBlank()) {
				continue;
			} else {
				field = CsvField.named(chosen);
				if (field == null) {
					problems.add(new ImportProblem(source, line, name, NLS.bind(Messages.Header_noSuchField, chosen)));
					continue;
				}
			}
			if (field == null) {
				continue;
			}
			Integer earlier = columns.putIfAbsent(field, i);
			if (earlier != null) {
				problems.add(new ImportProblem(source, line, name,
						NLS.bind(Messages.Header_sameField, new Object[] { names.get(earlier), name, field.column() })));
			}
		}
		if (!columns.containsKey(CsvField.RECORD)) {
			problems.add(new ImportProblem(source, line, "", NLS.bind(Messages.Header_missing, CsvField.RECORD.column()))); //$NON-NLS-1$
		}
		if (!columns.containsKey(CsvField.ACCOUNT_NAME) && !columns.containsKey(CsvField.ACCOUNT_ID)) {
			problems.add(new ImportProblem(source, line, "", //$NON-NLS-1$
					NLS.bind(Messages.Header_missing, CsvField.ACCOUNT_NAME.column())));
		}
	}

	/** The problems of the header: when there are any, no record can be read with certainty. */
	List<ImportProblem> problems() {
		return problems;
	}

	int size() {
		return names.size();
	}

	/** The position of the column that holds {@code field}, or -1. */
	int position(CsvField field) {
		return columns.getOrDefault(field, -1);
	}

	/** The source's name for the column of {@code field}: problems name the column as the user sees it. */
	String nameOf(CsvField field) {
		int position = position(field);
		return position < 0 ? field.column() : names.get(position);
	}

	/** The source's column names, each with the field its name matches. */
	static List<ColumnMapping.Column> matchByName(CsvSource.Row row) {
		return row.values().stream().map(String::strip).map(name -> {
			CsvField field = CsvField.named(name);
			return new ColumnMapping.Column(name, field == null ? "" : field.column()); //$NON-NLS-1$
		}).toList();
	}
}
