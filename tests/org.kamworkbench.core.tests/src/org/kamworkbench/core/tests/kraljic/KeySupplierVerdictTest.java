package org.kamworkbench.core.tests.kraljic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kamworkbench.core.tests.kraljic.KraljicFixture.account;
import static org.kamworkbench.core.tests.kraljic.KraljicFixture.category;
import static org.kamworkbench.core.tests.kraljic.KraljicFixture.factor;
import static org.kamworkbench.core.tests.kraljic.KraljicFixture.offering;
import static org.kamworkbench.core.tests.kraljic.KraljicFixture.placed;
import static org.kamworkbench.core.tests.kraljic.KraljicFixture.settings;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kamworkbench.core.kraljic.KeySupplierVerdict;
import org.kamworkbench.core.kraljic.KeySupplierVerdict.Outcome;
import org.kamworkbench.core.kraljic.KraljicClassifier.Placement;
import org.kamworkbench.core.kraljic.KraljicQuadrant;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.KraljicDimension;
import org.kamworkbench.kam.Offering;
import org.kamworkbench.kam.PurchaseCategory;
import org.kamworkbench.kam.ThresholdSide;

class KeySupplierVerdictTest {

	private static List<String> names(List<Placement> placements) {
		return placements.stream().map(placement -> placement.category().getName()).toList();
	}

	@Test
	void withoutAssessmentTheVerdictIsUnknown() {
		KeySupplierVerdict verdict = KeySupplierVerdict.judge(account("Acme"), settings());
		assertEquals(Outcome.UNKNOWN, verdict.outcome());
		assertTrue(verdict.reasons().get(0).contains("no Kraljic assessment"), verdict.reasons().toString());
	}

	@Test
	void categoriesThatDoNotConcernOurOfferingsDoNotCount() {
		Account account = account("Acme");
		placed(account, "Engineering", 1_000_000, 9, 9); // strategic, but not our business
		KeySupplierVerdict verdict = KeySupplierVerdict.judge(account, settings());
		assertEquals(Outcome.UNKNOWN, verdict.outcome());
		assertEquals(List.of(), verdict.ourCategories());
		assertTrue(verdict.reasons().get(0).contains("none of the purchase categories"), verdict.reasons().toString());
	}

	@Test
	void aStrategicCategoryOfOursMakesUsAPossibleKeySupplier() {
		Account account = account("Acme");
		Offering engineering = offering(account, "Process engineering");
		placed(account, "Engineering services", 400_000, 8, 7, engineering);
		placed(account, "Stationery", 10_000, 1, 1); // not ours
		KeySupplierVerdict verdict = KeySupplierVerdict.judge(account, settings());
		assertEquals(Outcome.KEY_SUPPLIER_POSSIBLE, verdict.outcome());
		assertEquals(List.of("Engineering services"), names(verdict.decidingCategories()));
		assertEquals(1.0, verdict.strategicSpendShare().getAsDouble());
		assertTrue(verdict.reasons().contains("The customer treats our offering 'Process engineering' as a strategic"
				+ " item (category 'Engineering services'): it seeks partnership, so a key relationship is possible."),
				verdict.reasons().toString());
	}

	@ParameterizedTest(name = "({0}, {1}) is {2}")
	@CsvSource(delimiter = '|', value = {
			"8 | 2 | LEVERAGE | as a leverage item (category 'Logistics'): expect price pressure, not partnership.",
			"2 | 8 | BOTTLENECK | as a bottleneck item (category 'Logistics'): it secures supply and looks for alternatives",
			"2 | 2 | NON_CRITICAL | as a non-critical item (category 'Logistics'): it seeks efficiency" })
	void inAnyOtherQuadrantWeCannotBeAKeySupplier(double impact, double risk, KraljicQuadrant quadrant,
			String sentence) {
		Account account = account("Acme");
		placed(account, "Logistics", 500_000, impact, risk, offering(account, "Cold-chain logistics"));
		KeySupplierVerdict verdict = KeySupplierVerdict.judge(account, settings());
		assertEquals(Outcome.NOT_KEY_SUPPLIER, verdict.outcome());
		assertEquals(Optional.of(quadrant), verdict.mainQuadrant());
		assertEquals(0.0, verdict.strategicSpendShare().getAsDouble());
		assertTrue(verdict.reasons().get(0).contains("will not want a key relationship"), verdict.reasons().toString());
		assertTrue(verdict.reasons().get(1).startsWith("The customer treats our offering 'Cold-chain logistics' "),
				verdict.reasons().get(1));
		assertTrue(verdict.reasons().get(1).contains(sentence), verdict.reasons().get(1));
	}

	@Test
	void theLeverageVerdictReadsAsPlainWords() {
		Account account = account("Acme");
		placed(account, "Logistics", 500_000, 8, 2, offering(account, "Cold-chain logistics"));
		assertEquals("The customer treats our offering 'Cold-chain logistics' as a leverage item (category 'Logistics'):"
				+ " expect price pressure, not partnership.",
				KeySupplierVerdict.judge(account, settings()).reasons().get(1));
	}

