package org.kamworkbench.core.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.core.validation.Constraint;
import org.kamworkbench.kam.ActionStatus;
import org.kamworkbench.kam.ObjectiveStatus;

class PlanConstraintsTest {

	private final ValidationFixture fixture = new ValidationFixture();

	@Test
	void aPlanEndingBeforeItStartsIsAnError() {
		fixture.plan.setPeriodEnd(LocalDate.of(2025, 12, 31));
		Diagnostic problem = fixture.onlyProblem(Constraint.PLAN_PERIOD_ORDER, fixture.plan);
		assertTrue(problem.getMessage().startsWith("Brouwer Foods > account plan 'Plan 2026': the period starts on "),
				problem.getMessage());
		assertTrue(problem.getMessage().endsWith("correct the start or the end date."));
	}

	@Test
	void aPlanOfOneDayIsValid() {
		fixture.plan.setPeriodEnd(fixture.plan.getPeriodStart());
		fixture.assertValid();
	}

	@Test
	void anObjectiveWithoutTargetIsAWarningThatSaysWhatToDo() {
		fixture.growShare.setTarget(0);
		Diagnostic problem = fixture.onlyProblem(Constraint.OBJECTIVE_TARGET, fixture.growShare);
		assertEquals("Brouwer Foods > Plan 2026 > objective 'Grow share' has no target; enter the value it should reach.",
				problem.getMessage());
	}

	@Test
	void aNegativeTargetIsATarget() {
		fixture.growShare.setTarget(-5);
		fixture.assertValid();
	}

	@Test
	void anObjectiveWithoutDueDateIsAWarning() {
		fixture.growShare.setDueDate(null);
		Diagnostic problem = fixture.onlyProblem(Constraint.OBJECTIVE_DUE_DATE, fixture.growShare);
		assertEquals("Brouwer Foods > Plan 2026 > objective 'Grow share' has no due date; "
				+ "enter the date by which it should be reached.", problem.getMessage());
	}

	@Test
	void aCancelledObjectiveNeedsNeitherTargetNorDate() {
		fixture.growShare.setStatus(ObjectiveStatus.CANCELLED);
		fixture.growShare.setTarget(0);
		fixture.growShare.setDueDate(null);
		fixture.assertValid();
	}

	@ParameterizedTest
	@EnumSource(value = ActionStatus.class, names = "CANCELLED", mode = EnumSource.Mode.EXCLUDE)
	void anActionWithoutOwnerIsAnError(ActionStatus status) {
		fixture.workshop.setStatus(status);
		fixture.workshop.setOwner(null);
		Diagnostic problem = fixture.onlyProblem(Constraint.ACTION_OWNER, fixture.workshop);
		assertEquals("Brouwer Foods > Plan 2026 > action 'Innovation workshop' has no owner; "
				+ "assign one of our people as its owner.", problem.getMessage());
	}

	@Test
	void aCancelledActionNeedsNoOwnerOrDate() {
		fixture.workshop.setStatus(ActionStatus.CANCELLED);
		fixture.workshop.setOwner(null);
		fixture.workshop.setDueDate(null);
		fixture.assertValid();
	}

	@ParameterizedTest
	@EnumSource(value = ActionStatus.class, names = { "OPEN", "IN_PROGRESS", "BLOCKED" })
	void anOpenActionWithoutDueDateIsAWarning(ActionStatus status) {
		fixture.workshop.setStatus(status);
		fixture.workshop.setDueDate(null);
		Diagnostic problem = fixture.onlyProblem(Constraint.ACTION_DUE_DATE, fixture.workshop);
		assertEquals("Brouwer Foods > Plan 2026 > action 'Innovation workshop' has no due date; "
				+ "enter the date by which it must be done.", problem.getMessage());
	}

	@Test
	void aDoneActionNeedsNoDueDate() {
		fixture.workshop.setStatus(ActionStatus.DONE);
		fixture.workshop.setDueDate(null);
		fixture.assertValid();
	}
}
