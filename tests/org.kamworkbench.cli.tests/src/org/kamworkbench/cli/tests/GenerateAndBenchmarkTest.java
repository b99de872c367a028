package org.kamworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.cli.KamCommandLine;

/**
 * {@code generate} writes valid, reproducible portfolios and never replaces a file unasked; {@code benchmark}
 * runs (on a tiny size: a unit test checks that it works, never how fast) and ends with its BENCH line.
 */
class GenerateAndBenchmarkTest {

	@TempDir
	Path folder;

	private String out;
	private String err;

	private int run(String... args) {
		Printed printed = Printed.run(LocalDate.of(2026, 11, 26), args);
		out = printed.out();
		err = printed.err();
		return printed.code();
	}

	@Test
	void generateWritesAValidPortfolioOfTheAskedSize() {
		Path file = folder.resolve("twelve.kam");
		assertEquals(KamCommandLine.VALID, run("generate", "--accounts", "12", "--seed", "5", "--output", file.toString()),
				out + err);
		assertTrue(out.contains("a portfolio of 12 accounts") && out.contains("seed 5"), out);
		assertEquals(KamCommandLine.VALID, run("validate", file.toString()), out + err);
		assertTrue(out.contains("is valid: 12 account(s), 0 warning(s)."), out);
	}

	@Test
	void theSameSeedWritesTheSameFile() throws IOException {
		Path first = folder.resolve("first.kam");
		Path second = folder.resolve("second.kam");
		assertEquals(KamCommandLine.VALID, run("generate", "--accounts", "8", "--seed", "42", "--output", first.toString()));
		assertEquals(KamCommandLine.VALID, run("generate", "--accounts", "8", "--seed", "42", "--output", second.toString()));
		assertEquals(-1, Files.mismatch(first, second));
	}

	@Test
	void anExistingFileIsOnlyReplacedWithForce() throws IOException {
		Path file = folder.resolve("mine.kam");
		Files.writeString(file, "my own work");
		assertEquals(KamCommandLine.UNREADABLE, run("generate", "--accounts", "3", "--output", file.toString()));
		assertTrue(err.contains("exists and was left alone; add --force"), err);
		assertEquals("my own work", Files.readString(file));
		assertEquals(KamCommandLine.VALID, run("generate", "--accounts", "3", "--output", file.toString(), "--force"),
				out + err);
		assertTrue(Files.readString(file).contains("<accounts id=\"a3\""));
	}

	@Test
	void generateSaysWhatIsMissingOrWrong() {
		assertEquals(KamCommandLine.UNREADABLE, run("generate", "--output", folder.resolve("x.kam").toString()));
		assertTrue(err.contains("'generate' needs --accounts N"), err);
		assertEquals(KamCommandLine.UNREADABLE, run("generate", "--accounts", "5"));
		assertTrue(err.contains("'generate' needs --output FILE"), err);
		assertEquals(KamCommandLine.UNREADABLE, run("generate", "--accounts", "0", "--output", "x.kam"));
		assertTrue(err.contains("'0' is not a number of accounts"), err);
		assertEquals(KamCommandLine.UNREADABLE, run("generate", "--accounts", "5,6", "--output", "x.kam"));
		assertTrue(err.contains("'generate' makes one portfolio"), err);
		assertEquals(KamCommandLine.UNREADABLE, run("generate", "--accounts", "5", "--output", "x.kam", "--folder", "y"));
		assertTrue(err.contains("'--folder' does not apply to 'generate'"), err);
		assertEquals(KamCommandLine.UNREADABLE, run("validate", "x.kam", "--force"));
		assertTrue(err.contains("'--force' does not apply to 'validate'"), err);
		assertEquals(KamCommandLine.UNREADABLE, run("benchmark", "--accounts", "1000,many"));
		assertTrue(err.contains("'many' is not a number of accounts"), err);
		assertEquals(KamCommandLine.UNREADABLE, run("benchmark", "x.kam"));
		assertTrue(err.contains("'benchmark' takes no file argument"), err);
	}

	@Test
	void benchmarkRunsOnATinyPortfolioAndEndsWithEveryFigure() throws IOException {
		Path kept = folder.resolve("bench");
		// LibreOffice, where installed, takes seconds to start: its part is left out here, and said so
		System.setProperty("kam.soffice", "none");
		try {
			assertEquals(KamCommandLine.VALID,
					run("benchmark", "--accounts", "20", "--seed", "3", "--folder", kept.toString()), out + err);
		} finally {
			System.clearProperty("kam.soffice");
		}
		assertTrue(out.contains("Open / SAX") && out.contains("20 accounts"), out);
		String[] lines = out.strip().split("\n");
		String summary = lines[lines.length - 1];
		assertTrue(summary.startsWith("BENCH "), summary);
		for (String key : List.of("open_ms_20=", "load_ms_20=", "validate_ms_20=", "classify_ms_20=", "sax_ms_20=",
				"open_sax_ratio_20=", "save_ms_20=", "heap_bytes_per_object_20=", "heap_before_open_bytes_20=",
				"heap_after_close_bytes_20=", "heap_retained_after_close_bytes_20=", "objects_20=", "xlsx_bytes_20=",
				"xlsx_write_ms_20=", "libreoffice_open_ms_20=na", "libreoffice_ours_ratio_20=na", "libreoffice=missing")) {
			assertTrue(summary.contains(key), key + " in " + summary);
		}
		assertTrue(out.contains("the spreadsheet comparison is left out"), out);
		assertTrue(Files.isRegularFile(kept.resolve("benchmark-20.kam")), "--folder keeps the generated file");
		assertTrue(Files.size(kept.resolve("benchmark-20.xlsx")) > 0, "the workbook of the same portfolio is written");
	}

	@Test
	void helpNamesTheNewCommands() {
		assertEquals(KamCommandLine.VALID, run("help"));
		assertTrue(out.contains("generate --accounts N --output FILE") && out.contains("benchmark")
				&& out.contains("--force"), out);
	}
}
