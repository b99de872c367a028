package org.kamworkbench.ui.editors;

import java.time.LocalDate;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.Action;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.Objective;
import org.kamworkbench.kam.PlanReview;
import org.kamworkbench.kam.PlanStatus;
import org.kamworkbench.kam.RevenueTarget;
import org.kamworkbench.kam.Risk;
import org.kamworkbench.kam.Strategy;
import org.kamworkbench.kam.SwotItem;
import org.kamworkbench.kam.SwotKind;

/** What new objects of an account plan start with, so that the user only fills in what is particular. */
final class PlanDefaults {

	private static final KamFactory KAM = KamFactory.eINSTANCE;

	private PlanDefaults() {
	}

	/**
	 * A draft plan for the calendar year after the account's latest plan (this year when it has none),
	 * written by the key account manager.
	 */
	static AccountPlan plan(Account account, LocalDate today) {
		int year = account.getPlans().stream().map(AccountPlan::getPeriodEnd).filter(Objects::nonNull)
				.mapToInt(end -> end.getYear() + 1).max().orElse(today.getYear());
		AccountPlan plan = KAM.createAccountPlan();
		plan.setName(NLS.bind(Messages.Plan_newName, String.valueOf(year)));
		plan.setStatus(PlanStatus.DRAFT);
		plan.setPeriodStart(LocalDate.of(year, 1, 1));
		plan.setPeriodEnd(LocalDate.of(year, 12, 31));
		plan.setAuthor(account.getKeyAccountManager());
		return plan;
	}

	static Objective objective() {
		Objective objective = KAM.createObjective();
		objective.setName(Messages.Plan_newObjective);
		return objective;
	}

	static Strategy strategy() {
		Strategy strategy = KAM.createStrategy();
		strategy.setName(Messages.Plan_newStrategy);
		return strategy;
	}

	/** An open action without owner or due date: the plan health asks for both until they are filled in. */
	static Action action() {
		Action action = KAM.createAction();
		action.setName(Messages.Plan_newAction);
		return action;
	}

	static Risk risk() {
		Risk risk = KAM.createRisk();
		risk.setName(Messages.Plan_newRisk);
		return risk;
	}

	/** A target for the plan's whole period, named after its first year. */
	static RevenueTarget revenueTarget(AccountPlan plan) {
		RevenueTarget target = KAM.createRevenueTarget();
		target.setPeriodStart(plan.getPeriodStart());
		target.setPeriodEnd(plan.getPeriodEnd());
		if (plan.getPeriodStart() != null) {
			target.setPeriodLabel(String.valueOf(plan.getPeriodStart().getYear()));
		}
		return target;
	}

	static PlanReview review(LocalDate today) {
		PlanReview review = KAM.createPlanReview();
		review.setDate(today);
		return review;
	}

	static SwotItem swotItem(SwotKind kind, String text) {
		SwotItem item = KAM.createSwotItem();
		item.setKind(kind);
		item.setText(text);
		return item;
	}
}
