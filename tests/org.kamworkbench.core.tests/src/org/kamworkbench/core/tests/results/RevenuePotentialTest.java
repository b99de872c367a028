package org.kamworkbench.core.tests.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.kamworkbench.core.criteria.ComputedValue;
import org.kamworkbench.core.criteria.CriterionValues;
import org.kamworkbench.core.results.RevenuePotential;
import org.kamworkbench.core.selection.ComputedScore;
import org.kamworkbench.core.selection.SelectionScoring;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.PeriodResult;

class RevenuePotentialTest {

	private static final double EXACT = 1e-9;

	private final ResultsFixture fixture = new ResultsFixture();
	private final Account other = ResultsFixture.KAM.createAccount();
	private final Criterion criterion = ResultsFixture.KAM.createCriterion();

	RevenuePotentialTest() {
		other.setName("Koelhuis Noord");
		fixture.portfolio.getAccounts().add(other);
		criterion.setName("Revenue potential");
		criterion.setScaleMin(1);
		criterion.setScaleMax(5);
		criterion.setComputationId(RevenuePotential.ID);
	}

	private PeriodResult year(Account account, int year, double revenue) {
		PeriodResult result = ResultsFixture.KAM.createPeriodResult();
		result.setPeriodLabel(Integer.toString(year));
		result.setPeriodStart(java.time.LocalDate.of(year, 1, 1));
		result.setPeriodEnd(java.time.LocalDate.of(year, 12, 31));
		result.setDirectRevenue(revenue);
		account.getResults().add(result);
		return result;
	}

	private CriterionValues values() {
		return new RevenuePotential().prepare(fixture.portfolio, criterion);
	}

	@Test
	void theLargestAccountOfTheLatestYearSitsAtTheTopOfTheScaleAndTheOthersInProportion() {
		fixture.year(2025, 800_000);
		year(other, 2025, 200_000);
		year(other, 2024, 5_000_000); // an older year does not count
		ComputedValue brouwer = values().valueOf(fixture.brouwer);
		assertEquals(5.0, brouwer.value().getAsDouble(), EXACT);
		assertEquals(1 + 0.25 * 4, values().valueOf(other).value().getAsDouble(), EXACT);
		assertEquals("2025: revenue potential 800,000, 100% of the largest account's", brouwer.explanation());
	}

	@Test
	void aRevenueTargetAboveTheRevenueIsThePotential() {
		fixture.year(2025, 500_000).setRevenueTarget(1_000_000);
		year(other, 2025, 250_000);
		assertEquals(5.0, values().valueOf(fixture.brouwer).value().getAsDouble(), EXACT);
		assertEquals(2.0, values().valueOf(other).value().getAsDouble(), EXACT);
	}

	@Test
	void anAccountWithoutResultsInTheLatestYearHasNoValueAndSaysWhy() {
		fixture.year(2026, 100);
		year(other, 2025, 200);
		ComputedValue none = values().valueOf(other);
		assertFalse(none.value().isPresent());
		assertEquals("no results in 2026, the portfolio's latest year of results", none.explanation());
	}

	@Test
	void withoutAnyRevenueNoAccountHasAValue() {
		assertEquals("no account of the portfolio has results", values().valueOf(other).explanation());
		fixture.year(2025, 0);
		assertEquals("no account has revenue or a revenue target above 0 in 2025",
				values().valueOf(fixture.brouwer).explanation());
	}

	@Test
	void theScoringCountsItThroughTheExtensionPoint() {
		CriteriaSet set = ResultsFixture.KAM.createCriteriaSet();
		set.getCriteria().add(criterion);
		criterion.setAxis(Axis.ATTRACTIVENESS);
		criterion.setWeight(100);
		fixture.portfolio.getCriteriaSets().add(set);
		fixture.brouwer.setStatus(AccountStatus.KEY_ACCOUNT);
		fixture.year(2025, 400);
		year(other, 2025, 100);
		var scores = SelectionScoring.score(fixture.portfolio, other);
		assertEquals(ComputedScore.State.COMPUTED, scores.computed().get(0).state());
		assertEquals(2.5, scores.attractiveness().score().getAsDouble(), EXACT, "2 on 1-5 is 2.5 on 0-10");
	}
}
