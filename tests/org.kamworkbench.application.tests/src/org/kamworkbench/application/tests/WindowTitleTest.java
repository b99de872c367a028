package org.kamworkbench.application.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.kamworkbench.application.WindowTitle;

class WindowTitleTest {

	@Test
	void withoutAnEditorTheTitleIsTheProductName() {
		assertEquals("KAM Workbench", WindowTitle.of(null));
		assertEquals("KAM Workbench", WindowTitle.of("  "));
	}

	@Test
	void theEditedFileComesFirst() {
		assertEquals("Example/portfolio.kam - KAM Workbench", WindowTitle.of("Example/portfolio.kam"));
	}

	@Test
	void surroundingWhiteSpaceOfTheFileIsDropped() {
		assertEquals("a.kam - KAM Workbench", WindowTitle.of(" a.kam\n"));
	}
}