	@Test
	void severalOfferingsInOneCategoryAreAllNamed() {
		Account account = account("Acme");
		placed(account, "Logistics", 500_000, 8, 2, offering(account, "Cold-chain logistics"),
				offering(account, "Warehousing"));
		assertTrue(KeySupplierVerdict.judge(account, settings()).reasons().get(1)
				.startsWith("The customer treats our offerings 'Cold-chain logistics', 'Warehousing' as a leverage item"));
	}

	@Test
	void theSpendSharesWeighSeveralCategoriesOfOurs() {
		Account account = account("Acme");
		placed(account, "Engineering", 250_000, 8, 8, offering(account, "Process engineering"));
		placed(account, "Logistics", 600_000, 8, 2, offering(account, "Cold-chain logistics"));
		placed(account, "Spare parts", 150_000, 2, 2, offering(account, "Spare parts"));
		KeySupplierVerdict verdict = KeySupplierVerdict.judge(account, settings());
		assertEquals(Outcome.KEY_SUPPLIER_POSSIBLE, verdict.outcome());
		assertEquals(0.25, verdict.strategicSpendShare().getAsDouble(), 1e-9);
		// most of the customer's spend on our offerings sits in its leverage quadrant
		assertEquals(Optional.of(KraljicQuadrant.LEVERAGE), verdict.mainQuadrant());
		assertEquals(List.of("Engineering"), names(verdict.decidingCategories()));
		assertEquals(List.of("Engineering", "Logistics", "Spare parts"), names(verdict.ourCategories()));
		assertTrue(verdict.reasons().get(0).contains("25"), verdict.reasons().get(0));
		assertEquals(4, verdict.reasons().size()); // the conclusion and one sentence per category of ours
	}

	@Test
	void withoutRecordedSpendTheShareIsUnknownAndCategoriesAreCounted() {
		Account account = account("Acme");
		placed(account, "Engineering", 0, 8, 8, offering(account, "Process engineering"));
		placed(account, "Logistics", 0, 2, 2, offering(account, "Cold-chain logistics"));
		placed(account, "Spare parts", 0, 1, 1, offering(account, "Spare parts"));
		KeySupplierVerdict verdict = KeySupplierVerdict.judge(account, settings());
		assertEquals(Outcome.KEY_SUPPLIER_POSSIBLE, verdict.outcome());
		assertTrue(verdict.strategicSpendShare().isEmpty());
		assertEquals(Optional.of(KraljicQuadrant.NON_CRITICAL), verdict.mainQuadrant());
		assertTrue(verdict.reasons().get(0).contains("spend is not recorded"), verdict.reasons().get(0));
	}

	@Test
	void aCategoryOfOursThatCannotBePlacedLeavesTheVerdictOpen() {
		Account account = account("Acme");
		placed(account, "Logistics", 600_000, 8, 2, offering(account, "Cold-chain logistics"));
		PurchaseCategory unscored = category(account, "Engineering", 250_000, offering(account, "Process engineering"));
		factor(unscored, KraljicDimension.PROFIT_IMPACT, 1, 9); // supply risk not scored: could be strategic
		KeySupplierVerdict verdict = KeySupplierVerdict.judge(account, settings());
		assertEquals(Outcome.UNKNOWN, verdict.outcome());
		assertEquals(List.of("Engineering"), names(verdict.decidingCategories()));
		assertEquals(Optional.of(KraljicQuadrant.LEVERAGE), verdict.mainQuadrant());
		assertTrue(verdict.reasons().contains(
				"'Engineering' cannot be placed: it has no factor scores for supply risk."), verdict.reasons().toString());
	}

	@Test
	void aStrategicCategoryDecidesEvenWhenAnotherCannotBePlaced() {
		Account account = account("Acme");
		placed(account, "Engineering", 250_000, 8, 8, offering(account, "Process engineering"));
		category(account, "Logistics", 600_000, offering(account, "Cold-chain logistics")); // no scores at all
		KeySupplierVerdict verdict = KeySupplierVerdict.judge(account, settings());
		assertEquals(Outcome.KEY_SUPPLIER_POSSIBLE, verdict.outcome());
		// the unplaced category counts as not strategic in the share
		assertEquals(250.0 / 850.0, verdict.strategicSpendShare().getAsDouble(), 1e-9);
	}

	@Test
	void theVerdictUsesTheKraljicThresholdsAndBoundarySide() {
		Account account = account("Acme");
		placed(account, "Engineering", 250_000, 6, 6, offering(account, "Process engineering"));
		assertEquals(Outcome.KEY_SUPPLIER_POSSIBLE,
				KeySupplierVerdict.judge(account, settings(6, 6, ThresholdSide.HIGH)).outcome());
		assertEquals(Outcome.NOT_KEY_SUPPLIER,
				KeySupplierVerdict.judge(account, settings(6, 6, ThresholdSide.LOW)).outcome());
	}
}
