package org.kamworkbench.core.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kamworkbench.core.validation.Constraint;
import org.kamworkbench.kam.KamPackage.Literals;

class PortfolioConstraintsTest {

	private final ValidationFixture fixture = new ValidationFixture();

	@Test
	void anObjectWithoutIdentifierIsAWarningThatSavingFixes() {
		fixture.eva.setId(null);
		Diagnostic problem = fixture.onlyProblem(Constraint.IDENTIFIER_MISSING, fixture.eva);
		assertEquals("Brouwer Foods > contact 'Eva Jansen' has no identifier; save the portfolio to give it one.",
				problem.getMessage());
	}

	@Test
	void aBlankIdentifierIsMissingToo() {
		fixture.workshop.setId(" ");
		fixture.onlyProblem(Constraint.IDENTIFIER_MISSING, fixture.workshop);
	}

	@Test
	void twoObjectsSharingAnIdentifierAreAnErrorNamingBoth() {
		fixture.piet.setId(fixture.eva.getId());
		Diagnostic problem = fixture.onlyProblem(Constraint.IDENTIFIER_DUPLICATE, fixture.piet);
		assertEquals("Brouwer Foods > contact 'Piet Bos' has the identifier '" + fixture.eva.getId()
				+ "', which Brouwer Foods > contact 'Eva Jansen' has too; give one of them a new identifier.",
				problem.getMessage());
		assertSame(fixture.eva, problem.getData().get(2));
	}

	@Test
	void identifiersAreUniqueAcrossTheWholePortfolio() {
		fixture.growShare.setId(fixture.jan.getId());
		fixture.onlyProblem(Constraint.IDENTIFIER_DUPLICATE, fixture.growShare);
	}

	@Test
	void aWeightTotalOfZeroIsAnErrorOnTheSettingsOnly() {
		fixture.settings.setWeightTotal(0);
		Diagnostic problem = fixture.onlyProblem(Constraint.SETTING_RANGE, fixture.settings);
		assertEquals("analysis settings: weight total is 0; enter a value above 0.", problem.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "attractivenessThreshold", "strengthThreshold", "kraljicProfitImpactThreshold",
			"kraljicSupplyRiskThreshold", "preferencingValueThreshold", "preferencingAttractivenessThreshold",
			"keyAccountSelectionThreshold", "balanceTolerance" })
	void everyThresholdLiesOnTheScoreScale(String name) {
		EAttribute threshold = (EAttribute) Literals.ANALYSIS_SETTINGS.getEStructuralFeature(name);
		fixture.settings.eSet(threshold, 0.0);
		fixture.assertValid();
		fixture.settings.eSet(threshold, 10.0);
		fixture.assertValid();
		fixture.settings.eSet(threshold, 10.5);
		Diagnostic problem = fixture.onlyProblem(Constraint.SETTING_RANGE, fixture.settings);
		assertSame(threshold, problem.getData().get(1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "stalenessDays", "contactStalenessDays", "minimumKeyAccounts", "minimumCriteriaPerAxis",
			"sensitivityRuns" })
	void countsAndDaysAreNotNegative(String name) {
		EAttribute count = (EAttribute) Literals.ANALYSIS_SETTINGS.getEStructuralFeature(name);
		fixture.settings.eSet(count, 0);
		fixture.assertValid();
		fixture.settings.eSet(count, -1);
		Diagnostic problem = fixture.onlyProblem(Constraint.SETTING_RANGE, fixture.settings);
		assertEquals(true, problem.getMessage().endsWith(" is -1; enter 0 or more."), problem.getMessage());
	}

	@Test
	void aMinimumAboveItsMaximumIsAnError() {
		fixture.settings.setMinimumKeyAccounts(35);
		fixture.assertValid();
		fixture.settings.setMinimumKeyAccounts(36);
		Diagnostic problem = fixture.onlyProblem(Constraint.SETTING_BOUNDS_ORDER, fixture.settings);
		assertEquals("analysis settings: minimum number of key accounts (36) is above maximum number of key accounts "
				+ "(35); make the first at most the second.", problem.getMessage());
	}

	@Test
	void criteriaPerAxisBoundsAreCheckedToo() {
		fixture.settings.setMaximumCriteriaPerAxis(2);
		fixture.onlyProblem(Constraint.SETTING_BOUNDS_ORDER, fixture.settings);
	}

	@Test
	void aLifetimeValueLooksAtLeastAYearAhead() {
		fixture.lifetime.setHorizonYears(1);
		fixture.assertValid();
		fixture.lifetime.setHorizonYears(0);
		Diagnostic problem = fixture.onlyProblem(Constraint.LIFETIME_VALUE_HORIZON, fixture.lifetime);
		assertEquals("Brouwer Foods > lifetime value inputs: horizon (years) is 0; enter 1 or more.",
				problem.getMessage());
	}
}
