package org.kamworkbench.core.tests.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.core.generator.PortfolioGenerator;
import org.kamworkbench.core.workbook.FlatSheets;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Portfolio;

/** A portfolio as flat sheets: one sheet per kind of object, one row per object, nothing lost or mangled. */
class FlatSheetsTest {

	@TempDir
	Path folder;

	@Test
	void everyObjectHasItsRowOnTheSheetOfItsKind() throws IOException {
		Portfolio portfolio = PortfolioGenerator.generate(6, 3);
		Map<String, Integer> objects = new LinkedHashMap<>();
		objects.put("Portfolio", 1);
		for (Iterator<EObject> all = portfolio.eAllContents(); all.hasNext();) {
			objects.merge(all.next().eClass().getName(), 1, Integer::sum);
		}
		Map<String, List<List<String>>> sheets = written(portfolio);

		assertEquals(List.copyOf(objects.keySet()), List.copyOf(sheets.keySet()));
		for (String kind : List.of("Account", "AccountUnit", "Contact", "Score", "PeriodResult", "AccountPlan")) {
			assertTrue(sheets.containsKey(kind), "no sheet " + kind + " in " + sheets.keySet());
		}
		objects.forEach((kind, count) -> {
			List<List<String>> rows = sheets.get(kind);
			assertEquals(List.of(FlatSheets.ID, FlatSheets.PARENT), rows.get(0).subList(0, 2), kind);
			assertEquals(count + 1, rows.size(), "rows of " + kind);
		});
	}

	@Test
	void aRowHoldsTheAttributesAndTheIdentifiersOfWhatItRefersTo() throws IOException {
		Portfolio portfolio = PortfolioGenerator.generate(2, 5);
		Account account = portfolio.getAccounts().get(1);
		account.setName("Brouwer & Zonen <B.V.> \u0001\u001f > \"x\"");
		List<List<String>> rows = written(portfolio).get("Account");

		List<String> header = rows.get(0);
		List<String> row = rows.get(2);
		assertEquals(account.getId(), row.get(0));
		assertEquals(portfolio.getId(), row.get(1));
		assertEquals(account.getName(), row.get(header.indexOf("name")));
		assertEquals(account.getKeyAccountManager().getId(), row.get(header.indexOf("keyAccountManager")));
		assertEquals(account.getStatus().getLiteral(), row.get(header.indexOf("status")));
		assertEquals(account.getLastUpdated().toString(), row.get(header.indexOf("lastUpdated")));
		assertEquals(account.getOurWillingnessToInvest(), Double.parseDouble(row.get(header.indexOf("ourWillingnessToInvest"))));
		assertTrue(!header.contains("units") && !header.contains("contacts"), "contained objects are columns: " + header);
	}

	private Map<String, List<List<String>>> written(Portfolio portfolio) throws IOException {
		Path file = folder.resolve("portfolio.xlsx");
		FlatSheets.write(portfolio, file);
		return WorkbookReader.read(file);
	}
}
