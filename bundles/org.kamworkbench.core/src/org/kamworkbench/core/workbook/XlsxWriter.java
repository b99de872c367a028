package org.kamworkbench.core.workbook;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an Office Open XML workbook (.xlsx) one row at a time, so a workbook of any size takes little memory:
 * the sheets are written to the zip as they come, and the parts that list them (workbook, relationships, content
 * types) at the end. Texts are inline strings and numbers are numbers; there are no styles, formulas or shared
 * strings, which spreadsheet programs do not need to open a workbook.
 * <p>
 * Texts are escaped for XML, and characters that XML 1.0 cannot hold (most control characters) are written as
 * SpreadsheetML's {@code _xHHHH_} escape, which spreadsheet programs turn back into the character; an underscore
 * that would otherwise read as the start of such an escape is itself escaped ({@code _x005F_}).
 */
public final class XlsxWriter implements Closeable {

	/** The longest sheet name spreadsheet programs accept. */
	public static final int LONGEST_SHEET_NAME = 31;

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"; //$NON-NLS-1$
	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"; //$NON-NLS-1$
	private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"; //$NON-NLS-1$
	private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"; //$NON-NLS-1$

	private final ZipOutputStream zip;
	private final Writer text;
	private final List<String> sheets = new ArrayList<>();
	private boolean inSheet;
	private int rowNumber;

	public XlsxWriter(OutputStream out) {
		zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		// the parts are XML that compresses about tenfold; the fastest level keeps writing quick
		zip.setLevel(1);
		text = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
	}

