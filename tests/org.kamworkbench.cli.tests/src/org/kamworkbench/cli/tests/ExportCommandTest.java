package org.kamworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.cli.KamCommandLine;
import org.kamworkbench.examples.ExamplePortfolio;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** {@code export}: finds the installed exporter of the format, writes where asked, and never overwrites unasked. */
class ExportCommandTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

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
		Printed printed = Printed.run(TODAY, args);
		out = printed.out();
		err = printed.err();
		return printed.code();
	}

	@Test
	void anAccountPlanAsPdf() throws IOException {
		Path pdf = folder.resolve("board/brouwer.pdf");
		assertEquals(0, run("export", example.toString(), "--format", "pdf", "--account", "Brouwer Foods Group",
				"--as-of", "2026-11-26", "-o", pdf.toString()), out + err);
		assertTrue(out.contains("Wrote " + pdf + ": the plan of Brouwer Foods Group (Account plan as PDF)."), out);
		try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
			String first = new PdfTextExtractor(reader).getTextFromPage(1);
			assertTrue(first.contains("Account plan Brouwer Foods Group"), first);
			assertTrue(first.contains("as of Nov 26, 2026"), first);
		}
		try (var files = Files.list(pdf.getParent())) {
			assertEquals(List.of(pdf), files.toList(), "no partial file is left behind");
		}
	}

	@Test
	void withoutOutputTheFileIsNamedAfterPortfolioAndAccount() throws IOException {
		assertEquals(0, run("export", example.toString(), "--format", "PPTX", "--account", "brouwer foods group"),
				out + err);
		Path pptx = folder.resolve("delta-koeltechniek-brouwer-foods-group.pptx");
		byte[] bytes = Files.readAllBytes(pptx);
		assertArrayEquals(new byte[] { 'P', 'K' }, new byte[] { bytes[0], bytes[1] }, "a PowerPoint file is a zip");
	}

	@Test
	void anExistingFileIsReplacedOnlyWithForce() throws IOException {
		Path target = folder.resolve("plan.pdf");
		Files.writeString(target, "the board's notes");
		assertEquals(2, run("export", example.toString(), "--format", "pdf", "--account", "Nordfrisch AG", "-o",
				target.toString()));
		assertTrue(err.contains("exists and was left alone; add --force"), err);
		assertEquals("the board's notes", Files.readString(target));
		assertEquals(0, run("export", example.toString(), "--format", "pdf", "--account", "Nordfrisch AG", "-o",
				target.toString(), "--force"), out + err);
		assertTrue(Files.readString(target, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
	}

	@Test
	void anAccountFormatWithoutAccountNamesTheAccounts() {
		assertEquals(2, run("export", example.toString(), "--format", "pdf"));
		assertTrue(err.contains("'pdf' writes one account's plan: add --account NAME, one of: 'Brouwer Foods Group', "
				+ "'Nordfrisch AG'"), err);
	}

	@Test
	void anUnknownFormatListsTheInstalledOnes() {
		assertEquals(2, run("export", example.toString(), "--format", "xlsx", "--account", "Nordfrisch AG"));
		assertTrue(err.contains("No exporter for the format 'xlsx' is installed; installed: "), err);
		assertTrue(err.contains("pdf (one account: --account NAME)"), err);
		assertTrue(err.contains("pptx (one account: --account NAME)"), err);
		assertEquals(2, run("export", example.toString()));
		assertTrue(err.contains("'export' needs --format; installed: "), err);
	}

	@Test
	void anUnknownAccountListsTheAccounts() {
		assertEquals(2, run("export", example.toString(), "--format", "pdf", "--account", "Brouwer"));
		assertTrue(err.contains("There is no account 'Brouwer' in "), err);
		assertTrue(err.contains("'Scandi Seafood AS'"), err);
		assertFalse(Files.exists(folder.resolve("delta-koeltechniek-brouwer.pdf")));
	}

	@Test
	void badArgumentsAreNamedAndTheHelpShowsExport() {
		assertEquals(2, run("export", example.toString(), "--format", "pdf", "--as-of", "26-11-2026"));
		assertTrue(err.contains("'26-11-2026' is not a date"), err);
		assertEquals(2, run("export", "--format", "pdf"));
		assertTrue(err.contains("'export' needs the portfolio file"), err);
		assertEquals(0, run("help"));
		assertTrue(out.contains("export FILE --format FORMAT [--account NAME]"), out);
	}
}
