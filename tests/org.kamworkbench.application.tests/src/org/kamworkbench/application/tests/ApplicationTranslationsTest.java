package org.kamworkbench.application.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kamworkbench.application.WindowTitle;
import org.kamworkbench.tests.support.Translations;

class ApplicationTranslationsTest {

	@Test
	void everyStringOfTheApplicationIsInDutchToo() throws Exception {
		assertEquals(List.of(), Translations.problems(WindowTitle.class));
	}
}
