package org.kamworkbench.core.tests.kraljic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kamworkbench.core.tests.kraljic.KraljicFixture.account;
import static org.kamworkbench.core.tests.kraljic.KraljicFixture.category;
import static org.kamworkbench.core.tests.kraljic.KraljicFixture.factor;
import static org.kamworkbench.core.tests.kraljic.KraljicFixture.placed;
import static org.kamworkbench.core.tests.kraljic.KraljicFixture.settings;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kamworkbench.core.kraljic.KraljicClassifier;
import org.kamworkbench.core.kraljic.KraljicClassifier.Placement;
import org.kamworkbench.core.kraljic.KraljicQuadrant;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.KraljicDimension;
import org.kamworkbench.kam.PurchaseCategory;
import org.kamworkbench.kam.ThresholdSide;

class KraljicClassifierTest {

	private final KraljicClassifier defaults = new KraljicClassifier(settings());

	@ParameterizedTest(name = "profit impact {0}, supply risk {1}: {2}")
	@CsvSource({ "8, 8, STRATEGIC", "8, 2, LEVERAGE", "2, 8, BOTTLENECK", "2, 2, NON_CRITICAL" })
	void everyQuadrantOfTheCustomersPortfolio(double impact, double risk, KraljicQuadrant expected) {
		Account account = account("Acme");
		PurchaseCategory category = placed(account, "Packaging", 1000, impact, risk);
		Placement placement = defaults.classify(category);
		assertEquals(Optional.of(expected), placement.quadrant());
		assertEquals(impact, placement.profitImpact().getAsDouble());
		assertEquals(risk, placement.supplyRisk().getAsDouble());
	}

	@ParameterizedTest(name = "({0}, {1}) with boundary side {2}: {3}")
	@CsvSource({
			// exactly on both thresholds (profit impact 6, supply risk 4)
			"6, 4, HIGH, STRATEGIC", "6, 4, LOW, NON_CRITICAL",
			// exactly on the profit-impact threshold only
			"6, 9, HIGH, STRATEGIC", "6, 9, LOW, BOTTLENECK",
			// exactly on the supply-risk threshold only
			"9, 4, HIGH, STRATEGIC", "9, 4, LOW, LEVERAGE" })
	void aPointOnAThresholdFallsOnTheConfiguredSide(double impact, double risk, ThresholdSide side,
			KraljicQuadrant expected) {
		KraljicClassifier classifier = new KraljicClassifier(settings(6, 4, side));
		assertEquals(expected, classifier.quadrant(impact, risk));
	}

	@Test
	void eachThresholdAppliesToItsOwnDimension() {
		// impact threshold 3, risk threshold 7: (5, 5) is high impact, low risk
		KraljicClassifier classifier = new KraljicClassifier(settings(3, 7, ThresholdSide.HIGH));
		assertEquals(KraljicQuadrant.LEVERAGE, classifier.quadrant(5, 5));
		assertEquals(KraljicQuadrant.STRATEGIC, defaults.quadrant(5, 5));
	}

	@Test
	void aDimensionIsTheWeightedAverageOfItsFactors() {
		PurchaseCategory category = category(account("Acme"), "Resin", 0);
		factor(category, KraljicDimension.PROFIT_IMPACT, 30, 9); // weights 30 and 10 normalise to 0.75 and 0.25
		factor(category, KraljicDimension.PROFIT_IMPACT, 10, 1);
		factor(category, KraljicDimension.SUPPLY_RISK, 1, 2);
		factor(category, KraljicDimension.SUPPLY_RISK, 3, 6);
		Placement placement = defaults.classify(category);
		assertEquals(7.0, placement.profitImpact().getAsDouble(), 1e-9);
		assertEquals(5.0, placement.supplyRisk().getAsDouble(), 1e-9);
		assertEquals(Optional.of(KraljicQuadrant.STRATEGIC), placement.quadrant());
	}

	@Test
	void factorsWithoutWeightsCountEqually() {
		PurchaseCategory category = category(account("Acme"), "Resin", 0);
		factor(category, KraljicDimension.SUPPLY_RISK, 0, 2);
		factor(category, KraljicDimension.SUPPLY_RISK, 0, 6);
		assertEquals(4.0, KraljicClassifier.score(category, KraljicDimension.SUPPLY_RISK).getAsDouble(), 1e-9);
	}

