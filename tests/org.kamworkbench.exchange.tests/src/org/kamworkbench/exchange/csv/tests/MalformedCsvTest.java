package org.kamworkbench.exchange.csv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kamworkbench.core.exchange.ImportProblem;
import org.kamworkbench.core.exchange.ImportResult;
import org.kamworkbench.kam.Portfolio;

/** A malformed file is reported, never thrown, and changes nothing. */
class MalformedCsvTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "", "\n\n", "\"", "record,account\n\"", "record,account\naccount,\"Open quote\n",
			"record,record,account\n", "\uFEFF", "record;account\naccount;\"a\"b\"\n", ",,,\n,,,\n" })
	void isReportedAndImportsNothing(String csv) throws Exception {
		Portfolio portfolio = CrmExport.example(folder);
		int accounts = portfolio.getAccounts().size();
		ImportResult result = CrmExport.read(csv, portfolio, Map.of(), false);
		result.applyTo(portfolio);

		assertEquals(accounts, portfolio.getAccounts().size());
		assertFalse(result.problems().isEmpty(), "every one of these files has a problem to report");
	}

	@Test
	void aQuotingErrorNamesTheLineTheRecordStartsOnAndKeepsTheRecordsBefore() throws Exception {
		Portfolio portfolio = CrmExport.example(folder);
		String csv = "record,account,sector\naccount,Scandi Seafood AS,Fish\n\naccount,\"Albion \"Retail\" plc,Retail\n";
		ImportResult result = CrmExport.read(csv, portfolio, Map.of(), false);

		assertEquals(1, result.problems().size());
		ImportProblem problem = result.problems().get(0);
		assertEquals(4, problem.line());
		assertTrue(problem.reason().contains("Invalid character"), problem.reason());
		assertEquals(1, result.importableRecords());
	}

	@Test
	void randomBytesNeverThrow() throws Exception {
		Portfolio portfolio = CrmExport.example(folder);
		Random random = new Random(2002);
		String alphabet = "record,account;unit\"\n\r\t x1.-";
		for (int run = 0; run < 500; run++) {
			StringBuilder csv = new StringBuilder("record,account,name,influence,period start\n");
			for (int i = random.nextInt(200); i > 0; i--) {
				csv.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			CrmExport.read(csv.toString(), portfolio, Map.of(), false).problems();
		}
	}
}
