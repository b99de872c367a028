package org.kamworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.examples.ExamplePortfolio;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.PortfolioFiles;

class ExamplePortfolioFileTest {

	@TempDir
	Path folder;

	@Test
	void theShippedExampleLoadsAndSavesByteForByte() throws IOException {
		Path copy = folder.resolve(ExamplePortfolio.FILE_NAME);
		assertTrue(ExamplePortfolio.copyTo(copy));
		byte[] shipped = Files.readAllBytes(copy);

		Portfolio example = PortfolioFiles.load(copy);
		assertEquals(6, example.getAccounts().size());
		Path resaved = folder.resolve("resaved.kam");
		PortfolioFiles.save(example, resaved);

		assertArrayEquals(shipped, Files.readAllBytes(resaved), "the shipped example is not in the canonical form");
	}

	@Test
	void copyingNeverOverwritesTheUsersFile() throws IOException {
		Path mine = folder.resolve(ExamplePortfolio.FILE_NAME);
		Files.writeString(mine, "my own work");
		assertFalse(ExamplePortfolio.copyTo(mine));
		assertEquals("my own work", Files.readString(mine));
	}

	@Test
	void theExampleIsReadableAsAStream() throws IOException {
		try (InputStream in = ExamplePortfolio.open()) {
			assertTrue(in.readAllBytes().length > 10_000);
		}
	}
}
