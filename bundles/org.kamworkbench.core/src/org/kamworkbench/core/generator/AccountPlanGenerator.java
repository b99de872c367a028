package org.kamworkbench.core.generator;

import static org.kamworkbench.core.generator.PortfolioGenerator.KAM;
import static org.kamworkbench.core.generator.PortfolioGenerator.LAST_UPDATED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kamworkbench.core.generator.AccountGenerator.AccountParts;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.Action;
import org.kamworkbench.kam.ActionStatus;
import org.kamworkbench.kam.Objective;
import org.kamworkbench.kam.ObjectiveStatus;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.PlanReview;
import org.kamworkbench.kam.PlanStatus;
import org.kamworkbench.kam.RevenueTarget;
import org.kamworkbench.kam.Risk;
import org.kamworkbench.kam.Strategy;
import org.kamworkbench.kam.SwotItem;
import org.kamworkbench.kam.SwotKind;

/**
 * The account plan for 2026: a SWOT, measurable objectives with owners and due dates, strategies and the
 * actions that serve them (all within the plan), revenue targets for the year and per customer unit,
 * risks with their mitigation, and the reviews held so far.
 */
@SuppressWarnings("nls")
final class AccountPlanGenerator {

	private static final int YEAR = 2026;

	private final Draw draw;

	AccountPlanGenerator(Draw draw) {
		this.draw = draw;
	}

	AccountPlan plan(AccountParts parts) {
		String id = parts.id() + "-pl";
		AccountPlan plan = KAM.createAccountPlan();
		plan.setId(id);
		plan.setName("Account plan " + YEAR);
		plan.setStatus(draw.chance(0.8) ? PlanStatus.ACTIVE : PlanStatus.DRAFT);
		plan.setPeriodStart(LocalDate.of(YEAR, 1, 1));
		plan.setPeriodEnd(LocalDate.of(YEAR, 12, 31));
		plan.setAuthor(parts.manager());
		plan.setVision(draw.one(Words.VISIONS));
		plan.setCustomerBusiness(draw.one(Words.CUSTOMER_BUSINESS));
		plan.setCustomerGoals(draw.one(Words.CUSTOMER_GOALS));
		plan.setNextReviewDate(draw.date(LocalDate.of(YEAR, 12, 1), LocalDate.of(YEAR + 1, 2, 28)));
		plan.setLastUpdated(draw.date(LocalDate.of(YEAR, 1, 15), LAST_UPDATED));
		swot(plan, id);
		List<Objective> objectives = objectives(plan, id, parts.team());
		List<Strategy> strategies = strategies(plan, id, objectives);
		actions(plan, id, parts.team(), objectives, strategies);
		revenueTargets(plan, id, parts);
		risks(plan, id, parts.team());
		reviews(plan, id, parts);
		return plan;
	}

	private void swot(AccountPlan plan, String id) {
		List<SwotItem> items = new ArrayList<>();
		items.add(swot(SwotKind.STRENGTH, draw.one(Words.STRENGTHS)));
		items.add(swot(SwotKind.WEAKNESS, draw.one(Words.WEAKNESSES)));
		items.add(swot(SwotKind.OPPORTUNITY, draw.one(Words.OPPORTUNITIES)));
		items.add(swot(SwotKind.THREAT, draw.one(Words.THREATS)));
		if (draw.chance(0.5)) {
			items.add(swot(SwotKind.OPPORTUNITY, draw.one(Words.OPPORTUNITIES)));
		}
		for (int i = 0; i < items.size(); i++) {
			items.get(i).setId(id + "-sw" + (i + 1));
		}
		plan.getSwot().addAll(items);
	}

	private static SwotItem swot(SwotKind kind, String text) {
		SwotItem item = KAM.createSwotItem();
		item.setKind(kind);
		item.setText(text);
		return item;
	}

	private List<Objective> objectives(AccountPlan plan, String id, List<Person> team) {
		int number = 0;
		for (Words.ObjectiveTemplate template : draw.distinct(Words.OBJECTIVES, draw.between(2, 3))) {
			Objective objective = KAM.createObjective();
			objective.setId(id + "-ob" + ++number);
			objective.setName(template.name());
			objective.setMetric(template.metric());
			objective.setMetricUnit(template.unit());
			double baseline = Math.round(draw.vary(template.baseline(), 0.2));
			double target = Math.max(baseline + 1, Math.round(draw.vary(template.target(), 0.2)));
			objective.setBaseline(baseline);
			objective.setTarget(target);
			objective.setActual(baseline + Math.round((target - baseline) * draw.between(0, 10) / 10.0));
			objective.setDueDate(draw.date(LocalDate.of(YEAR, 6, 30), LocalDate.of(YEAR, 12, 31)));
			objective.setStatus(draw.one(List.of(ObjectiveStatus.ON_TRACK, ObjectiveStatus.ON_TRACK,
					ObjectiveStatus.AT_RISK, ObjectiveStatus.OFF_TRACK, ObjectiveStatus.ACHIEVED,
					ObjectiveStatus.NOT_STARTED)));
			objective.setOwner(draw.one(team));
			plan.getObjectives().add(objective);
		}
		return List.copyOf(plan.getObjectives());
	}

