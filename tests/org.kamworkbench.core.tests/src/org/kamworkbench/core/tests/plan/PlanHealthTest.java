package org.kamworkbench.core.tests.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.core.plan.PlanCheck;
import org.kamworkbench.core.plan.PlanFinding;
import org.kamworkbench.core.plan.PlanHealth;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.Action;
import org.kamworkbench.kam.ActionStatus;
import org.kamworkbench.kam.Objective;
import org.kamworkbench.kam.ObjectiveStatus;
import org.kamworkbench.kam.PlanStatus;
import org.kamworkbench.kam.RevenueTarget;
import org.kamworkbench.kam.Risk;
import org.kamworkbench.kam.SwotKind;

class PlanHealthTest {

	private static final LocalDate AS_OF = PlanFixture.AS_OF;

	private final PlanFixture fixture = new PlanFixture();

	// --- the score

	@Test
	void aCompletePlanScoresOneHundredWithoutFindings() {
		PlanHealth health = fixture.health();
		assertEquals(List.of(), fixture.messages());
		assertEquals(100, health.score());
		assertEquals(Set.of(), health.failedChecks());
	}

	@Test
	void theScoreIsTheShareOfChecksPassedRoundedDown() {
		assertEquals(11, PlanHealth.checkCount());
		fixture.workshop.setOwner(null);
		assertEquals(90, fixture.health().score(), "10 of 11 checks passed: 90.9%, rounded down");
		fixture.tender.setMitigation(null);
		assertEquals(81, fixture.health().score(), "9 of 11 checks passed: 81.8%, rounded down");
	}

	@Test
	void aCheckWeighsTheSameHoweverManyObjectsFailIt() {
		fixture.workshop.setOwner(null);
		int oneActionWithoutOwner = fixture.health().score();
		for (int i = 0; i < 5; i++) {
			Action action = PlanFixture.KAM.createAction();
			action.setName("Action " + i);
			action.setDueDate(AS_OF);
			fixture.plan.getActions().add(action);
		}
		PlanHealth health = fixture.health();
		assertEquals(6, health.findings().size());
		assertEquals(oneActionWithoutOwner, health.score());
	}

	@Test
	void anEmptyPlanFailsTheChecksOfWhatAPlanMustHave() {
		AccountPlan empty = PlanFixture.KAM.createAccountPlan();
		empty.setName("Draft");
		fixture.brouwer.getPlans().add(empty);
		PlanHealth health = PlanHealth.assess(empty, AS_OF);
		assertEquals(Set.of(PlanCheck.NO_OBJECTIVES, PlanCheck.NO_ACTIONS, PlanCheck.NO_REVIEW_PLANNED,
				PlanCheck.SWOT_QUADRANT_EMPTY, PlanCheck.NO_REVENUE_TARGETS), health.failedChecks());
		assertEquals(54, health.score(), "6 of 11 checks passed");
		assertEquals(List.of("Account plan 'Draft' has no objectives; add what the plan must achieve, with a target and a date.",
				"Account plan 'Draft' has no actions; add what will be done, by whom and by when.",
				"Account plan 'Draft' has no review planned; set the next review date.",
				"The SWOT of account plan 'Draft' names no strengths; add what we do well for this customer.",
				"The SWOT of account plan 'Draft' names no weaknesses; add where we fall short.",
				"The SWOT of account plan 'Draft' names no opportunities; add where the customer's business opens doors for us.",
				"The SWOT of account plan 'Draft' names no threats; add what could cost us the customer.",
				"Account plan 'Draft' has no revenue targets; add the revenue planned per period."),
				health.findings().stream().map(PlanFinding::message).toList());
	}

	// --- objectives

	@Test
	void anObjectiveWithoutActionIsNamed() {
		fixture.workshop.setObjective(null);
		PlanFinding finding = only(PlanCheck.OBJECTIVE_WITHOUT_ACTION);
		assertSame(fixture.share, finding.subject());
		assertEquals("Objective 'Grow share of wallet' has no action; add an action that works towards it.",
				finding.message());
	}

