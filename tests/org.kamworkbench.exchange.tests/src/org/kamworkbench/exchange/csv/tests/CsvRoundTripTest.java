package org.kamworkbench.exchange.csv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.core.exchange.ExportRequest;
import org.kamworkbench.core.exchange.ImportResult;
import org.kamworkbench.exchange.csv.CsvPortfolioExporter;
import org.kamworkbench.kam.Portfolio;

/** The portfolio as CSV: the importer reads the export back to the same accounts. */
class CsvRoundTripTest {

	@TempDir
	Path folder;

	@Test
	void theExportImportedIntoAPortfolioWithoutAccountsGivesTheSameExport() throws Exception {
		Portfolio example = CrmExport.example(folder.resolve("original"));
		String exported = export(example);
		Portfolio emptied = CrmExport.example(folder.resolve("emptied"));
		emptied.getAccounts().clear();

		ImportResult result = CrmExport.read(exported, emptied, Map.of(), true);

		assertEquals("[]", result.problems().toString());
		assertEquals(exported.lines().count() - 1, result.importableRecords());
		result.applyTo(emptied);
		assertEquals(exported, export(emptied));
	}

	@Test
	void theExportImportedIntoItsOwnPortfolioChangesNothing() throws Exception {
		Portfolio example = CrmExport.example(folder);
		String before = saved(example);
		String exported = export(example);

		ImportResult result = CrmExport.read(exported, example, Map.of(), false);
		result.applyTo(example);

		assertEquals("[]", result.problems().toString());
		assertEquals(before, saved(example));
	}

	@Test
	void theExportHoldsEveryAccountUnitContactAndResultOfTheExample() throws Exception {
		Portfolio example = CrmExport.example(folder);
		String exported = export(example);

		assertTrue(exported.startsWith("record,account,account id,id,name,parent unit,unit,status,"), exported);
		assertEquals(example.getAccounts().size(), exported.lines().filter(line -> line.startsWith("account,")).count());
		assertTrue(exported.contains("unit,Brouwer Foods Group,a-brouwer,au-br-pl,Brouwer Foods Polska (Poznań plant),"
				+ "Brouwer Foods Deutschland,"), "a subunit names its parent");
		assertEquals(countOf(example, "PeriodResult"), exported.lines().filter(line -> line.startsWith("result,")).count());
		assertEquals(countOf(example, "Contact"), exported.lines().filter(line -> line.startsWith("contact,")).count());
	}

	private static long countOf(Portfolio portfolio, String type) {
		long count = 0;
		for (var all = portfolio.eAllContents(); all.hasNext();) {
			if (all.next().eClass().getName().equals(type)) {
				count++;
			}
		}
		return count;
	}

	static String export(Portfolio portfolio) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new CsvPortfolioExporter().export(ExportRequest.portfolio(portfolio, LocalDate.of(2026, 11, 26), Locale.ENGLISH),
				out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static String saved(Portfolio portfolio) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		portfolio.eResource().save(out, null);
		return out.toString(StandardCharsets.UTF_8);
	}
}
