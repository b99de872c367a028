package org.kamworkbench.core.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.kamworkbench.core.validation.Constraint;
import org.kamworkbench.kam.UnitCredit;
import org.kamworkbench.kam.resource.Identifiers;

class ResultConstraintsTest {

	private final ValidationFixture fixture = new ValidationFixture();

	@Test
	void aResultPeriodEndingBeforeItStartsIsAnError() {
		fixture.result2025.setPeriodEnd(LocalDate.of(2024, 12, 31));
		Diagnostic problem = fixture.onlyProblem(Constraint.PERIOD_ORDER, fixture.result2025);
		assertTrue(problem.getMessage().startsWith("Brouwer Foods > result '2025': the period starts on "));
	}

	@Test
	void aRevenueTargetPeriodEndingBeforeItStartsIsAnError() {
		fixture.target2026.setPeriodStart(LocalDate.of(2027, 1, 1));
		Diagnostic problem = fixture.onlyProblem(Constraint.PERIOD_ORDER, fixture.target2026);
		assertTrue(problem.getMessage().startsWith("Brouwer Foods > Plan 2026 > revenue target '2026': "));
	}

	@Test
	void aPeriodOfOneDayIsValid() {
		fixture.result2025.setPeriodEnd(fixture.result2025.getPeriodStart());
		fixture.assertValid();
	}

	@Test
	void creditSharesThatDoNotSumTo100AreAnError() {
		fixture.germanyCredit.setSharePercent(20);
		Diagnostic problem = fixture.onlyProblem(Constraint.CREDIT_SPLIT_TOTAL, fixture.result2025);
		assertEquals("Brouwer Foods > result '2025': the credit shares of our units sum to 90%; make them sum to 100%.",
				problem.getMessage());
	}

	@Test
	void aResultWithoutCreditSplitIsValid() {
		fixture.result2025.getCredits().clear();
		fixture.assertValid();
	}

	@Test
	void roundedThirdsOfTheCreditStillSumTo100() {
		fixture.beneluxCredit.setSharePercent(33.33);
		fixture.germanyCredit.setSharePercent(33.33);
		UnitCredit third = ValidationFixture.KAM.createUnitCredit();
		third.setUnit(fixture.benelux);
		third.setSharePercent(33.34);
		fixture.result2025.getCredits().add(third);
		Identifiers.assignMissing(fixture.portfolio);
		fixture.assertValid();
	}

	@Test
	void aWholeCreditForOneUnitIsValid() {
		fixture.beneluxCredit.setSharePercent(100);
		fixture.germanyCredit.setSharePercent(0);
		fixture.assertValid();
	}

	@Test
	void aCreditShareOutsideZeroTo100IsAnErrorEvenWhenTheSumIsRight() {
		fixture.beneluxCredit.setSharePercent(100.01);
		fixture.germanyCredit.setSharePercent(-0.01);
		List<Diagnostic> problems = fixture.problems();
		assertEquals(List.of(Constraint.CREDIT_SHARE_RANGE.code(), Constraint.CREDIT_SHARE_RANGE.code()),
				problems.stream().map(Diagnostic::getCode).toList());
		assertEquals(List.of(fixture.beneluxCredit, fixture.germanyCredit),
				problems.stream().map(problem -> problem.getData().get(0)).toList());
		assertEquals("Brouwer Foods > 2025 > unit credit 'Benelux': credit share (%) is 100.01; "
				+ "enter a value from 0 to 100.", problems.get(0).getMessage());
	}
}
