package org.kamworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.cli.KamCommandLine;
import org.kamworkbench.examples.ExamplePortfolio;
import org.kamworkbench.tests.support.Translations;

/** The command line on the example portfolio: the answers and exit codes the README documents. */
class CommandLineTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

	@TempDir
	Path folder;

	private Path example;
	private String out;
	private String err;

	@BeforeEach
	void copyTheExample() throws IOException {
		example = folder.resolve(ExamplePortfolio.FILE_NAME);
		ExamplePortfolio.copyTo(example);
	}

	private int run(String... args) {
		Printed printed = Printed.run(AS_OF, args);
		out = printed.out();
		err = printed.err();
		return printed.code();
	}

	@Test
	void theExampleIsValid() {
		assertEquals(KamCommandLine.VALID, run("validate", example.toString()), out + err);
		assertTrue(out.contains("is valid: 6 account(s)"), out);
	}

	@Test
	void aDamagedFileCannotBeReadAndSaysWhere() throws IOException {
		Path cut = folder.resolve("cut.kam");
		String text = Files.readString(example);
		Files.writeString(cut, text.substring(0, text.length() / 3));
		assertEquals(KamCommandLine.UNREADABLE, run("validate", cut.toString()));
		assertTrue(err.contains("cut.kam (line "), err);
		assertTrue(err.contains("damaged or cut short"), err);
	}

	@Test
	void aFileOfTheOlderFormatIsReadWithANoteAndLeftAsItIs() throws IOException {
		Path old = folder.resolve("old.kam");
		String version1 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kam:Portfolio xmi:version=\"2.0\""
				+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:kam=\"http://www.kamworkbench.org/kam/1.0\" id=\"p\""
				+ " name=\"Old\" formatVersion=\"1\">\n  <accounts id=\"a\" name=\"A\">\n    <results id=\"r\">\n"
				+ "      <indirectRevenues id=\"i\" reseller=\"CoolServ UK Ltd\" revenue=\"10.0\"/>\n"
				+ "    </results>\n  </accounts>\n</kam:Portfolio>\n";
		Files.writeString(old, version1);
		assertEquals(KamCommandLine.VALID, run("validate", old.toString()), out + err);
		assertTrue(err.contains("format version 1 of an older KAM Workbench and was read as version 2"), err);
		assertEquals(version1, Files.readString(old));
	}

	@Test
	void aMissingFileCannotBeRead() {
		assertEquals(KamCommandLine.UNREADABLE, run("analyse", folder.resolve("nothing.kam").toString()));
		assertTrue(err.contains("does not exist"), err);
	}

	@Test
	void argumentsThatAreNotUnderstoodAreNamed() {
		assertEquals(KamCommandLine.UNREADABLE, run("analyze", example.toString()));
		assertTrue(err.contains("Unknown command 'analyze'"), err);
		assertTrue(err.contains("Usage:"), err);
		assertEquals(KamCommandLine.UNREADABLE, run("analyse", example.toString(), "--as-of", "yesterday"));
		assertTrue(err.contains("'yesterday' is not a date"), err);
		assertEquals(KamCommandLine.UNREADABLE, run("validate"));
		assertTrue(err.contains("'validate' needs the portfolio file"), err);
	}

	@Test
	void analyseGivesEveryAnalysisOfTheExample() {
		assertEquals(KamCommandLine.VALID, run("analyse", example.toString(), "--as-of", "2026-11-26", "--seed", "2002"),
				out + err);
		// the portfolio matrix, with every quadrant and the selection flags
		assertLine("Brouwer Foods Group  Key account  8.1             8.2       strategic");
		assertLine("Albion Retail plc    Key account  6.7             3.9       star");
		assertLine("PharmaLogix B.V.     Key account  3.7             6.9       status");
		assertLine("Scandi Seafood AS    Candidate    4.6             2.9       streamline");
		assertLine("- Vlaamse Zuivel NV is a strong candidate, not yet key");
		assertLine("- PharmaLogix B.V. is called key but does not meet the criteria");
		// the Kraljic check and the balance verdicts
		assertLine("Brouwer Foods Group: Key supplier possible; Balanced partnership.");
		assertLine("Albion Retail plc: Not a key supplier; We are more committed.");
		assertLine("The customer treats our offering 'Industrial cooling systems' as a leverage item (category 'Store refrigeration'): expect price pressure, not partnership.");
		assertLine("Nordfrisch AG: Key supplier possible; The customer is more committed.");
		assertLine("An international customer without central purchasing: a central agreement binds no one locally.");
		assertLine("PharmaLogix B.V.: Not a key supplier; No key relationship.");
		// central versus local, both directions
		assertLine("'Nordfrisch AG' is a key account centrally, but unit 'Nordfrisch Hamburg (head office)' (DE, Dairy) matters little to our local organisation");
		assertLine("Our local organisation values unit 'Scandi Seafood Esbjerg' (DK) highly");
		// results with attributed indirect revenue
		assertLine("2025: Revenue: EUR 1,940,000 against a target of EUR 2,700,000 (71.9% achieved). Of which indirect (attributed): 1,490,000.");
		// coverage on the reference date
		assertLine("Action 'Executive meeting CPO and commercial director' (Brouwer Foods Group > Account plan 2026) is 11 days overdue; owner: Marieke Vos.");
		assertLine("Role economic buyer at Albion Retail plc has no owner");
		// sensitivity: reproducible for the seed, and the account near a threshold moves
		assertLine("Nordfrisch AG stayed strategic in 96.8 % of 1000 runs; it moved to star in 32 of them");
		assertLine("Brouwer Foods Group stayed strategic in 100 % of 1000 runs");
		// lifetime value with its assumptions
		assertLine("Brouwer Foods Group: 3,420,047");
		assertLine("retention 92 %, margin 18 %, discount rate 8 %, horizon 7 years");
		assertLine("is valid: 6 account(s), 0 warning(s).");
	}

	@Test
	void theSameSeedGivesTheSameReport() {
		run("analyse", example.toString(), "--seed", "7");
		String first = out;
		run("analyse", example.toString(), "--seed", "7");
		assertEquals(first, out);
	}

	@Test
	void aPortfolioWithValidationErrorsIsAnalysedAndExitsWithOne() throws IOException {
		Path broken = folder.resolve("weights.kam");
		Files.writeString(broken, Files.readString(example).replace(
				"name=\"Revenue potential (3 years)\" description=\"Expected yearly revenue in our categories three years from now; 10 = above EUR 5 million.\" kind=\"REVENUE_POTENTIAL\" weight=\"30.0\"",
				"name=\"Revenue potential (3 years)\" description=\"Expected yearly revenue in our categories three years from now; 10 = above EUR 5 million.\" kind=\"REVENUE_POTENTIAL\" weight=\"20.0\""));
		assertEquals(KamCommandLine.INVALID, run("validate", broken.toString()), out);
		assertTrue(out.contains("ERROR") && out.contains("Key account selection 2026") && out.contains("90")
				&& out.contains("100"), out);
		assertTrue(out.contains("is not valid: 1 error(s)"), out);
		assertEquals(KamCommandLine.INVALID, run("analyse", broken.toString()));
		assertTrue(out.contains("1. Portfolio matrix"), out);
	}

	private void assertLine(String expected) {
		assertTrue(out.contains(expected), "expected in the report: " + expected + "\n---\n" + out);
	}

	@Test
	void everyTextOfTheCommandLineIsInDutchToo() throws Exception {
		assertEquals(List.of(), Translations.problems(KamCommandLine.class));
	}

	@Test
	void helpExplainsTheCommandsAndExitCodes() {
		assertEquals(KamCommandLine.VALID, run("help"));
		assertTrue(out.contains("validate FILE") && out.contains("analyse FILE") && out.contains("exit code 0 valid"), out);
	}
}
