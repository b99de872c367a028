package org.kamworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.cli.KamCommandLine;
import org.kamworkbench.examples.ExamplePortfolio;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.BuyingRole;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.PortfolioFiles;

/** {@code import PORTFOLIO FILE}: what the README and docs/csv-import.md promise. */
class ImportCommandTest {

	/** Two new accounts, a new contact, and a contact whose influence is out of range (line 5). */
	private static final String CRM_EXPORT = """
			Record,Account,Name,Contact Role,Influence,Key Account Manager
			account,Hansa Frozen Logistics GmbH,,,,Sanne Dekker
			account,Polar Pharma Distribution B.V.,,,,Joost Bakker
			contact,Hansa Frozen Logistics GmbH,Jörg Lindqvist,decision maker,5,
			contact,Polar Pharma Distribution B.V.,Eva Smits,influencer,9,
			""";

	@TempDir
	Path folder;

	private Path example;
	private Path csv;
	private String out;
	private String err;

	@BeforeEach
	void copyTheExample() throws IOException {
		example = folder.resolve(ExamplePortfolio.FILE_NAME);
		ExamplePortfolio.copyTo(example);
		csv = folder.resolve("crm.csv");
		Files.writeString(csv, CRM_EXPORT);
	}

	private int run(String... args) {
		Printed printed = Printed.run(LocalDate.of(2026, 11, 26), args);
		out = printed.out();
		err = printed.err();
		return printed.code();
	}

	@Test
	void theValidRecordsAreImportedAndSavedAndTheBadOneIsReported() throws Exception {
		assertEquals(KamCommandLine.INVALID, run("import", example.toString(), csv.toString(), "--map",
				"Contact Role=buying role"), out + err);

		assertTrue(out.contains(csv + ":5 [Influence]: 9 is out of range: from 0 to 5"), out);
		assertTrue(out.contains("Imported 3 record(s)"), out);
		Portfolio saved = PortfolioFiles.load(example);
		Account hansa = account(saved, "Hansa Frozen Logistics GmbH");
		assertEquals(BuyingRole.DECISION_MAKER, hansa.getContacts().get(0).getBuyingRole());
		assertEquals("Sanne Dekker", hansa.getKeyAccountManager().getName());
		assertTrue(account(saved, "Polar Pharma Distribution B.V.").getContacts().isEmpty());
	}

	@Test
	void allOrNothingLeavesThePortfolioUntouched() throws Exception {
		byte[] before = Files.readAllBytes(example);
		assertEquals(KamCommandLine.INVALID, run("import", example.toString(), csv.toString(), "--all-or-nothing"));

		assertTrue(out.contains("Nothing imported"), out);
		assertArrayEquals(before, Files.readAllBytes(example));
	}

	@Test
	void aDryRunReportsButSavesNothing() throws Exception {
		Files.writeString(csv, CRM_EXPORT.lines().limit(4).map(line -> line + "\n").reduce("", String::concat));
		byte[] before = Files.readAllBytes(example);
		assertEquals(KamCommandLine.VALID, run("import", example.toString(), csv.toString(), "--dry-run"), out + err);

		assertTrue(out.contains("Dry run: 3 record(s)"), out);
		assertArrayEquals(before, Files.readAllBytes(example));
	}

	@Test
	void withoutProblemsTheExitCodeIsZero() throws Exception {
		Files.writeString(csv, CRM_EXPORT.lines().limit(4).map(line -> line + "\n").reduce("", String::concat));
		assertEquals(KamCommandLine.VALID, run("import", example.toString(), csv.toString()), out + err);
		assertTrue(out.contains("Imported 3 record(s)"), out);
	}

	@Test
	void filesThatCannotBeReadAndArgumentsNotUnderstoodExitWithTwo() throws Exception {
		assertEquals(KamCommandLine.UNREADABLE, run("import", example.toString(), folder.resolve("none.csv").toString()));
		assertTrue(err.contains("none.csv does not exist"), err);
		Files.write(csv, new byte[] { 'r', 'e', (byte) 0xC3, (byte) 0x28, '\n' });
		assertEquals(KamCommandLine.UNREADABLE, run("import", example.toString(), csv.toString()));
		assertTrue(err.contains("is not UTF-8 text"), err);
		assertEquals(KamCommandLine.UNREADABLE, run("import", example.toString(), csv.toString(), "--map", "Role"));
		assertTrue(err.contains("'Role' is not a mapping"), err);
		assertEquals(KamCommandLine.UNREADABLE, run("import", example.toString()));
		assertTrue(err.contains("'import' needs the portfolio file and the file to import"), err);
		assertEquals(KamCommandLine.UNREADABLE, run("import", folder.resolve("none.kam").toString(), csv.toString()));
	}

	@Test
	void theFormatChoosesTheImporterAndAnUnknownOneListsThoseInstalled() throws Exception {
		Files.writeString(csv, CRM_EXPORT.lines().limit(4).map(line -> line + "\n").reduce("", String::concat));
		byte[] before = Files.readAllBytes(example);
		assertEquals(KamCommandLine.UNREADABLE, run("import", example.toString(), csv.toString(), "--format", "xml"));
		assertTrue(err.contains("No importer of the format 'xml' is installed; installed: csv."), err);
		assertArrayEquals(before, Files.readAllBytes(example));
		assertEquals(KamCommandLine.UNREADABLE, run("import", example.toString(), csv.toString(), "--format"));
		assertTrue(err.contains("'--format' needs a value"), err);

		assertEquals(KamCommandLine.VALID, run("import", example.toString(), csv.toString(), "--format", "CSV"),
				out + err);
		assertTrue(out.contains("Imported 3 record(s)"), out);
	}

	private static Account account(Portfolio portfolio, String name) {
		return portfolio.getAccounts().stream().filter(account -> name.equals(account.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no account " + name));
	}
}
