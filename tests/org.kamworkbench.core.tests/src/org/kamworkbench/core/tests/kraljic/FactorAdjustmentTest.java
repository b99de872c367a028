package org.kamworkbench.core.tests.kraljic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kamworkbench.core.kraljic.FactorAdjustment;
import org.kamworkbench.core.kraljic.KraljicClassifier;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KraljicDimension;
import org.kamworkbench.kam.KraljicFactorScore;
import org.kamworkbench.kam.PurchaseCategory;

class FactorAdjustmentTest {

	private static PurchaseCategory category(double[][] weightsAndValues) {
		PurchaseCategory category = KamFactory.eINSTANCE.createPurchaseCategory();
		for (double[] factor : weightsAndValues) {
			KraljicFactorScore score = KamFactory.eINSTANCE.createKraljicFactorScore();
			score.setDimension(KraljicDimension.PROFIT_IMPACT);
			score.setWeight(factor[0]);
			score.setValue(factor[1]);
			category.getFactorScores().add(score);
		}
		KraljicFactorScore other = KamFactory.eINSTANCE.createKraljicFactorScore();
		other.setDimension(KraljicDimension.SUPPLY_RISK);
		other.setWeight(1);
		other.setValue(3);
		category.getFactorScores().add(other);
		return category;
	}

	private static double scoreAfter(PurchaseCategory category, Map<KraljicFactorScore, Double> values) {
		values.forEach(KraljicFactorScore::setValue);
		return KraljicClassifier.score(category, KraljicDimension.PROFIT_IMPACT).getAsDouble();
	}

	@Test
	void theFactorsShiftTogetherAndKeepTheirDifferences() {
		PurchaseCategory category = category(new double[][] { { 40, 4 }, { 30, 5 }, { 30, 6 } });
		Map<KraljicFactorScore, Double> values = FactorAdjustment.toReach(category, KraljicDimension.PROFIT_IMPACT, 7);
		assertEquals(List.of(6.1, 7.1, 8.1), values.values().stream().map(v -> Math.round(v * 10) / 10.0).toList());
		assertEquals(7, scoreAfter(category, values), 1e-9);
	}

	@Test
	void theTargetIsReachedWhenAFactorHitsTheEndOfTheScale() {
		PurchaseCategory category = category(new double[][] { { 50, 9 }, { 50, 3 } });
		Map<KraljicFactorScore, Double> values = FactorAdjustment.toReach(category, KraljicDimension.PROFIT_IMPACT, 9);
		assertEquals(10, values.values().iterator().next(), 1e-9);
		assertEquals(9, scoreAfter(category, values), 1e-9);
	}

	@Test
	void aTargetOutsideTheScaleIsTakenAtItsEnd() {
		PurchaseCategory category = category(new double[][] { { 1, 2 }, { 1, 4 } });
		Map<KraljicFactorScore, Double> values = FactorAdjustment.toReach(category, KraljicDimension.PROFIT_IMPACT, 14);
		assertEquals(10, scoreAfter(category, values), 1e-9);
		assertTrue(values.values().stream().allMatch(v -> v <= 10));
	}

	@Test
	void factorsWithoutWeightsCountEquallyAsInTheClassifier() {
		PurchaseCategory category = category(new double[][] { { 0, 2 }, { 0, 6 } });
		Map<KraljicFactorScore, Double> values = FactorAdjustment.toReach(category, KraljicDimension.PROFIT_IMPACT, 5);
		assertEquals(5, scoreAfter(category, values), 1e-9);
	}

	@Test
	void theOtherDimensionIsLeftAlone() {
		PurchaseCategory category = category(new double[][] { { 1, 2 } });
		Map<KraljicFactorScore, Double> values = FactorAdjustment.toReach(category, KraljicDimension.PROFIT_IMPACT, 8);
		assertEquals(1, values.size());
		assertEquals(3, KraljicClassifier.score(category, KraljicDimension.SUPPLY_RISK).getAsDouble(), 1e-9);
	}

	@Test
	void aDimensionWithoutFactorsGivesNothingToChange() {
		PurchaseCategory category = category(new double[][] {});
		assertTrue(FactorAdjustment.toReach(category, KraljicDimension.PROFIT_IMPACT, 8).isEmpty());
	}
}