	@Test
	void anActionOfAnotherPlanDoesNotServeTheObjective() {
		fixture.plan.getActions().remove(fixture.workshop);
		AccountPlan other = PlanFixture.KAM.createAccountPlan();
		other.getActions().add(fixture.workshop);
		assertEquals(Set.of(PlanCheck.NO_ACTIONS, PlanCheck.OBJECTIVE_WITHOUT_ACTION), fixture.health().failedChecks());
	}

	@Test
	void anObjectiveWithoutTargetIsNamed() {
		fixture.share.setTarget(0);
		PlanFinding finding = only(PlanCheck.OBJECTIVE_NOT_MEASURABLE);
		assertSame(fixture.share, finding.subject());
		assertEquals("Objective 'Grow share of wallet' has no target; enter the value it should reach.", finding.message());
	}

	@Test
	void anObjectiveWithoutDueDateIsNamed() {
		fixture.share.setDueDate(null);
		assertEquals("Objective 'Grow share of wallet' has no due date; enter the date by which it should be reached.",
				only(PlanCheck.OBJECTIVE_NOT_MEASURABLE).message());
	}

	@Test
	void anObjectiveWithoutTargetAndDueDateFailsOneCheckWithTwoFindings() {
		fixture.share.setTarget(0);
		fixture.share.setDueDate(null);
		PlanHealth health = fixture.health();
		assertEquals(2, health.findings().size());
		assertEquals(Set.of(PlanCheck.OBJECTIVE_NOT_MEASURABLE), health.failedChecks());
		assertEquals(90, health.score());
	}

	@Test
	void aCancelledObjectiveNeedsNeitherTargetNorDateNorAction() {
		Objective dropped = PlanFixture.KAM.createObjective();
		dropped.setName("Dropped");
		dropped.setStatus(ObjectiveStatus.CANCELLED);
		fixture.plan.getObjectives().add(dropped);
		assertEquals(List.of(), fixture.messages());
	}

	@Test
	void aPlanWithoutObjectivesIsNamed() {
		fixture.workshop.setObjective(null);
		fixture.plan.getObjectives().clear();
		assertEquals("Account plan 'Plan 2026' has no objectives; add what the plan must achieve, with a target and a date.",
				only(PlanCheck.NO_OBJECTIVES).message());
	}

	// --- actions

	@Test
	void anActionWithoutOwnerIsNamed() {
		fixture.workshop.setOwner(null);
		PlanFinding finding = only(PlanCheck.ACTION_WITHOUT_OWNER);
		assertSame(fixture.workshop, finding.subject());
		assertEquals("Action 'Innovation workshop' has no owner; choose one of the account team.", finding.message());
	}

	@Test
	void anActionWithoutDueDateIsNamed() {
		fixture.workshop.setDueDate(null);
		PlanFinding finding = only(PlanCheck.ACTION_WITHOUT_DUE_DATE);
		assertSame(fixture.workshop, finding.subject());
		assertEquals("Action 'Innovation workshop' has no due date; enter the date by which it must be done.",
				finding.message());
	}

	@Test
	void aDoneActionNeedsNoDueDateButAnOwner() {
		fixture.workshop.setStatus(ActionStatus.DONE);
		fixture.workshop.setDueDate(null);
		assertEquals(List.of(), fixture.messages());
		fixture.workshop.setOwner(null);
		assertEquals(PlanCheck.ACTION_WITHOUT_OWNER, fixture.health().findings().get(0).check());
	}

	@Test
	void aCancelledActionNeedsNeitherOwnerNorDueDateAndServesNoObjective() {
		fixture.workshop.setStatus(ActionStatus.CANCELLED);
		fixture.workshop.setOwner(null);
		fixture.workshop.setDueDate(null);
		assertEquals(Set.of(), fixture.health().failedChecks());
	}

	@Test
	void anUnnamedActionIsCalledUnnamed() {
		fixture.workshop.setName(" ");
		fixture.workshop.setOwner(null);
		assertEquals("Action '(unnamed)' has no owner; choose one of the account team.",
				only(PlanCheck.ACTION_WITHOUT_OWNER).message());
	}

