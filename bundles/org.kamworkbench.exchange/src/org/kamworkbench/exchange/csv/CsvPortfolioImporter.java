package org.kamworkbench.exchange.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.exchange.ColumnMapping;
import org.kamworkbench.core.exchange.ImportOptions;
import org.kamworkbench.core.exchange.ImportProblem;
import org.kamworkbench.core.exchange.ImportResult;
import org.kamworkbench.core.exchange.PortfolioImporter;
import org.kamworkbench.kam.Portfolio;

/**
 * Imports accounts, customer units, contacts and period results from one CSV file, as a CRM exports them
 * (columns in docs/csv-import.md). Records are read kind by kind, accounts first, so that a record may come before
 * the account it belongs to; every problem is reported with its line and column, and nothing is thrown for a
 * malformed file.
 */
public class CsvPortfolioImporter implements PortfolioImporter, ColumnMapping {

	@Override
	public ImportResult read(String sourceName, Reader source, Portfolio target, ImportOptions options)
			throws IOException {
		CsvSource csv = CsvSource.read(source);
		ImportPlan plan = new ImportPlan(target, options.allOrNothing());
		if (csv.rows().isEmpty()) {
			if (csv.brokenAt() == null) {
				plan.report(new ImportProblem(sourceName, 0, "", Messages.Source_empty)); //$NON-NLS-1$
			}
		} else {
			CsvHeader header = CsvHeader.of(sourceName, csv.rows().get(0), options.columns());
			plan.report(header.problems());
			if (header.problems().isEmpty()) {
				readRecords(sourceName, csv.rows().subList(1, csv.rows().size()), header, new ImportSession(target, plan));
			}
		}
		if (csv.brokenAt() != null) {
			plan.report(new ImportProblem(sourceName, csv.brokenAt().line(), "", //$NON-NLS-1$
					NLS.bind(Messages.Source_broken, csv.brokenAt().detail())));
		}
		return plan;
	}

	private static void readRecords(String sourceName, List<CsvSource.Row> rows, CsvHeader header,
			ImportSession session) {
		Map<RecordKind, List<Cells>> byKind = new EnumMap<>(RecordKind.class);
		Arrays.stream(RecordKind.values()).forEach(kind -> byKind.put(kind, new ArrayList<>()));
		for (CsvSource.Row row : rows) {
			if (row.values().stream().allMatch(String::isBlank)) {
				continue; // the empty rows a spreadsheet leaves at the end
			}
			Cells cells = new Cells(sourceName, header, row);
			RecordKind kind = kindOf(cells, header);
			if (kind == null) {
				session.plan().report(cells.problems());
			} else {
				cells.checkSavable(kind);
				byKind.get(kind).add(cells);
			}
		}
		AccountRecords accounts = new AccountRecords(session);
		byKind.get(RecordKind.ACCOUNT).forEach(accounts::read);
		UnitRecords units = new UnitRecords(session);
		byKind.get(RecordKind.UNIT).forEach(units::read);
		ContactRecords contacts = new ContactRecords(session);
		byKind.get(RecordKind.CONTACT).forEach(contacts::identify);
		contacts.readValues();
		contacts.leaveOutDependents();
		ResultRecords results = new ResultRecords(session);
		byKind.get(RecordKind.RESULT).forEach(results::read);
	}

	/** The kind of record, or {@code null} (and a problem) when the row cannot be read as one. */
	private static RecordKind kindOf(Cells cells, CsvHeader header) {
		int values = cells.valueCount();
		if (values != header.size()) {
			cells.problem(NLS.bind(Messages.Source_columnCount, values, header.size()));
			return null;
		}
		String word = cells.text(CsvField.RECORD);
		RecordKind kind = RecordKind.named(word);
		if (word.isEmpty()) {
			cells.problem(CsvField.RECORD, Messages.Value_noKind);
		} else if (kind == null) {
			cells.problem(CsvField.RECORD, NLS.bind(Messages.Value_unknownKind, word));
		}
		return kind;
	}

	@Override
	public List<String> fields() {
		return Arrays.stream(CsvField.values()).map(CsvField::column).toList();
	}

	@Override
	public List<Column> columns(Reader source) throws IOException {
		CsvSource csv = CsvSource.read(source);
		return csv.rows().isEmpty() ? List.of() : CsvHeader.matchByName(csv.rows().get(0));
	}
}
