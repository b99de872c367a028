package org.kamworkbench.core.tests.workbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/** One part of a workbook as the text it was written as. */
final class WorkbookPart {

	private WorkbookPart() {
	}

	static String text(Path file, String part) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return new String(zip.getInputStream(zip.getEntry(part)).readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
