package org.kamworkbench.core.tests.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads back a workbook as a spreadsheet program does, through the package's own parts: the content types
 * and relationships lead to the workbook, which lists the sheets; every part must be well-formed XML. A cell's
 * text is decoded, {@code _xHHHH_} escapes included.
 */
final class WorkbookReader {

	private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

	private WorkbookReader() {
	}

	/** The sheets by name, in the workbook's order; each a list of rows of cell texts (null for an empty cell). */
	static Map<String, List<List<String>>> read(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Document types = parse(zip, "[Content_Types].xml");
			assertTrue(overrides(types).contains("/xl/workbook.xml"), "no workbook in the content types");
			Document packageRelationships = parse(zip, "_rels/.rels");
			assertEquals("xl/workbook.xml", target(packageRelationships, "rId1"));
			Document workbook = parse(zip, "xl/workbook.xml");
			Document relationships = parse(zip, "xl/_rels/workbook.xml.rels");
			Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
			NodeList listed = workbook.getElementsByTagNameNS("*", "sheet");
			for (int i = 0; i < listed.getLength(); i++) {
				Element sheet = (Element) listed.item(i);
				String part = "xl/" + target(relationships, sheet.getAttributeNS(
						"http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"));
				assertTrue(overrides(types).contains("/" + part), "no content type for " + part);
				sheets.put(sheet.getAttribute("name"), rows(parse(zip, part)));
			}
			return sheets;
		}
	}

	private static List<List<String>> rows(Document sheet) {
		List<List<String>> rows = new ArrayList<>();
		NodeList rowElements = sheet.getElementsByTagNameNS("*", "row");
		for (int r = 0; r < rowElements.getLength(); r++) {
			Element row = (Element) rowElements.item(r);
			assertEquals(String.valueOf(r + 1), row.getAttribute("r"), "rows out of order");
			List<String> cells = new ArrayList<>();
			NodeList cellElements = row.getElementsByTagNameNS("*", "c");
			for (int c = 0; c < cellElements.getLength(); c++) {
				Element cell = (Element) cellElements.item(c);
				int column = column(cell.getAttribute("r"));
				while (cells.size() < column - 1) {
					cells.add(null);
				}
				cells.add(text(cell));
			}
			rows.add(cells);
		}
		return rows;
	}

	private static String text(Element cell) {
		if ("inlineStr".equals(cell.getAttribute("t"))) {
			NodeList texts = cell.getElementsByTagNameNS("*", "t");
			assertEquals(1, texts.getLength(), "an inline string without one text");
			return unescape(texts.item(0).getTextContent());
		}
		return cell.getElementsByTagNameNS("*", "v").item(0).getTextContent();
	}

	static String unescape(String text) {
		Matcher escape = ESCAPE.matcher(text);
		StringBuilder decoded = new StringBuilder();
		while (escape.find()) {
			escape.appendReplacement(decoded,
					Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
		}
		return escape.appendTail(decoded).toString();
	}

	/** A reference such as {@code AB12} gives 28. */
	private static int column(String reference) {
		int column = 0;
		for (char c : reference.toCharArray()) {
			if (Character.isLetter(c)) {
				column = column * 26 + (c - 'A' + 1);
			}
		}
		return column;
	}

	private static List<String> overrides(Document types) {
		List<String> names = new ArrayList<>();
		NodeList overrides = types.getElementsByTagNameNS("*", "Override");
		for (int i = 0; i < overrides.getLength(); i++) {
			names.add(((Element) overrides.item(i)).getAttribute("PartName"));
		}
		return names;
	}

	private static String target(Document relationships, String id) {
		NodeList all = relationships.getElementsByTagNameNS("*", "Relationship");
		for (int i = 0; i < all.getLength(); i++) {
			Element relationship = (Element) all.item(i);
			if (id.equals(relationship.getAttribute("Id"))) {
				return relationship.getAttribute("Target");
			}
		}
		throw new AssertionError("no relationship " + id);
	}

	private static Document parse(ZipFile zip, String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		assertNotNull(entry, "the workbook has no part " + name);
		try (InputStream in = zip.getInputStream(entry)) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			DocumentBuilder builder = factory.newDocumentBuilder();
			return builder.parse(in);
		} catch (ParserConfigurationException | SAXException e) {
			throw new AssertionError("part " + name + " is not well-formed XML: " + e.getMessage(), e);
		}
	}
}
