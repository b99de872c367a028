package org.kamworkbench.core.tests.plan;

import java.time.LocalDate;
import java.util.List;

import org.kamworkbench.core.plan.PlanHealth;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.Action;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.Objective;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.PlanStatus;
import org.kamworkbench.kam.RevenueTarget;
import org.kamworkbench.kam.Risk;
import org.kamworkbench.kam.SwotItem;
import org.kamworkbench.kam.SwotKind;

/**
 * A complete account plan on {@link #AS_OF}: a SWOT item in every quadrant, one measurable objective with
 * an owned and dated action towards it, a review ahead, a revenue target for 2026 with a result of the
 * account in its period, and a risk with its mitigation.
 */
final class PlanFixture {

	static final KamFactory KAM = KamFactory.eINSTANCE;
	static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);

	final Person anna = KAM.createPerson();
	final Account brouwer = KAM.createAccount();
	final AccountPlan plan = KAM.createAccountPlan();
	final Objective share = KAM.createObjective();
	final Action workshop = KAM.createAction();
	final RevenueTarget target2026 = KAM.createRevenueTarget();
	final PeriodResult firstQuarter = KAM.createPeriodResult();
	final Risk tender = KAM.createRisk();

	PlanFixture() {
		anna.setName("Anna Smit");
		brouwer.setName("Brouwer Foods");
		plan.setName("Plan 2026");
		plan.setStatus(PlanStatus.ACTIVE);
		plan.setNextReviewDate(AS_OF.plusDays(30));
		brouwer.getPlans().add(plan);

		for (SwotKind kind : SwotKind.VALUES) {
			SwotItem item = KAM.createSwotItem();
			item.setKind(kind);
			item.setText(kind.getName());
			plan.getSwot().add(item);
		}

		share.setName("Grow share of wallet");
		share.setTarget(50);
		share.setDueDate(LocalDate.of(2026, 12, 31));
		plan.getObjectives().add(share);

		workshop.setName("Innovation workshop");
		workshop.setOwner(anna);
		workshop.setDueDate(AS_OF.plusDays(10));
		workshop.setObjective(share);
		plan.getActions().add(workshop);

		target2026.setPeriodLabel("2026");
		target2026.setPeriodStart(LocalDate.of(2026, 1, 1));
		target2026.setPeriodEnd(LocalDate.of(2026, 12, 31));
		target2026.setRevenue(4_300_000);
		plan.getRevenueTargets().add(target2026);

		firstQuarter.setPeriodLabel("2026-Q1");
		firstQuarter.setPeriodStart(LocalDate.of(2026, 1, 1));
		firstQuarter.setPeriodEnd(LocalDate.of(2026, 3, 31));
		brouwer.getResults().add(firstQuarter);

		tender.setName("Group-wide tender");
		tender.setMitigation("Offer a multi-year energy-performance contract.");
		plan.getRisks().add(tender);
	}

	PlanHealth health() {
		return PlanHealth.assess(plan, AS_OF);
	}

	List<String> messages() {
		return health().findings().stream().map(finding -> finding.message()).toList();
	}
}
