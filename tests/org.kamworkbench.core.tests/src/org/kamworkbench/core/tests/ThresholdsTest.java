package org.kamworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kamworkbench.core.Thresholds;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.ThresholdSide;

class ThresholdsTest {

	@Test
	void aPointOnTheThresholdFallsOnTheChosenSide() {
		assertTrue(Thresholds.isHigh(5.0, 5.0, ThresholdSide.HIGH));
		assertFalse(Thresholds.isHigh(5.0, 5.0, ThresholdSide.LOW));
	}

	@Test
	void pointsOffTheThresholdIgnoreTheBoundarySide() {
		for (ThresholdSide side : ThresholdSide.values()) {
			assertTrue(Thresholds.isHigh(5.0001, 5.0, side));
			assertFalse(Thresholds.isHigh(4.9999, 5.0, side));
		}
	}

	@Test
	void aPortfolioWithoutSettingsGetsTheDefaults() {
		Portfolio portfolio = KamFactory.eINSTANCE.createPortfolio();
		AnalysisSettings defaults = Thresholds.of(portfolio);
		assertEquals(5.0, defaults.getAttractivenessThreshold());
		assertEquals(ThresholdSide.HIGH, defaults.getBoundarySide());
		assertEquals(180, defaults.getStalenessDays());
	}

	@Test
	void aPortfolioWithSettingsGetsItsOwn() {
		Portfolio portfolio = KamFactory.eINSTANCE.createPortfolio();
		AnalysisSettings own = KamFactory.eINSTANCE.createAnalysisSettings();
		own.setAttractivenessThreshold(6.5);
		portfolio.setSettings(own);
		assertSame(own, Thresholds.of(portfolio));
	}
}
