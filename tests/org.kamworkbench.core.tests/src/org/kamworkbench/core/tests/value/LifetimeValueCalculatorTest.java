package org.kamworkbench.core.tests.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kamworkbench.core.value.InvalidInput;
import org.kamworkbench.core.value.LifetimeValue;
import org.kamworkbench.core.value.LifetimeValueAssumptions;
import org.kamworkbench.core.value.LifetimeValueCalculator;
import org.kamworkbench.core.value.LifetimeValueInput;
import org.kamworkbench.core.value.RetentionEffect;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.LifetimeValueInputs;

class LifetimeValueCalculatorTest {

	private static final double CENT = 1e-9;

	private static LifetimeValueAssumptions assumptions(double revenue, double growth, double margin, double retention,
			double discount, int horizon, double acquisition) {
		return new LifetimeValueAssumptions(revenue, growth, margin, retention, discount, horizon, acquisition);
	}

	private static boolean dutch() {
		return "nl".equals(Locale.getDefault().getLanguage()); //$NON-NLS-1$
	}

	@Test
	void theValueMatchesAHandComputation() {
		// year 1: 1000 * 50 % / 1.1                     = 5000/11 (retained with certainty)
		// year 2: 1000 * 1.1 * 50 % * 80 % / 1.1^2      = 440/1.21 = 4000/11
		LifetimeValue result = LifetimeValueCalculator.calculate(assumptions(1000, 10, 50, 80, 10, 2, 0));
		assertEquals(9000.0 / 11, result.value().getAsDouble(), CENT);
		assertTrue(result.isValid());
	}

	@Test
	void theAcquisitionCostIsSubtractedUndiscounted() {
		// 1000 * 50 % * (1 + 0.5 + 0.25) - 100, no growth and no discounting
		LifetimeValue result = LifetimeValueCalculator.calculate(assumptions(1000, 0, 50, 50, 0, 3, 100));
		assertEquals(775.0, result.value().getAsDouble(), CENT);
	}

	@Test
	void theInputsOfAnAccountAreUsed() {
		LifetimeValueInputs inputs = KamFactory.eINSTANCE.createLifetimeValueInputs();
		inputs.setAnnualRevenue(1000);
		inputs.setAnnualGrowthPercent(10);
		inputs.setMarginPercent(50);
		inputs.setRetentionRatePercent(80);
		inputs.setDiscountRatePercent(10);
		inputs.setHorizonYears(2);
		LifetimeValue result = LifetimeValueCalculator.calculate(inputs);
		assertEquals(9000.0 / 11, result.value().getAsDouble(), CENT);
		assertEquals(assumptions(1000, 10, 50, 80, 10, 2, 0), result.assumptions());
	}

	@Test
	void fivePointsMoreRetentionIsShown() {
		LifetimeValue result = LifetimeValueCalculator.calculate(assumptions(1000, 10, 50, 80, 10, 2, 0));
		RetentionEffect effect = result.retentionEffect().orElseThrow();
		assertEquals(80.0, effect.fromPercent());
		assertEquals(85.0, effect.toPercent());
		// year 2 at 85 %: 1100 * 50 % * 85 % / 1.21 = 4250/11
		assertEquals(9250.0 / 11, effect.value(), CENT);
		assertEquals(250.0 / 11, effect.change(), CENT);
		assertEquals(250.0 / 9000 * 100, effect.changePercent().getAsDouble(), CENT);
		assertTrue(effect.message().contains("85 %") && effect.message().contains("80 %"), effect.message());
		assertTrue(effect.message().contains("+"), effect.message());
	}

	@Test
	void retentionIsCappedAtAHundredPercent() {
		RetentionEffect nearTop = LifetimeValueCalculator.calculate(assumptions(1000, 0, 50, 98, 0, 3, 0))
				.retentionEffect().orElseThrow();
		assertEquals(100.0, nearTop.toPercent());
		assertEquals(1500.0, nearTop.value(), CENT);

		RetentionEffect atTop = LifetimeValueCalculator.calculate(assumptions(1000, 0, 50, 100, 0, 3, 0))
				.retentionEffect().orElseThrow();
		assertEquals(100.0, atTop.toPercent());
		assertEquals(0.0, atTop.change());
		assertTrue(atTop.message().contains("100 %"), atTop.message());
	}

	@Test
	void aNonPositiveValueGetsNoMisleadingPercentage() {
		RetentionEffect effect = LifetimeValueCalculator.calculate(assumptions(1000, 0, 10, 50, 0, 2, 500))
				.retentionEffect().orElseThrow();
		assertTrue(effect.changePercent().isEmpty());
		assertTrue(effect.change() > 0);
	}

	@Test
	void theAssumptionsAreListedInOneLine() {
		LifetimeValue result = LifetimeValueCalculator.calculate(assumptions(900, 3, 25, 80, 8, 5, 50));
		String expected = dutch()
				? "retentie 80 %, marge 25 %, disconteringsvoet 8 %, horizon 5 jaar, groei 3 %, omzet in het eerste jaar 900, acquisitiekosten 50; het eerste jaar geldt als zeker behouden"
				: "retention 80 %, margin 25 %, discount rate 8 %, horizon 5 years, growth 3 %, first-year revenue 900, acquisition cost 50; the first year counts as retained with certainty";
		assertEquals(expected, result.assumptionsText());
	}

	@Test
	void anInputOutsideItsRangeGivesAResultThatNamesIt() {
		LifetimeValue result = LifetimeValueCalculator.calculate(assumptions(1000, 0, 50, 120, 8, -1, 0));
		assertFalse(result.isValid());
		assertTrue(result.value().isEmpty());
		assertTrue(result.retentionEffect().isEmpty());
		assertEquals(List.of(LifetimeValueInput.RETENTION_RATE, LifetimeValueInput.HORIZON),
				result.invalidInputs().stream().map(InvalidInput::input).toList());
		String retention = result.invalidInputs().get(0).message();
		assertTrue(retention.startsWith(LifetimeValueInput.RETENTION_RATE.label() + " ") && retention.contains("120 %"),
				retention);
		assertTrue(result.assumptionsText().contains("120 %"), "what was entered stays visible");
	}

	@Test
	void everyInputIsChecked() {
		LifetimeValue result = LifetimeValueCalculator
				.calculate(assumptions(-1, -101, 101, -1, 101, 0, Double.NaN));
		assertEquals(List.of(LifetimeValueInput.values()),
				result.invalidInputs().stream().map(InvalidInput::input).toList());
	}

	@Test
	void theEndsOfEachRangeAreValid() {
		assertTrue(LifetimeValueCalculator.calculate(assumptions(0, -100, 0, 0, 0, 1, 0)).isValid());
		assertTrue(LifetimeValueCalculator.calculate(assumptions(0, 0, 100, 100, 100, 1, 0)).isValid());
	}
}
