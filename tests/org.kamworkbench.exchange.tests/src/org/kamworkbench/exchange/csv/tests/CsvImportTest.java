package org.kamworkbench.exchange.csv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.core.exchange.ImportProblem;
import org.kamworkbench.core.exchange.ImportResult;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.BuyingRole;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.PortfolioFiles;

/** A realistic CRM export with good and bad rows, imported into the example portfolio as docs/csv-import.md says. */
class CsvImportTest {

	@TempDir
	Path folder;

	/** Where each bad row of the export is reported: line and column. */
	private static final List<String> EXPECTED_PLACES = List.of("14 Influence", "15 Direct Revenue", "16 Account",
			"17 Period Start", "18 ", "19 ", "20 Record", "21 Owner", "22 Local Importance", "23 ");

	@Test
	void theValidRecordsAreImportedAndEveryBadOneIsReportedWithItsLineAndColumn() throws Exception {
		Portfolio portfolio = CrmExport.example(folder);
		int accountsBefore = portfolio.getAccounts().size();
		ImportResult result = CrmExport.read(CrmExport.text(), portfolio, CrmExport.MAPPING, false);

		assertEquals(EXPECTED_PLACES, places(result.problems()), result.problems().toString());
		assertEquals(12, result.importableRecords());
		assertEquals(accountsBefore, portfolio.getAccounts().size(), "reading changes nothing");

		result.applyTo(portfolio);
		assertEquals(accountsBefore + 2, portfolio.getAccounts().size());
		Account hansa = CrmExport.account(portfolio, "Hansa Frozen Logistics GmbH");
		assertEquals(AccountStatus.CANDIDATE, hansa.getStatus());
		assertEquals("Sanne Dekker", hansa.getKeyAccountManager().getName());
		assertEquals("Delta Kühltechnik Deutschland GmbH", hansa.getOwningUnit().getName());
		assertEquals(List.of("Hansa Hamburg", "Hansa Rotterdam"), hansa.getUnits().stream().map(AccountUnit::getName).toList());
		assertEquals(310000.5, hansa.getUnits().get(1).getLocalRevenue());
		Contact anke = contact(hansa, "Anke Brandt");
		assertEquals("Jörg Lindqvist", anke.getReportsTo().getName(), "a contact may report to one on a later line");
		assertEquals(BuyingRole.USER, anke.getBuyingRole(), "the mapped column");
		assertEquals("Hansa Hamburg", anke.getUnit().getName());
		PeriodResult hansa2025 = hansa.getResults().get(0);
		assertEquals(640000.0, hansa2025.getDirectRevenue());
		assertEquals("2025-12-31", hansa2025.getPeriodEnd().toString());

		Account brouwer = CrmExport.account(portfolio, "Brouwer Foods Group");
		assertEquals("Lead Buyer Technical Goods", contact(brouwer, "Femke Mulder").getJobTitle(), "updated, not added");
		assertEquals(1, brouwer.getContacts().stream().filter(c -> c.getName().equals("Femke Mulder")).count());
		assertEquals("Ahmed El Amrani", contact(brouwer, "Sven de Boer").getReportsTo().getName());
		assertEquals("Joost Bakker", brouwer.getKeyAccountManager().getName());

		Account polar = CrmExport.account(portfolio, "Polar Pharma Distribution B.V.");
		assertEquals(List.of("Polar Pharma Tilburg"), polar.getUnits().stream().map(AccountUnit::getName).toList());
		assertTrue(polar.getContacts().isEmpty(), "Eva Smits' influence is out of range");
		assertTrue(CrmExport.account(portfolio, "Nordfrisch AG").getResults().stream()
				.noneMatch(r -> "2026".equals(r.getPeriodLabel())), "the bad number is not imported");

		// the imported objects have identifiers, so the portfolio saves and opens again
		Path saved = folder.resolve("imported.kam");
		PortfolioFiles.save(portfolio, saved);
		assertNotNull(CrmExport.account(PortfolioFiles.load(saved), "Hansa Frozen Logistics GmbH"));
	}

	@Test
	void allOrNothingImportsNothingWhenARecordIsBad() throws Exception {
		Portfolio portfolio = CrmExport.example(folder);
		String before = saved(portfolio);
		ImportResult result = CrmExport.read(CrmExport.text(), portfolio, CrmExport.MAPPING, true);

		assertEquals(EXPECTED_PLACES, places(result.problems()));
		assertEquals(0, result.importableRecords());
		result.applyTo(portfolio);
		assertEquals(before, saved(portfolio));
	}

	@Test
	void allOrNothingImportsEverythingWhenAllRecordsAreGood() throws Exception {
		Portfolio portfolio = CrmExport.example(folder);
		String goodRows = CrmExport.text().lines().limit(13).collect(Collectors.joining("\n"));
		ImportResult result = CrmExport.read(goodRows, portfolio, CrmExport.MAPPING, true);

		assertEquals(List.of(), result.problems());
		assertEquals(12, result.importableRecords());
		result.applyTo(portfolio);
		assertNotNull(CrmExport.account(portfolio, "Polar Pharma Distribution B.V."));
	}

