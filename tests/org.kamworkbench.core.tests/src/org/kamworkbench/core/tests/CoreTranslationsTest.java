package org.kamworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.kamworkbench.core.selection.PortfolioMatrix;
import org.kamworkbench.tests.support.Translations;

/** The core's texts: complete in English and Dutch, and the chart's direction statement in Dutch. */
class CoreTranslationsTest {

	@Test
	void everyMessageOfTheCoreIsInDutchToo() throws Exception {
		assertEquals(List.of(), Translations.problems(PortfolioMatrix.class));
	}

	@Test
	void theDutchChartStatesTheStrengthDirectionInDutch() throws Exception {
		Properties dutch = new Properties();
		try (InputStream in = PortfolioMatrix.class.getResourceAsStream("messages_nl.properties")) { //$NON-NLS-1$
			dutch.load(in);
		}
		assertEquals("Relatieve sterkte: sterk links, zwak rechts", dutch.getProperty("Matrix_strengthHighOnLeft"));
		assertTrue(dutch.getProperty("Quadrant_streamline").equals("stroomlijnen"));
	}
}
