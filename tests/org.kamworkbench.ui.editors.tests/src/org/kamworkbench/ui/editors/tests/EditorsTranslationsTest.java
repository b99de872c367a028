package org.kamworkbench.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kamworkbench.tests.support.Translations;
import org.kamworkbench.ui.editors.PortfolioEditor;

class EditorsTranslationsTest {

	@Test
	void everyStringOfTheEditorsIsInDutchToo() throws Exception {
		assertEquals(List.of(), Translations.problems(PortfolioEditor.class));
	}
}