	@Test
	void aColumnNeitherKnownNorMappedIsIgnored() throws Exception {
		Portfolio portfolio = CrmExport.example(folder);
		ImportResult result = CrmExport.read(CrmExport.text(), portfolio, Map.of(), false);
		result.applyTo(portfolio);

		Contact anke = contact(CrmExport.account(portfolio, "Hansa Frozen Logistics GmbH"), "Anke Brandt");
		assertEquals(BuyingRole.UNKNOWN, anke.getBuyingRole());
		assertEquals("a.brandt@hansa-frozen.example", anke.getEmail(), "'E-mail' matches the field 'email'");
	}

	@Test
	void aMappingToAFieldThatDoesNotExistStopsTheImport() throws Exception {
		Portfolio portfolio = CrmExport.example(folder);
		ImportResult result = CrmExport.read(CrmExport.text(), portfolio, Map.of("Contact Role", "role"), false);

		assertEquals(List.of("1 Contact Role", "23 "), places(result.problems()), "the broken quote of line 23 as well");
		assertEquals(0, result.importableRecords());
	}

	@Test
	void withoutARecordColumnNothingCanBeRead() throws Exception {
		Portfolio portfolio = CrmExport.example(folder);
		ImportResult result = CrmExport.read("Account,Name\nBrouwer Foods Group,Someone\n", portfolio, Map.of(), false);

		assertEquals(1, result.problems().size());
		assertEquals(1, result.problems().get(0).line());
		assertTrue(result.problems().get(0).reason().contains("record"), result.problems().get(0).reason());
	}

	@Test
	void semicolonsAByteOrderMarkAndHeadersInAnotherCaseAreRead() throws Exception {
		Portfolio portfolio = CrmExport.example(folder);
		String csv = "\uFEFFRECORD;Account_Name_Ignored;ACCOUNT;Sector\r\naccount;x;Scandi Seafood AS;Fish farming\r\n";
		ImportResult result = CrmExport.read(csv, portfolio, Map.of(), false);

		assertEquals(List.of(), result.problems());
		result.applyTo(portfolio);
		assertEquals("Fish farming", CrmExport.account(portfolio, "Scandi Seafood AS").getSector());
	}

	@Test
	void anAccountIsFoundByItsIdentifierAndRenamed() throws Exception {
		Portfolio portfolio = CrmExport.example(folder);
		int accounts = portfolio.getAccounts().size();
		ImportResult result = CrmExport.read("record,account id,account\naccount,a-scandi,Scandi Seafood ASA\n",
				portfolio, Map.of(), false);
		result.applyTo(portfolio);

		assertEquals(accounts, portfolio.getAccounts().size());
		assertNull(CrmExport.account(portfolio, "Scandi Seafood AS"));
		assertNotNull(CrmExport.account(portfolio, "Scandi Seafood ASA"));
	}

	@Test
	void anIdentifierOfAnotherKindOfObjectIsRefused() throws Exception {
		Portfolio portfolio = CrmExport.example(folder);
		ImportResult result = CrmExport.read("record,account id,account\naccount,p-vos,Vos Holding\n", portfolio,
				Map.of(), false);

		assertEquals(List.of("2 account id"), places(result.problems()));
		assertEquals(0, result.importableRecords());
	}

	@Test
	void aRecordOfAnAccountThatIsNotImportedSaysWhy() throws Exception {
		Portfolio portfolio = CrmExport.example(folder);
		String csv = "record,account,status,name\naccount,Frigo Nord SpA,prospect,\nunit,Frigo Nord SpA,,Frigo Milano\n";
		ImportResult result = CrmExport.read(csv, portfolio, Map.of(), false);

		assertEquals(List.of("2 status", "3 account"), places(result.problems()));
		assertTrue(result.problems().get(1).reason().contains("2"), result.problems().get(1).reason());
	}

	@Test
	void aContactThatReportsToARejectedNewContactIsLeftOutToo() throws Exception {
		Portfolio portfolio = CrmExport.example(folder);
		String csv = "record,account,name,reports to,influence\n" //
				+ "contact,Scandi Seafood AS,Kari Berg,Nils Dahl,2\n" //
				+ "contact,Scandi Seafood AS,Nils Dahl,,9\n";
		ImportResult result = CrmExport.read(csv, portfolio, Map.of(), false);

		assertEquals(List.of("2 reports to", "3 influence"), places(result.problems()));
		assertEquals(0, result.importableRecords());
	}

	private static List<String> places(List<ImportProblem> problems) {
		return problems.stream().map(problem -> problem.line() + " " + problem.column()).toList();
	}

	private static Contact contact(Account account, String name) {
		return account.getContacts().stream().filter(c -> name.equals(c.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no contact " + name));
	}

	private static String saved(Portfolio portfolio) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		portfolio.eResource().save(out, null);
		return out.toString(StandardCharsets.UTF_8);
	}
}
