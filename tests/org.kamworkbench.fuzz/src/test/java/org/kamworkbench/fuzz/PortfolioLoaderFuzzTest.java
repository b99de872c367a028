package org.kamworkbench.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.PortfolioFiles;
import org.kamworkbench.kam.resource.PortfolioLoadException;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes opened as a portfolio file either open, and then save and open again as the same portfolio, or
 * are refused with the clean error: a {@link PortfolioLoadException} that names the file and says what is
 * wrong ({@link CleanRefusals}). The file is never changed by opening it. The inputs replayed by
 * {@code ./kam test} are in {@code PortfolioLoaderFuzzTestInputs/opensOrIsRefusedCleanly}: the example, small
 * valid and damaged files, hostile ones, and every input the fuzzer found that failed otherwise.
 */
class PortfolioLoaderFuzzTest {

	private static Path folder;

	@BeforeAll
	static void createFolder() throws IOException {
		folder = Files.createTempDirectory("kam-fuzz"); //$NON-NLS-1$
	}

	@AfterAll
	static void deleteFolder() throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path each : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
	}

	@FuzzTest
	@DictionaryFile(resourcePath = "portfolio.dict")
	void opensOrIsRefusedCleanly(byte[] content) throws IOException {
		Path file = folder.resolve("fuzzed.kam"); //$NON-NLS-1$
		Files.write(file, content);
		Portfolio portfolio;
		try {
			portfolio = PortfolioFiles.load(file);
		} catch (PortfolioLoadException refused) {
			CleanRefusals.check(refused, file);
			return;
		} finally {
			assertArrayEquals(content, Files.readAllBytes(file), "opening changed the file"); //$NON-NLS-1$
		}
		Path saved = folder.resolve("saved.kam"); //$NON-NLS-1$
		PortfolioFiles.save(portfolio, saved);
		Portfolio reopened = PortfolioFiles.load(saved);
		assertTrue(EcoreUtil.equals(portfolio, reopened), "the saved portfolio opens as another one"); //$NON-NLS-1$
	}
}
