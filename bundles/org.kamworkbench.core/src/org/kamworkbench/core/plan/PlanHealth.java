package org.kamworkbench.core.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Texts;
import org.kamworkbench.core.validation.ObjectLabels;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.Action;
import org.kamworkbench.kam.ActionStatus;
import org.kamworkbench.kam.Objective;
import org.kamworkbench.kam.ObjectiveStatus;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.PlanStatus;
import org.kamworkbench.kam.RevenueTarget;
import org.kamworkbench.kam.Risk;
import org.kamworkbench.kam.SwotItem;
import org.kamworkbench.kam.SwotKind;

/**
 * How complete an account plan is on a reference date, and exactly what it lacks.
 * <p>
 * The plan goes through every {@link PlanCheck}; each finding names the object that lacks something.
 * <b>Scoring:</b> each check weighs the same, and it passes when it has no finding at all, however many
 * objects it looks at. The score is the share of checks passed as a whole percentage, rounded down, so
 * that only a plan that passes every check scores 100 and a plan that fails every check scores 0. A check
 * with nothing to look at passes (no risks, no risks without mitigation); the checks that the plan has
 * objectives, actions and revenue targets at all keep an empty plan from scoring high.
 * <p>
 * What counts as missing, like the validation: an objective's target is missing when it is 0 (the model
 * has no empty target); cancelled objectives and actions, done actions (for the due date) and closed risks
 * are left out; a closed plan needs no further review. A revenue target's results are the account's period
 * results whose period (first to last day, inclusive) overlaps the target's; targets whose period begins
 * after the reference date cannot have results yet and are left out.
 *
 * @param plan     the plan assessed
 * @param asOf     the reference date (usually today)
 * @param findings what the plan lacks, check by check in the order of {@link PlanCheck}
 */
public record PlanHealth(AccountPlan plan, LocalDate asOf, List<PlanFinding> findings) {

	private static final int CHECKS = PlanCheck.values().length;

	public PlanHealth {
		findings = List.copyOf(findings);
	}

	/** Assesses the plan as of the given date. */
	public static PlanHealth assess(AccountPlan plan, LocalDate asOf) {
		List<PlanFinding> findings = new ArrayList<>();
		objectives(plan, findings);
		actions(plan, findings);
		review(plan, asOf, findings);
		swot(plan, findings);
		revenueTargets(plan, asOf, findings);
		risks(plan, findings);
		return new PlanHealth(plan, asOf, findings);
	}

	/** The checks that have at least one finding, in the order of {@link PlanCheck}. */
	public Set<PlanCheck> failedChecks() {
		Set<PlanCheck> failed = new TreeSet<>();
		findings.forEach(finding -> failed.add(finding.check()));
		return failed;
	}

	/** The completeness score, 0 to 100: the share of checks passed, rounded down (see the class comment). */
	public int score() {
		return (CHECKS - failedChecks().size()) * 100 / CHECKS;
	}

	/** How many checks there are; the score is the share of them passed. */
	public static int checkCount() {
		return CHECKS;
	}

	private static void objectives(AccountPlan plan, List<PlanFinding> findings) {
		if (plan.getObjectives().isEmpty()) {
			findings.add(new PlanFinding(PlanCheck.NO_OBJECTIVES, plan, NLS.bind(Messages.Plan_noObjectives, name(plan))));
		}
		List<Objective> open = plan.getObjectives().stream()
				.filter(objective -> objective.getStatus() != ObjectiveStatus.CANCELLED).toList();
		for (Objective objective : open) {
			if (objective.getTarget() == 0) {
				add(findings, PlanCheck.OBJECTIVE_NOT_MEASURABLE, objective, Messages.Plan_objectiveWithoutTarget);
			}
			if (objective.getDueDate() == null) {
				add(findings, PlanCheck.OBJECTIVE_NOT_MEASURABLE, objective, Messages.Plan_objectiveWithoutDueDate);
			}
		}
		for (Objective objective : open) {
			if (plan.getActions().stream().noneMatch(action -> action.getObjective() == objective)) {
				add(findings, PlanCheck.OBJECTIVE_WITHOUT_ACTION, objective, Messages.Plan_objectiveWithoutAction);
			}
		}
	}

