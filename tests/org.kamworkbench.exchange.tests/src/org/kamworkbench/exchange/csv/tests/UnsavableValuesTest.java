package org.kamworkbench.exchange.csv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kamworkbench.core.exchange.ImportProblem;
import org.kamworkbench.core.exchange.ImportResult;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.PortfolioFiles;

/**
 * A value the portfolio file cannot hold is a problem of its cell, so that an import never leaves a portfolio
 * that fails to save or to open again (found by CsvImporterFuzzTest).
 */
class UnsavableValuesTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "\u0000", "\u0001", "\u001B", "\uFFFE", "\uFFFF", "\uD800" })
	void aCharacterXmlCannotHoldIsRefused(String character) throws Exception {
		Portfolio portfolio = CrmExport.example(folder);
		String csv = "record,account,sector\naccount,Nordfrisch AG,Fish\naccount,Scandi Seafood AS,Fish" + character
				+ "ery\n";
		ImportResult result = CrmExport.read(csv, portfolio, Map.of(), false);

		ImportProblem problem = onlyProblem(result.problems());
		assertEquals(3, problem.line());
		assertEquals("sector", problem.column());
		assertTrue(problem.reason().contains(String.format("U+%04X", (int) character.charAt(0))), problem.reason());
		assertEquals(1, result.importableRecords());
		assertSavesAndOpens(portfolio, result);
	}

	@Test
	void aRefusedAccountTakesItsRecordsAlong() throws Exception {
		Portfolio portfolio = CrmExport.example(folder);
		String csv = "record,account,name\naccount,New\u0000Co,\nunit,New\u0000Co,North\n";
		ImportResult result = CrmExport.read(csv, portfolio, Map.of(), false);

		assertEquals(List.of(2L, 3L), result.problems().stream().map(ImportProblem::line).distinct().toList(),
				result.problems()::toString);
		assertEquals(0, result.importableRecords());
	}

	@ParameterizedTest
	@ValueSource(strings = { "a b", "a#b", "a\tb", "a\u00A0b" })
	void anIdentifierWithASpaceOrHashIsRefused(String id) throws Exception {
		Portfolio portfolio = CrmExport.example(folder);
		// the second contact refers to the first: a file with the reference to "a b" would not open again
		String csv = "record,account,id,name,reports to\ncontact,Nordfrisch AG," + id + ",Ada Lind,\n"
				+ "contact,Nordfrisch AG,,Bo Lind,Ada Lind\n";
		ImportResult result = CrmExport.read(csv, portfolio, Map.of(), false);

		List<ImportProblem> problems = result.problems();
		assertEquals(2, problems.size(), problems::toString);
		assertEquals(2, problems.get(0).line());
		assertEquals("id", problems.get(0).column());
		assertTrue(problems.get(0).reason().contains(id), problems.get(0).reason());
		assertEquals(3, problems.get(1).line(), "the contact that reports to it is left out with it");
		assertEquals(0, result.importableRecords());
	}

	@Test
	void anAccountIdWithASpaceIsRefused() throws Exception {
		Portfolio portfolio = CrmExport.example(folder);
		ImportResult result = CrmExport.read("record,account id,account\naccount,new one,New Co\n", portfolio,
				Map.of(), false);

		assertEquals("account id", onlyProblem(result.problems()).column());
		assertEquals(0, result.importableRecords());
	}

	private static ImportProblem onlyProblem(List<ImportProblem> problems) {
		assertEquals(1, problems.size(), problems::toString);
		return problems.get(0);
	}

	private void assertSavesAndOpens(Portfolio portfolio, ImportResult result) throws Exception {
		result.applyTo(portfolio);
		Path file = folder.resolve("imported.kam");
		PortfolioFiles.save(portfolio, file);
		assertNotNull(CrmExport.account(PortfolioFiles.load(file), "Nordfrisch AG"));
	}

	@Test
	void aNumberBeyondWhatADoubleHoldsIsRefused() throws Exception {
		Portfolio portfolio = CrmExport.example(folder);
		String digits = "9".repeat(400);
		ImportResult result = CrmExport.read("record,account,name,local revenue\nunit,Nordfrisch AG,Kiel," + digits
				+ "\n", portfolio, Map.of(), false);

		ImportProblem problem = onlyProblem(result.problems());
		assertEquals(2, problem.line());
		assertEquals("local revenue", problem.column());
		assertTrue(problem.reason().contains("400"), problem.reason());
		assertEquals(0, result.importableRecords());
	}
}
