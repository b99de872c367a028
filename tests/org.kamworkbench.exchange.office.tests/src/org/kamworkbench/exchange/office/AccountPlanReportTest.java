package org.kamworkbench.exchange.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.KamFactory;

/** Which plan an export shows, and how its amounts are scaled. */
class AccountPlanReportTest {

	@Test
	void theCurrentPlanIsTheOneWithTheLatestPeriod() {
		Account account = KamFactory.eINSTANCE.createAccount();
		assertNull(AccountPlanReport.currentPlan(account));
		AccountPlan undated = plan(account, null);
		AccountPlan later = plan(account, LocalDate.of(2026, 1, 1));
		plan(account, LocalDate.of(2025, 1, 1));
		assertEquals(later, AccountPlanReport.currentPlan(account));
		account.getPlans().remove(later);
		assertEquals(LocalDate.of(2025, 1, 1), AccountPlanReport.currentPlan(account).getPeriodStart());
		account.getPlans().removeIf(plan -> plan != undated);
		assertEquals(undated, AccountPlanReport.currentPlan(account));
	}

	@Test
	void resultsChartCountsInRoundSteps() {
		assertEquals(1_000_000, ResultsPicture.step(4_300_000));
		assertEquals(100_000, ResultsPicture.step(480_000));
		assertEquals(250_000, ResultsPicture.step(1_200_000));
		assertEquals(1000, ResultsPicture.step(0), "no amounts: a scale of thousands");
	}

	private static AccountPlan plan(Account account, LocalDate start) {
		AccountPlan plan = KamFactory.eINSTANCE.createAccountPlan();
		plan.setPeriodStart(start);
		account.getPlans().add(plan);
		return plan;
	}
}
