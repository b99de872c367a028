package org.kamworkbench.core.tests.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kamworkbench.core.tests.balance.BalanceFixture.preferencingSettings;
import static org.kamworkbench.core.tests.balance.BalanceFixture.settings;
import static org.kamworkbench.core.tests.balance.BalanceFixture.weSee;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kamworkbench.core.balance.PreferencingQuadrant;
import org.kamworkbench.core.balance.SupplierPreferencingClassifier;
import org.kamworkbench.core.tests.kraljic.KraljicFixture;
import org.kamworkbench.kam.ThresholdSide;

class SupplierPreferencingClassifierTest {

	private final SupplierPreferencingClassifier defaults = new SupplierPreferencingClassifier(settings());

	@ParameterizedTest(name = "value {0}, attractiveness {1}: {2}")
	@CsvSource({ "8, 8, CORE", "2, 8, DEVELOPMENT", "8, 2, EXPLOITABLE", "2, 2, NUISANCE" })
	void everyQuadrantOfSupplierPreferencing(double value, double attractiveness, PreferencingQuadrant expected) {
		assertEquals(Optional.of(expected), defaults.classify(weSee(KraljicFixture.account("Acme"), value, attractiveness)));
	}

	@ParameterizedTest(name = "({0}, {1}) with boundary side {2}: {3}")
	@CsvSource({
			// exactly on both thresholds (value 6, attractiveness 4)
			"6, 4, HIGH, CORE", "6, 4, LOW, NUISANCE",
			// exactly on the value threshold only
			"6, 9, HIGH, CORE", "6, 9, LOW, DEVELOPMENT",
			// exactly on the attractiveness threshold only
			"9, 4, HIGH, CORE", "9, 4, LOW, EXPLOITABLE" })
	void aPointOnAThresholdFallsOnTheConfiguredSide(double value, double attractiveness, ThresholdSide side,
			PreferencingQuadrant expected) {
		assertEquals(expected, new SupplierPreferencingClassifier(preferencingSettings(6, 4, side))
				.quadrant(value, attractiveness));
	}

	@Test
	void eachThresholdAppliesToItsOwnAxis() {
		// value threshold 3, attractiveness threshold 7: (5, 5) is valuable but unattractive
		SupplierPreferencingClassifier classifier = new SupplierPreferencingClassifier(
				preferencingSettings(3, 7, ThresholdSide.HIGH));
		assertEquals(PreferencingQuadrant.EXPLOITABLE, classifier.quadrant(5, 5));
		assertEquals(PreferencingQuadrant.CORE, defaults.quadrant(5, 5));
	}

	@Test
	void withoutPreferencingOurViewIsUnknown() {
		assertEquals(Optional.empty(), defaults.classify(KraljicFixture.account("Acme")));
	}

	@Test
	void eachQuadrantReadsInPlainWords() {
		assertEquals("an exploitable account", PreferencingQuadrant.EXPLOITABLE.asAccount());
		assertEquals("Development", PreferencingQuadrant.DEVELOPMENT.title());
		assertTrue(PreferencingQuadrant.NUISANCE.supplierBehaviour().contains("little attention"));
	}
}