	private static void actions(AccountPlan plan, List<PlanFinding> findings) {
		if (plan.getActions().isEmpty()) {
			findings.add(new PlanFinding(PlanCheck.NO_ACTIONS, plan, NLS.bind(Messages.Plan_noActions, name(plan))));
		}
		for (Action action : plan.getActions()) {
			if (action.getOwner() == null && action.getStatus() != ActionStatus.CANCELLED) {
				add(findings, PlanCheck.ACTION_WITHOUT_OWNER, action, Messages.Plan_actionWithoutOwner);
			}
		}
		for (Action action : plan.getActions()) {
			if (action.getDueDate() == null && action.getStatus() != ActionStatus.CANCELLED
					&& action.getStatus() != ActionStatus.DONE) {
				add(findings, PlanCheck.ACTION_WITHOUT_DUE_DATE, action, Messages.Plan_actionWithoutDueDate);
			}
		}
	}

	private static void review(AccountPlan plan, LocalDate asOf, List<PlanFinding> findings) {
		if (plan.getStatus() == PlanStatus.CLOSED) {
			return;
		}
		LocalDate next = plan.getNextReviewDate();
		if (next == null) {
			findings.add(new PlanFinding(PlanCheck.NO_REVIEW_PLANNED, plan, NLS.bind(Messages.Plan_noReview, name(plan))));
		} else if (next.isBefore(asOf)) {
			findings.add(new PlanFinding(PlanCheck.NO_REVIEW_PLANNED, plan,
					NLS.bind(Messages.Plan_reviewPassed, name(plan), Texts.date(next))));
		}
	}

	private static void swot(AccountPlan plan, List<PlanFinding> findings) {
		for (SwotKind kind : SwotKind.VALUES) {
			if (plan.getSwot().stream().map(SwotItem::getKind).noneMatch(kind::equals)) {
				String message = switch (kind) {
				case STRENGTH -> Messages.Plan_noStrengths;
				case WEAKNESS -> Messages.Plan_noWeaknesses;
				case OPPORTUNITY -> Messages.Plan_noOpportunities;
				case THREAT -> Messages.Plan_noThreats;
				};
				findings.add(new PlanFinding(PlanCheck.SWOT_QUADRANT_EMPTY, plan, NLS.bind(message, name(plan))));
			}
		}
	}

	private static void revenueTargets(AccountPlan plan, LocalDate asOf, List<PlanFinding> findings) {
		if (plan.getRevenueTargets().isEmpty()) {
			findings.add(new PlanFinding(PlanCheck.NO_REVENUE_TARGETS, plan,
					NLS.bind(Messages.Plan_noRevenueTargets, name(plan))));
		}
		List<PeriodResult> results = plan.eContainer() instanceof Account account ? account.getResults() : List.of();
		for (RevenueTarget target : plan.getRevenueTargets()) {
			LocalDate start = target.getPeriodStart();
			LocalDate end = target.getPeriodEnd();
			if (start == null || end == null) {
				add(findings, PlanCheck.REVENUE_TARGET_WITHOUT_RESULTS, target, Messages.Plan_targetWithoutPeriod);
			} else if (!start.isAfter(asOf) && results.stream().noneMatch(result -> overlaps(result, start, end))) {
				findings.add(new PlanFinding(PlanCheck.REVENUE_TARGET_WITHOUT_RESULTS, target, NLS.bind(
						Messages.Plan_targetWithoutResults, new Object[] { name(target), Texts.date(start), Texts.date(end) })));
			}
		}
	}

	private static boolean overlaps(PeriodResult result, LocalDate start, LocalDate end) {
		return result.getPeriodStart() != null && result.getPeriodEnd() != null
				&& !result.getPeriodStart().isAfter(end) && !result.getPeriodEnd().isBefore(start);
	}

	private static void risks(AccountPlan plan, List<PlanFinding> findings) {
		for (Risk risk : plan.getRisks()) {
			if (!risk.isClosed() && (risk.getMitigation() == null || risk.getMitigation().isBlank())) {
				add(findings, PlanCheck.RISK_WITHOUT_MITIGATION, risk, Messages.Plan_riskWithoutMitigation);
			}
		}
	}

	private static void add(List<PlanFinding> findings, PlanCheck check, EObject subject, String message) {
		findings.add(new PlanFinding(check, subject, NLS.bind(message, name(subject))));
	}

	private static String name(EObject object) {
		String name = ObjectLabels.name(object);
		return name == null ? Messages.Plan_unnamed : name;
	}
}
