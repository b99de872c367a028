package org.kamworkbench.fuzz;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.kamworkbench.core.exchange.ColumnMapping;
import org.kamworkbench.core.exchange.ImportOptions;
import org.kamworkbench.core.exchange.ImportProblem;
import org.kamworkbench.core.exchange.ImportResult;
import org.kamworkbench.core.validation.PortfolioValidation;
import org.kamworkbench.exchange.csv.CsvPortfolioImporter;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.PortfolioFiles;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes imported as a CSV file (docs/csv-import.md) into the example portfolio give the documented result:
 * problems that each name a line of the file and a reason, never an exception (the source is a string, so not
 * even an {@code IOException}). What the import then applies leaves a portfolio that saves, opens again as the
 * same portfolio, and validates. Every input is read twice: with the default options, and all-or-nothing with a
 * mapping of one of its header's columns that the input itself chooses (as a user of the wizard would). The
 * inputs replayed by {@code ./kam test} are in {@code CsvImporterFuzzTestInputs/importsOrReportsProblems}: the
 * CRM example, the exporter's output of the example portfolio, small broken files, and every input the fuzzer
 * found that failed otherwise ({@code found-*}).
 */
class CsvImporterFuzzTest {

	private static final String SOURCE = "fuzzed.csv"; //$NON-NLS-1$

	private static Path folder;
	private static Portfolio example;

	@BeforeAll
	static void openExample() throws IOException {
		folder = Files.createTempDirectory("kam-csv-fuzz"); //$NON-NLS-1$
		example = PortfolioFiles.load(Path.of(System.getProperty("kam.example"))); //$NON-NLS-1$
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
	@DictionaryFile(resourcePath = "csv.dict")
	void importsOrReportsProblems(byte[] content) throws IOException {
		String csv = new String(content, StandardCharsets.UTF_8);
		importAndCheck(csv, ImportOptions.defaults());
		importAndCheck(csv, new ImportOptions(mappingChosenBy(content, csv), true));
	}

	private static void importAndCheck(String csv, ImportOptions options) throws IOException {
		Portfolio portfolio = EcoreUtil.copy(example);
		ImportResult result = new CsvPortfolioImporter().read(SOURCE, new StringReader(csv), portfolio, options);
		long lines = lineCount(csv);
		List<ImportProblem> problems = result.problems();
		for (ImportProblem problem : problems) {
			assertAll(problem.toString(), () -> assertEquals(SOURCE, problem.source()),
					() -> assertTrue(problem.line() >= 0 && problem.line() <= lines,
							() -> "line " + problem.line() + " of " + lines), //$NON-NLS-1$ //$NON-NLS-2$
					() -> assertNotNull(problem.column()),
					() -> assertFalse(problem.reason() == null || problem.reason().isBlank(), "no reason")); //$NON-NLS-1$
		}
		if (options.allOrNothing() && !problems.isEmpty()) {
			assertEquals(0, result.importableRecords(), "all-or-nothing with problems imports something"); //$NON-NLS-1$
		}
		if (result.importableRecords() == 0) {
			return;
		}
		result.applyTo(portfolio);
		Path saved = folder.resolve("imported.kam"); //$NON-NLS-1$
		PortfolioFiles.save(portfolio, saved);
		Portfolio reopened = PortfolioFiles.load(saved);
		assertTrue(EcoreUtil.equals(portfolio, reopened), "the imported portfolio opens as another one"); //$NON-NLS-1$
		assertNotNull(PortfolioValidation.validate(reopened));
	}

	/**
	 * A mapping as the wizard makes it: one column of the input's header, chosen by the input, mapped to one of the
	 * importer's fields or to nothing (ignored).
	 */
	private static Map<String, String> mappingChosenBy(byte[] content, String csv) throws IOException {
		CsvPortfolioImporter importer = new CsvPortfolioImporter();
		List<ColumnMapping.Column> columns = importer.columns(new StringReader(csv));
		if (columns.isEmpty()) {
			return Map.of();
		}
		int choice = Arrays.hashCode(content);
		List<String> fields = new ArrayList<>(importer.fields());
		fields.add(""); //$NON-NLS-1$
		String column = columns.get(Math.floorMod(choice, columns.size())).name();
		return Map.of(column, fields.get(Math.floorMod(choice >>> 8, fields.size())));
	}

	/** The lines of the text as the documentation counts them: a line break ends one (CR, LF or CR LF). */
	private static long lineCount(String csv) {
		long lines = 0;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 == csv.length() || csv.charAt(i + 1) != '\n'))) {
				lines++;
			}
		}
		boolean endsWithBreak = !csv.isEmpty() && (csv.endsWith("\n") || csv.endsWith("\r")); //$NON-NLS-1$ //$NON-NLS-2$
		return csv.isEmpty() || endsWithBreak ? lines : lines + 1;
	}
}
