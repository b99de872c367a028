package org.kamworkbench.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kamworkbench.tests.support.Translations;

class EditorsTranslationsTest {

	@Test
	void everyStringOfTheEditorsIsInDutchToo() throws Exception {
		assertEquals(List.of(), Translations.problems(ReportingLines.class));
	}
}
