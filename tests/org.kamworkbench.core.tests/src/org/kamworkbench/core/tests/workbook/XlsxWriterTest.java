package org.kamworkbench.core.tests.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.core.workbook.XlsxWriter;

/** The workbook writer: sheets, rows and cells a spreadsheet program reads back exactly as they were given. */
class XlsxWriterTest {

	@TempDir
	Path folder;

	private Map<String, List<List<String>>> written(Writing writing) throws IOException {
		Path file = folder.resolve("test.xlsx");
		try (XlsxWriter workbook = new XlsxWriter(Files.newOutputStream(file))) {
			writing.to(workbook);
		}
		return WorkbookReader.read(file);
	}

	private interface Writing {
		void to(XlsxWriter workbook) throws IOException;
	}

	@Test
	void sheetsComeInTheOrderWrittenWithTheirRows() throws IOException {
		Map<String, List<List<String>>> sheets = written(workbook -> {
			workbook.startSheet("Account");
			workbook.row(List.of("id", "name"));
			for (int i = 0; i < 30; i++) {
				workbook.row(List.of("a-" + i, "Account " + i));
			}
			workbook.startSheet("Contact");
			workbook.row(List.of("id"));
		});
		assertEquals(List.of("Account", "Contact"), List.copyOf(sheets.keySet()));
		assertEquals(31, sheets.get("Account").size());
		assertEquals(List.of("id", "name"), sheets.get("Account").get(0));
		assertEquals(List.of("a-29", "Account 29"), sheets.get("Account").get(30));
		assertEquals(List.of(List.of("id")), sheets.get("Contact"));
	}

	@Test
	void markupAndControlCharactersComeBackAsTheyWere() throws IOException {
		String markup = "Brouwer & Zonen <B.V.> \"quoted\" 'single'";
		String control = "bell\u0007 null\u0000 escape\u001b cr\r tab\t line\nend \uffff";
		String lookalike = "_x0041_ is not an A; _x00 is plain";
		String emoji = "cold \u2744\uFE0F \uD83E\uDDCA";
		String space = "  padded  ";
		Map<String, List<List<String>>> sheets = written(workbook -> {
			workbook.startSheet("Texts");
			workbook.row(List.of(markup, control, lookalike, emoji, space));
		});
		assertEquals(List.of(markup, control, lookalike, emoji, space), sheets.get("Texts").get(0));
	}

	@Test
	void numbersAreNumbersAndEmptyCellsKeepTheirPlace() throws IOException {
		Path file = folder.resolve("numbers.xlsx");
		try (XlsxWriter workbook = new XlsxWriter(Files.newOutputStream(file))) {
			workbook.startSheet("Figures");
			workbook.row(Arrays.asList(12, null, 2.5, Boolean.TRUE, Double.NaN));
		}
		String sheet = WorkbookPart.text(file, "xl/worksheets/sheet1.xml");
		assertTrue(sheet.contains("<c r=\"A1\"><v>12</v></c><c r=\"C1\"><v>2.5</v></c>"), sheet);
		assertTrue(sheet.contains("<c r=\"D1\" t=\"b\"><v>1</v></c>"), sheet);
		assertEquals(List.of("12", "", "2.5", "1", "NaN").toString(),
				WorkbookReader.read(file).get("Figures").get(0).stream().map(c -> c == null ? "" : c).toList().toString());
	}

	@Test
	void columnsBeyondZContinueWithTwoLetters() throws IOException {
		List<Object> wide = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			wide.add("c" + i);
		}
		Path file = folder.resolve("wide.xlsx");
		try (XlsxWriter workbook = new XlsxWriter(Files.newOutputStream(file))) {
			workbook.startSheet("Wide");
			workbook.row(wide);
		}
		String sheet = WorkbookPart.text(file, "xl/worksheets/sheet1.xml");
		assertTrue(sheet.contains("<c r=\"Z1\" t=\"inlineStr\"><is><t>c26</t>"), sheet);
		assertTrue(sheet.contains("<c r=\"AD1\" t=\"inlineStr\"><is><t>c30</t>"), sheet);
		assertEquals(wide, WorkbookReader.read(file).get("Wide").get(0));
	}

	@Test
	void sheetNamesAreMadeAcceptableAndUnique() throws IOException {
		Map<String, List<List<String>>> sheets = written(workbook -> {
			workbook.startSheet("Plan: 2026/2027 [draft]?");
			workbook.startSheet("A name that is far longer than thirty-one characters");
			workbook.startSheet("account");
			workbook.startSheet("Account");
		});
		assertEquals(List.of("Plan  2026 2027  draft", "A name that is far longer than ", "account", "Account (2)"),
				List.copyOf(sheets.keySet()));
	}

	@Test
	void anEmptyWorkbookStillHasOneSheet() throws IOException {
		assertEquals(1, written(workbook -> { }).size());
	}

	@Test
	void aRowNeedsASheet() throws IOException {
		try (XlsxWriter workbook = new XlsxWriter(Files.newOutputStream(folder.resolve("none.xlsx")))) {
			assertThrows(IllegalStateException.class, () -> workbook.row(List.of("x")));
		}
	}
}