	/**
	 * Starts a new sheet after the current one. The name is made acceptable to spreadsheet programs: characters
	 * they refuse ({@code []:*?/\}) become spaces, it is cut to {@value #LONGEST_SHEET_NAME} characters and made
	 * unique.
	 *
	 * @return the name the sheet got
	 */
	public String startSheet(String name) throws IOException {
		endSheet();
		String sheetName = uniqueName(name);
		sheets.add(sheetName);
		zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheets.size() + ".xml")); //$NON-NLS-1$ //$NON-NLS-2$
		text.write(DECLARATION);
		text.write("<worksheet xmlns=\"" + MAIN + "\"><sheetData>"); //$NON-NLS-1$ //$NON-NLS-2$
		inSheet = true;
		rowNumber = 0;
		return sheetName;
	}

	/**
	 * Appends a row to the current sheet. A {@link Number} is written as a number (except NaN and the
	 * infinities, written as text), a {@link Boolean} as a truth value, {@code null} as an empty cell and
	 * anything else as its text.
	 */
	public void row(List<?> cells) throws IOException {
		if (!inSheet) {
			throw new IllegalStateException("no sheet started"); //$NON-NLS-1$
		}
		rowNumber++;
		text.write("<row r=\""); //$NON-NLS-1$
		text.write(Integer.toString(rowNumber));
		text.write("\">"); //$NON-NLS-1$
		int column = 0;
		for (Object cell : cells) {
			column++;
			if (cell != null) {
				cell(columnName(column) + rowNumber, cell);
			}
		}
		text.write("</row>"); //$NON-NLS-1$
	}

	private void cell(String reference, Object value) throws IOException {
		text.write("<c r=\""); //$NON-NLS-1$
		text.write(reference);
		if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
			text.write("\"><v>"); //$NON-NLS-1$
			text.write(number.toString());
			text.write("</v></c>"); //$NON-NLS-1$
		} else if (value instanceof Boolean truth) {
			text.write("\" t=\"b\"><v>"); //$NON-NLS-1$
			text.write(truth.booleanValue() ? '1' : '0');
			text.write("</v></c>"); //$NON-NLS-1$
		} else {
			String string = value.toString();
			boolean keepSpace = !string.isEmpty()
					&& (Character.isWhitespace(string.charAt(0)) || Character.isWhitespace(string.charAt(string.length() - 1)));
			text.write(keepSpace ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" : "\" t=\"inlineStr\"><is><t>"); //$NON-NLS-1$ //$NON-NLS-2$
			writeEscaped(string);
			text.write("</t></is></c>"); //$NON-NLS-1$
		}
	}

	/** Finishes the workbook: the parts that list the sheets, then the zip. */
	@Override
	public void close() throws IOException {
		try {
			if (sheets.isEmpty()) {
				startSheet("Sheet1"); //$NON-NLS-1$
			}
			endSheet();
			part("[Content_Types].xml", contentTypes()); //$NON-NLS-1$
			part("_rels/.rels", "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>" //$NON-NLS-1$ //$NON-NLS-2$
					+ "</Relationships>"); //$NON-NLS-1$
			part("xl/workbook.xml", workbook()); //$NON-NLS-1$
			part("xl/_rels/workbook.xml.rels", workbookRelationships()); //$NON-NLS-1$
			text.flush();
			zip.finish();
		} finally {
			zip.close();
		}
	}

	private void endSheet() throws IOException {
		if (inSheet) {
			text.write("</sheetData></worksheet>"); //$NON-NLS-1$
			text.flush();
			zip.closeEntry();
			inSheet = false;
		}
	}

	private void part(String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		text.write(DECLARATION);
		text.write(xml);
		text.flush();
		zip.closeEntry();
	}

	private String contentTypes() {
		StringBuilder xml = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"); //$NON-NLS-1$
		xml.append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"); //$NON-NLS-1$
		xml.append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>"); //$NON-NLS-1$
		xml.append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"); //$NON-NLS-1$
		for (int i = 1; i <= sheets.size(); i++) {
			xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i) //$NON-NLS-1$
					.append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"); //$NON-NLS-1$
		}
		return xml.append("</Types>").toString(); //$NON-NLS-1$
	}

	private String workbook() {
		StringBuilder xml = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (int i = 1; i <= sheets.size(); i++) {
			xml.append("<sheet name=\"").append(escapedAttribute(sheets.get(i - 1))).append("\" sheetId=\"").append(i) //$NON-NLS-1$ //$NON-NLS-2$
					.append("\" r:id=\"rId").append(i).append("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return xml.append("</sheets></workbook>").toString(); //$NON-NLS-1$
	}

	private String workbookRelationships() {
		StringBuilder xml = new StringBuilder("<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 1; i <= sheets.size(); i++) {
			xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELATIONSHIPS) //$NON-NLS-1$ //$NON-NLS-2$
					.append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return xml.append("</Relationships>").toString(); //$NON-NLS-1$
	}

	private String uniqueName(String wanted) {
		String name = wanted == null || wanted.isBlank() ? "Sheet" : wanted.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		name = cut(name.isEmpty() ? "Sheet" : name, LONGEST_SHEET_NAME); //$NON-NLS-1$
		Set<String> taken = new LinkedHashSet<>();
		sheets.forEach(sheet -> taken.add(sheet.toLowerCase(java.util.Locale.ROOT)));
		String candidate = name;
		for (int n = 2; taken.contains(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
			String suffix = " (" + n + ")"; //$NON-NLS-1$ //$NON-NLS-2$
			candidate = cut(name, LONGEST_SHEET_NAME - suffix.length()) + suffix;
		}
		return candidate;
	}

	private static String cut(String name, int length) {
		return name.length() <= length ? name : name.substring(0, length);
	}

	/** The column's letters: 1 is A, 26 is Z, 27 is AA. */
	static String columnName(int column) {
		StringBuilder name = new StringBuilder();
		for (int rest = column; rest > 0; rest = (rest - 1) / 26) {
			name.insert(0, (char) ('A' + (rest - 1) % 26));
		}
		return name.toString();
	}

	private void writeEscaped(String string) throws IOException {
		int length = string.length();
		for (int i = 0; i < length; i++) {
			char c = string.charAt(i);
			switch (c) {
			case '&' -> text.write("&amp;"); //$NON-NLS-1$
			case '<' -> text.write("&lt;"); //$NON-NLS-1$
			case '>' -> text.write("&gt;"); //$NON-NLS-1$
			case '_' -> text.write(startsEscape(string, i) ? "_x005F_" : "_"); //$NON-NLS-1$ //$NON-NLS-2$
			default -> {
				if (isXmlCharacter(string, i)) {
					text.write(c);
				} else {
					text.write(String.format("_x%04X_", Integer.valueOf(c))); //$NON-NLS-1$
				}
			}
			}
		}
	}

	private static String escapedAttribute(String value) {
		return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	/** Whether {@code _xHHHH_} starts at {@code i}, which a reader would take for an escaped character. */
	private static boolean startsEscape(String string, int i) {
		if (i + 7 > string.length() || string.charAt(i + 1) != 'x' || string.charAt(i + 6) != '_') {
			return false;
		}
		for (int h = i + 2; h < i + 6; h++) {
			if (Character.digit(string.charAt(h), 16) < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the character at {@code i} may stand in XML 1.0 as it is. A carriage return may, but a parser
	 * turns it into a line feed, so it is escaped too; a surrogate only as half of a pair.
	 */
	private static boolean isXmlCharacter(String string, int i) {
		char c = string.charAt(i);
		if (c < 0x20) {
			return c == '\t' || c == '\n';
		}
		if (Character.isHighSurrogate(c)) {
			return i + 1 < string.length() && Character.isLowSurrogate(string.charAt(i + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return i > 0 && Character.isHighSurrogate(string.charAt(i - 1));
		}
		return c != 0xFFFE && c != 0xFFFF;
	}
}
