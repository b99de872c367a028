package org.kamworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kamworkbench.kam.resource.PortfolioFiles;
import org.kamworkbench.tests.support.Translations;

class ModelTranslationsTest {

	@Test
	void everyMessageOfTheModelIsInDutchToo() throws Exception {
		assertEquals(List.of(), Translations.problems(PortfolioFiles.class));
	}
}
