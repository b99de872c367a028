package org.kamworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.examples.ExamplePortfolio;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.PortfolioFiles;

/** Saving never writes a file that cannot be opened again: a reference to a removed object stops the save. */
class DanglingReferenceSaveTest {

	@TempDir
	Path folder;

	@Test
	void aPortfolioReferringToARemovedPersonIsNotSavedAndTheFileKeepsItsLastVersion() throws IOException {
		Path file = folder.resolve(ExamplePortfolio.FILE_NAME);
		ExamplePortfolio.copyTo(file);
		byte[] lastVersion = Files.readAllBytes(file);
		Portfolio portfolio = PortfolioFiles.load(file);
		Person manager = portfolio.getAccounts().get(0).getKeyAccountManager();
		int index = portfolio.getPeople().indexOf(manager);
		EcoreUtil.remove(manager); // as a remove or cut does: the accounts still name the person

		IOException refused = assertThrows(IOException.class, () -> PortfolioFiles.save(portfolio, file));

		assertTrue(refused.getMessage().contains("'" + manager.getName() + "'"), refused.getMessage());
		assertArrayEquals(lastVersion, Files.readAllBytes(file));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(1, files.count(), "the temporary file was left behind");
		}

		portfolio.getPeople().add(index, manager); // undone: the portfolio saves as it was
		PortfolioFiles.save(portfolio, file);
		assertArrayEquals(lastVersion, Files.readAllBytes(file));
	}
}