	private List<Strategy> strategies(AccountPlan plan, String id, List<Objective> objectives) {
		int number = 0;
		for (String name : draw.distinct(Words.STRATEGIES, draw.between(1, 2))) {
			Strategy strategy = KAM.createStrategy();
			strategy.setId(id + "-st" + ++number);
			strategy.setName(name);
			strategy.getObjectives().addAll(draw.distinct(objectives, draw.between(1, objectives.size())));
			plan.getStrategies().add(strategy);
		}
		return List.copyOf(plan.getStrategies());
	}

	/** 3 to 5 actions, each with an owner and a due date; those due before today mostly done. */
	private void actions(AccountPlan plan, String id, List<Person> team,
			List<Objective> objectives, List<Strategy> strategies) {
		int number = 0;
		for (String name : draw.distinct(Words.ACTIONS, draw.between(3, 5))) {
			Action action = KAM.createAction();
			action.setId(id + "-ac" + ++number);
			action.setName(name);
			action.setOwner(draw.one(team));
			LocalDate due = draw.date(LocalDate.of(YEAR, 2, 1), LocalDate.of(YEAR + 1, 3, 31));
			action.setDueDate(due);
			if (due.isBefore(LAST_UPDATED)) {
				int roll = draw.between(0, 99);
				action.setStatus(roll < 60 ? ActionStatus.DONE : roll < 85 ? ActionStatus.IN_PROGRESS : ActionStatus.OPEN);
				if (action.getStatus() == ActionStatus.DONE) {
					action.setCompletedDate(due.minusDays(draw.between(0, 20)));
				}
			} else {
				action.setStatus(draw.chance(0.3) ? ActionStatus.IN_PROGRESS : ActionStatus.OPEN);
			}
			action.setCost(draw.amount(0, 25_000, 500));
			action.setObjective(draw.one(objectives));
			if (draw.chance(0.7)) {
				action.setStrategy(draw.one(strategies));
			}
			plan.getActions().add(action);
		}
	}

	/** A target for the whole year, and one per customer unit abroad for the offering sold there most. */
	private void revenueTargets(AccountPlan plan, String id, AccountParts parts) {
		double revenue = Math.round(parts.annualRevenue() * draw.vary(1.08, 0.05) / 10_000) * 10_000.0;
		plan.getRevenueTargets().add(target(id + "-rt1", revenue, null));
		int number = 1;
		for (AccountUnit unit : parts.topUnits().subList(1, parts.topUnits().size())) {
			RevenueTarget target = target(id + "-rt" + ++number, Math.round(unit.getLocalRevenue() * 1.1 / 10_000) * 10_000.0,
					unit);
			target.setOffering(parts.account().getKraljicAssessment().getCategories().stream()
					.flatMap(category -> category.getOfferings().stream()).findFirst().orElse(null));
			plan.getRevenueTargets().add(target);
		}
	}

	private RevenueTarget target(String id, double revenue, AccountUnit unit) {
		RevenueTarget target = KAM.createRevenueTarget();
		target.setId(id);
		target.setPeriodLabel(Integer.toString(YEAR));
		target.setPeriodStart(LocalDate.of(YEAR, 1, 1));
		target.setPeriodEnd(LocalDate.of(YEAR, 12, 31));
		target.setRevenue(revenue);
		target.setProfitContribution(Math.round(revenue * draw.amount(0.10, 0.22, 0.01) / 1_000) * 1_000.0);
		target.setAccountUnit(unit);
		return target;
	}

	private void risks(AccountPlan plan, String id, List<Person> team) {
		int number = 0;
		for (int which : draw.distinct(List.of(0, 1, 2, 3, 4), draw.between(1, 3))) {
			Risk risk = KAM.createRisk();
			risk.setId(id + "-ri" + ++number);
			risk.setName(Words.RISKS.get(which));
			risk.setLikelihood(draw.between(1, 5));
			risk.setImpact(draw.between(1, 5));
			risk.setMitigation(Words.MITIGATIONS.get(which));
			risk.setOwner(draw.one(team));
			risk.setClosed(draw.chance(0.1));
			plan.getRisks().add(risk);
		}
	}

	private void reviews(AccountPlan plan, String id, AccountParts parts) {
		int count = draw.between(1, 2);
		for (int i = 1; i <= count; i++) {
			PlanReview review = KAM.createPlanReview();
			review.setId(id + "-rv" + i);
			review.setDate(i == 1 ? draw.date(LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 6, 30))
					: draw.date(LocalDate.of(YEAR, 7, 1), LocalDate.of(YEAR, 10, 31)));
			review.setReviewedBy(parts.sponsor());
			review.setSummary(draw.one(Words.REVIEWS));
			plan.getReviews().add(review);
		}
	}
}
