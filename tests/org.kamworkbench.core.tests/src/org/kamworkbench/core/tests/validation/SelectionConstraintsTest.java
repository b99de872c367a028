package org.kamworkbench.core.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kamworkbench.core.validation.Constraint;
import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.resource.Identifiers;

class SelectionConstraintsTest {

	private final ValidationFixture fixture = new ValidationFixture();

	@Test
	void attractivenessWeightsThatDoNotSumTo100AreAnErrorThatNamesTheSetAndTheFix() {
		fixture.reputation.setWeight(30);
		Diagnostic problem = fixture.onlyProblem(Constraint.CRITERIA_WEIGHT_TOTAL, fixture.selection);
		assertEquals("Weights of the attractiveness criteria in 'Selection 2026' sum to 90; make them sum to 100.",
				problem.getMessage());
		assertTrue(problem.getData().contains(Axis.ATTRACTIVENESS));
	}

	@Test
	void relativeStrengthWeightsAreCheckedOnTheirOwn() {
		fixture.service.setWeight(110);
		Diagnostic problem = fixture.onlyProblem(Constraint.CRITERIA_WEIGHT_TOTAL, fixture.selection);
		assertEquals("Weights of the relative strength criteria in 'Selection 2026' sum to 110; make them sum to 100.",
				problem.getMessage());
	}

	@Test
	void theExpectedTotalComesFromTheSettings() {
		fixture.settings.setWeightTotal(10);
		assertEquals(List.of("Weights of the attractiveness criteria in 'Selection 2026' sum to 100; make them sum to 10.",
				"Weights of the relative strength criteria in 'Selection 2026' sum to 100; make them sum to 10."),
				ValidationFixture.messages(fixture.problems()));

		fixture.revenue.setWeight(6);
		fixture.reputation.setWeight(4);
		fixture.service.setWeight(10);
		fixture.assertValid();
	}

	@Test
	void roundedThirdsStillSumTo100() {
		fixture.service.setWeight(33.33);
		var third = ValidationFixture.KAM.createCriterion();
		third.setName("Price");
		third.setAxis(Axis.RELATIVE_STRENGTH);
		third.setWeight(33.33);
		var fourth = ValidationFixture.KAM.createCriterion();
		fourth.setName("Delivery");
		fourth.setAxis(Axis.RELATIVE_STRENGTH);
		fourth.setWeight(33.34);
		fixture.selection.getCriteria().add(third);
		fixture.selection.getCriteria().add(fourth);
		Identifiers.assignMissing(fixture.portfolio);
		fixture.assertValid();
	}

	@Test
	void anAxisWithoutCriteriaIsNotChecked() {
		fixture.selection.getCriteria().remove(fixture.service);
		fixture.assertValid();
	}

	@ParameterizedTest
	@ValueSource(doubles = { 10, 12 })
	void aCriterionScaleMustRunFromLowToHigh(double scaleMin) {
		fixture.reputation.setScaleMin(scaleMin);
		Diagnostic problem = fixture.onlyProblem(Constraint.CRITERION_SCALE, fixture.reputation);
		assertTrue(problem.getMessage().startsWith("Selection 2026 > criterion 'Reputation effects':"),
				problem.getMessage());
		assertTrue(problem.getMessage().endsWith("make the lowest score smaller than the highest."));
	}

	@Test
	void aCriterionScaleJustWideEnoughIsValid() {
		fixture.reputation.setScaleMin(9.99);
		fixture.assertValid();
	}

	@Test
	void aNegativeWeightIsAnError() {
		fixture.revenue.setWeight(110);
		fixture.reputation.setWeight(-10);
		Diagnostic problem = fixture.onlyProblem(Constraint.CRITERION_WEIGHT, fixture.reputation);
		assertEquals("Selection 2026 > criterion 'Reputation effects': weight is -10; enter 0 or more.",
				problem.getMessage());
	}

	@Test
	void aWeightOfZeroIsAllowed() {
		fixture.revenue.setWeight(100);
		fixture.reputation.setWeight(0);
		fixture.assertValid();
	}

	@ParameterizedTest
	@ValueSource(doubles = { 0, 10 })
	void scoresOnEitherEndOfTheScaleAreValid(double value) {
		fixture.revenueScore.setValue(value);
		fixture.assertValid();
	}

	@ParameterizedTest
	@ValueSource(doubles = { -0.01, 10.01 })
	void scoresOffTheScaleAreAnErrorThatSaysTheRange(double value) {
		fixture.revenueScore.setValue(value);
		Diagnostic problem = fixture.onlyProblem(Constraint.SCORE_IN_SCALE, fixture.revenueScore);
		assertTrue(problem.getMessage().startsWith("Brouwer Foods > score 'Revenue potential' is "), problem.getMessage());
		assertTrue(problem.getMessage().endsWith(
				"outside the scale of criterion 'Revenue potential'; enter a score from 0 to 10."), problem.getMessage());
		assertSame(fixture.revenue, problem.getData().get(2));
	}

	@Test
	void aScoreFollowsItsOwnCriterionsScale() {
		fixture.revenue.setScaleMin(1);
		fixture.revenue.setScaleMax(5);
		fixture.revenueScore.setValue(7);
		Diagnostic problem = fixture.onlyProblem(Constraint.SCORE_IN_SCALE, fixture.revenueScore);
		assertTrue(problem.getMessage().endsWith("enter a score from 1 to 5."));
	}

	@Test
	void aScoreOnABrokenScaleIsOnlyReportedOnTheCriterion() {
		fixture.revenue.setScaleMin(10);
		fixture.revenue.setScaleMax(0);
		fixture.onlyProblem(Constraint.CRITERION_SCALE, fixture.revenue);
	}

	@Test
	void aComputedCriterionWhoseComputationIsNotInstalledIsAWarningThatSaysWhatToDo() {
		fixture.reputation.setComputationId("com.example.nps");
		Diagnostic problem = fixture.onlyProblem(Constraint.CRITERION_COMPUTATION_INSTALLED, fixture.reputation);
		assertEquals(Diagnostic.WARNING, problem.getSeverity());
		assertTrue(problem.getMessage().endsWith(" is computed by 'com.example.nps', which is not installed, so it is not"
				+ " counted; install the extension that contributes it, or clear the criterion's computation to score it"
				+ " by hand."), problem.getMessage());

		fixture.reputation.setComputationId("org.kamworkbench.core.revenuePotential");
		fixture.assertValid();
	}
}