	@Test
	void aNegativeWeightCountsAsZero() {
		PurchaseCategory category = category(account("Acme"), "Resin", 0);
		factor(category, KraljicDimension.PROFIT_IMPACT, 1, 8);
		factor(category, KraljicDimension.PROFIT_IMPACT, -5, 0);
		assertEquals(8.0, KraljicClassifier.score(category, KraljicDimension.PROFIT_IMPACT).getAsDouble(), 1e-9);
	}

	@Test
	void aDimensionWithoutFactorScoresIsUnknownAndTheCategoryIsNotPlaced() {
		Account account = account("Acme");
		PurchaseCategory noRisk = category(account, "Resin", 0);
		factor(noRisk, KraljicDimension.PROFIT_IMPACT, 1, 9);
		PurchaseCategory noImpact = category(account, "Pallets", 0);
		factor(noImpact, KraljicDimension.SUPPLY_RISK, 1, 9);
		PurchaseCategory nothing = category(account, "Stationery", 0);

		Placement withoutRisk = defaults.classify(noRisk);
		assertFalse(withoutRisk.isPlaced());
		assertEquals(9.0, withoutRisk.profitImpact().getAsDouble());
		assertTrue(withoutRisk.supplyRisk().isEmpty());
		assertEquals(List.of(KraljicDimension.SUPPLY_RISK), withoutRisk.missingDimensions());
		assertEquals("'Resin' cannot be placed: it has no factor scores for supply risk.", withoutRisk.explanation());

		Placement withoutImpact = defaults.classify(noImpact);
		assertEquals(List.of(KraljicDimension.PROFIT_IMPACT), withoutImpact.missingDimensions());
		assertTrue(withoutImpact.explanation().contains("no factor scores for profit impact"),
				withoutImpact.explanation());

		Placement withoutAny = defaults.classify(nothing);
		assertEquals(List.of(KraljicDimension.PROFIT_IMPACT, KraljicDimension.SUPPLY_RISK),
				withoutAny.missingDimensions());
		assertTrue(withoutAny.quadrant().isEmpty());
	}

	@Test
	void theAccountsCategoriesArePlacedInOrder() {
		Account account = account("Acme");
		placed(account, "Packaging", 0, 8, 2);
		placed(account, "Engineering", 0, 8, 8);
		List<Placement> placements = defaults.classify(account);
		assertEquals(List.of("Packaging", "Engineering"),
				placements.stream().map(placement -> placement.category().getName()).toList());
		assertEquals(List.of(Optional.of(KraljicQuadrant.LEVERAGE), Optional.of(KraljicQuadrant.STRATEGIC)),
				placements.stream().map(Placement::quadrant).toList());
	}

	@Test
	void anAccountWithoutAssessmentHasNoPlacements() {
		assertEquals(List.of(), defaults.classify(account("Acme")));
	}

	@Test
	void eachQuadrantSaysWhatTheCustomerDoes() {
		assertTrue(KraljicQuadrant.STRATEGIC.customerBehaviour().contains("partnership"));
		assertTrue(KraljicQuadrant.LEVERAGE.customerBehaviour().contains("buying power"));
		assertTrue(KraljicQuadrant.BOTTLENECK.customerBehaviour().contains("secures its supply"));
		assertTrue(KraljicQuadrant.BOTTLENECK.customerBehaviour().contains("alternatives"));
		assertTrue(KraljicQuadrant.NON_CRITICAL.customerBehaviour().contains("efficiency"));
		assertEquals("Leverage items", KraljicQuadrant.LEVERAGE.title());
		assertEquals("a non-critical item", KraljicQuadrant.NON_CRITICAL.asItem());
	}

	@Test
	void aPlacedCategoryIsExplainedInPlainWords() {
		PurchaseCategory category = placed(account("Acme"), "Packaging", 0, 8, 2);
		assertEquals("'Packaging' is a leverage item for the customer (profit impact 8, supply risk 2 of 10)."
				+ " The customer uses its buying power.", defaults.classify(category).explanation());
	}
}