	@Test
	void aPlanWithoutActionsIsNamed() {
		fixture.plan.getActions().clear();
		PlanHealth health = fixture.health();
		assertEquals(Set.of(PlanCheck.NO_ACTIONS, PlanCheck.OBJECTIVE_WITHOUT_ACTION), health.failedChecks());
		assertEquals("Account plan 'Plan 2026' has no actions; add what will be done, by whom and by when.",
				health.findings().stream().filter(f -> f.check() == PlanCheck.NO_ACTIONS).findFirst().orElseThrow()
						.message());
	}

	// --- reviews

	@Test
	void noNextReviewDateMeansNoReviewPlanned() {
		fixture.plan.setNextReviewDate(null);
		PlanFinding finding = only(PlanCheck.NO_REVIEW_PLANNED);
		assertSame(fixture.plan, finding.subject());
		assertEquals("Account plan 'Plan 2026' has no review planned; set the next review date.", finding.message());
	}

	@Test
	void aReviewDateBeforeTheReferenceDateHasPassed() {
		fixture.plan.setNextReviewDate(AS_OF.minusDays(1));
		assertTrue(only(PlanCheck.NO_REVIEW_PLANNED).message().startsWith("The review of account plan 'Plan 2026' was due on "));
	}

	@Test
	void aReviewOnTheReferenceDateIsStillPlanned() {
		fixture.plan.setNextReviewDate(AS_OF);
		assertEquals(100, fixture.health().score());
	}

	@Test
	void aClosedPlanNeedsNoReview() {
		fixture.plan.setNextReviewDate(null);
		fixture.plan.setStatus(PlanStatus.CLOSED);
		assertEquals(100, fixture.health().score());
	}

	// --- SWOT

	@ParameterizedTest
	@EnumSource(SwotKind.class)
	void anEmptySwotQuadrantIsReported(SwotKind kind) {
		fixture.plan.getSwot().removeIf(item -> item.getKind() == kind);
		PlanFinding finding = only(PlanCheck.SWOT_QUADRANT_EMPTY);
		assertSame(fixture.plan, finding.subject());
		String quadrant = switch (kind) {
		case STRENGTH -> "strengths";
		case WEAKNESS -> "weaknesses";
		case OPPORTUNITY -> "opportunities";
		case THREAT -> "threats";
		};
		assertTrue(finding.message().startsWith("The SWOT of account plan 'Plan 2026' names no " + quadrant + ";"),
				finding.message());
	}

	@Test
	void emptySwotQuadrantsFailOneCheck() {
		fixture.plan.getSwot().removeIf(item -> item.getKind() != SwotKind.STRENGTH);
		PlanHealth health = fixture.health();
		assertEquals(3, health.findings().size());
		assertEquals(90, health.score());
	}

	// --- revenue targets and results

	@Test
	void aPlanWithoutRevenueTargetsIsNamed() {
		fixture.plan.getRevenueTargets().clear();
		PlanFinding finding = only(PlanCheck.NO_REVENUE_TARGETS);
		assertSame(fixture.plan, finding.subject());
		assertEquals("Account plan 'Plan 2026' has no revenue targets; add the revenue planned per period.",
				finding.message());
	}

	@Test
	void aTargetWithoutAnOverlappingResultIsNamed() {
		fixture.firstQuarter.setPeriodStart(LocalDate.of(2025, 1, 1));
		fixture.firstQuarter.setPeriodEnd(LocalDate.of(2025, 12, 31));
		PlanFinding finding = only(PlanCheck.REVENUE_TARGET_WITHOUT_RESULTS);
		assertSame(fixture.target2026, finding.subject());
		assertTrue(finding.message().startsWith("Revenue target '2026' has no results to compare with: the account has no result for "),
				finding.message());
	}

