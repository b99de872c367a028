package org.kamworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.KamFormat;
import org.kamworkbench.kam.resource.PortfolioFiles;

class PortfolioFilesTest {

	@TempDir
	Path folder;

	@Test
	void aSavedPortfolioLoadsAsAnEqualModel() throws IOException {
		Portfolio original = SmallPortfolio.create();
		Path file = folder.resolve("p.kam");
		PortfolioFiles.save(original, file);

		Portfolio loaded = PortfolioFiles.load(file);

		assertTrue(EcoreUtil.equals(original, loaded), "the loaded portfolio differs from the saved one");
		Account account = loaded.getAccounts().get(0);
		Contact buyer = account.getContacts().get(0);
		assertSame(account.getContacts().get(1), buyer.getReportsTo(), "the forward reference was not resolved");
		assertSame(loaded.getPeople().get(0), account.getKeyAccountManager());
		assertEquals(LocalDate.of(2026, 2, 14), buyer.getLastContactDate());
	}

	@Test
	void loadingAndSavingAgainReproducesTheFileByteForByte() throws IOException {
		Path file = folder.resolve("p.kam");
		PortfolioFiles.save(SmallPortfolio.create(), file);
		byte[] first = Files.readAllBytes(file);

		Path copy = folder.resolve("copy.kam");
		PortfolioFiles.save(PortfolioFiles.load(file), copy);

		assertArrayEquals(first, Files.readAllBytes(copy));
	}

	@Test
	void theFileCarriesItsFormatVersionAndCalendarDaysWithoutTimeZone() throws IOException {
		Path file = folder.resolve("p.kam");
		PortfolioFiles.save(SmallPortfolio.create(), file);
		String text = Files.readString(file);
		assertTrue(text.contains("formatVersion=\"" + KamFormat.CURRENT_VERSION + "\""), text);
		assertTrue(text.contains("lastContactDate=\"2026-02-14\""), text);
		assertTrue(text.contains("reportsTo=\"c-director\""), "references are written by identifier: " + text);
	}

	@Test
	void newObjectsGetAnIdentifierWhenSaved() throws IOException {
		Portfolio portfolio = SmallPortfolio.create();
		Account added = KamFactory.eINSTANCE.createAccount();
		added.setName("New candidate");
		portfolio.getAccounts().add(added);

		PortfolioFiles.save(portfolio, folder.resolve("p.kam"));

		assertNotNull(added.getId());
		assertFalse(added.getId().isBlank());
	}

	@Test
	void savingLeavesNoTemporaryFilesBehind() throws IOException {
		Path file = folder.resolve("p.kam");
		PortfolioFiles.save(SmallPortfolio.create(), file);
		PortfolioFiles.save(SmallPortfolio.create(), file);
		try (var files = Files.list(folder)) {
			assertEquals(1, files.count());
		}
	}
}