	@Test
	void aResultOverlappingTheTargetOnItsLastDayCounts() {
		fixture.firstQuarter.setPeriodStart(LocalDate.of(2026, 12, 31));
		fixture.firstQuarter.setPeriodEnd(LocalDate.of(2027, 3, 31));
		assertEquals(100, fixture.health().score());
		fixture.firstQuarter.setPeriodStart(LocalDate.of(2027, 1, 1));
		assertEquals(Set.of(PlanCheck.REVENUE_TARGET_WITHOUT_RESULTS), fixture.health().failedChecks());
	}

	@Test
	void aResultOverlappingTheTargetOnItsFirstDayCounts() {
		fixture.firstQuarter.setPeriodStart(LocalDate.of(2025, 10, 1));
		fixture.firstQuarter.setPeriodEnd(LocalDate.of(2026, 1, 1));
		assertEquals(100, fixture.health().score());
		fixture.firstQuarter.setPeriodEnd(LocalDate.of(2025, 12, 31));
		assertEquals(Set.of(PlanCheck.REVENUE_TARGET_WITHOUT_RESULTS), fixture.health().failedChecks());
	}

	@Test
	void aResultWithoutPeriodDatesOverlapsNothing() {
		fixture.firstQuarter.setPeriodEnd(null);
		assertEquals(Set.of(PlanCheck.REVENUE_TARGET_WITHOUT_RESULTS), fixture.health().failedChecks());
	}

	@Test
	void aTargetWhosePeriodHasNotBegunNeedsNoResultsYet() {
		RevenueTarget next = PlanFixture.KAM.createRevenueTarget();
		next.setPeriodLabel("2027");
		next.setPeriodStart(LocalDate.of(2027, 1, 1));
		next.setPeriodEnd(LocalDate.of(2027, 12, 31));
		fixture.plan.getRevenueTargets().add(next);
		assertEquals(100, fixture.health().score());
	}

	@Test
	void aTargetWithoutPeriodDatesIsNamed() {
		fixture.target2026.setPeriodStart(null);
		PlanFinding finding = only(PlanCheck.REVENUE_TARGET_WITHOUT_RESULTS);
		assertEquals("Revenue target '2026' has no period dates, so it cannot be compared with results; "
				+ "enter its first and last day.", finding.message());
	}

	@Test
	void aPlanOutsideAnAccountHasNoResults() {
		fixture.brouwer.getPlans().remove(fixture.plan);
		assertEquals(Set.of(PlanCheck.REVENUE_TARGET_WITHOUT_RESULTS), fixture.health().failedChecks());
	}

	// --- risks

	@Test
	void aRiskWithoutMitigationIsNamed() {
		fixture.tender.setMitigation("  ");
		PlanFinding finding = only(PlanCheck.RISK_WITHOUT_MITIGATION);
		assertSame(fixture.tender, finding.subject());
		assertEquals("Risk 'Group-wide tender' has no mitigation; say how the risk will be limited.", finding.message());
	}

	@Test
	void aClosedRiskNeedsNoMitigation() {
		Risk gone = PlanFixture.KAM.createRisk();
		gone.setName("Gone");
		gone.setClosed(true);
		fixture.plan.getRisks().add(gone);
		assertEquals(100, fixture.health().score());
	}

	@Test
	void findingsFollowTheOrderOfTheChecks() {
		fixture.tender.setMitigation(null);
		fixture.plan.setNextReviewDate(null);
		fixture.workshop.setOwner(null);
		fixture.share.setTarget(0);
		assertEquals(List.of(PlanCheck.OBJECTIVE_NOT_MEASURABLE, PlanCheck.ACTION_WITHOUT_OWNER,
				PlanCheck.NO_REVIEW_PLANNED, PlanCheck.RISK_WITHOUT_MITIGATION),
				fixture.health().findings().stream().map(PlanFinding::check).toList());
	}

	/** The one finding of the plan, which must be of the given check. */
	private PlanFinding only(PlanCheck check) {
		List<PlanFinding> findings = fixture.health().findings();
		assertEquals(1, findings.size(), () -> findings.toString());
		assertEquals(check, findings.get(0).check());
		return findings.get(0);
	}
}
