package org.kamworkbench.core.tests.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.kamworkbench.core.results.AccountResults;
import org.kamworkbench.core.results.CreditSplit;
import org.kamworkbench.core.results.PeriodFigures;
import org.kamworkbench.core.results.ResultTotals;
import org.kamworkbench.core.results.ResultsAnalysis;
import org.kamworkbench.core.results.TargetComparison;
import org.kamworkbench.core.results.UnitCreditShare;
import org.kamworkbench.core.results.YearResults;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.PeriodResult;

class ResultsAnalysisTest {

	private static final double CENT = 0.005;

	private final ResultsFixture fixture = new ResultsFixture();

	private PeriodFigures only() {
		AccountResults results = ResultsAnalysis.analyse(fixture.brouwer);
		assertEquals(1, results.periods().size());
		return results.periods().get(0);
	}

	// --- revenue

	@Test
	void indirectRevenueCountsOnlyTheAttributedShare() {
		PeriodResult result = fixture.year(2025, 900_000);
		ResultsFixture.indirect(result, "Wholesaler", 100_000, 50);
		ResultsFixture.indirect(result, "Webshop", 40_000, 25);
		PeriodFigures figures = only();
		assertEquals(900_000, figures.directRevenue(), CENT);
		assertEquals(60_000, figures.indirectRevenue(), CENT);
		assertEquals(960_000, figures.totalRevenue(), CENT);
	}

	@Test
	void resellerRevenueWithoutAttributionAddsNothing() {
		ResultsFixture.indirect(fixture.year(2025, 500), "Wholesaler", 100_000, 0);
		assertEquals(500, only().totalRevenue(), CENT);
	}

	@Test
	void costToServeAndProfitContributionAreShownAsRecorded() {
		PeriodResult result = fixture.year(2025, 900_000);
		result.setCostToServe(120_000);
		result.setProfitContribution(180_000);
		PeriodFigures figures = only();
		assertEquals(120_000, figures.costToServe(), CENT);
		assertEquals(180_000, figures.profitContribution(), CENT);
		assertSame(result, figures.result());
	}

	// --- targets

	@Test
	void aZeroTargetMeansNoTargetAndTheSummarySaysSo() {
		fixture.year(2025, 960_000);
		TargetComparison revenue = only().revenue();
		assertFalse(revenue.hasTarget());
		assertEquals(OptionalDouble.empty(), revenue.percentAchieved());
		assertEquals(OptionalDouble.empty(), revenue.difference());
		assertEquals("Revenue: EUR 960,000; no target set.", revenue.summary());
	}

	@Test
	void totalAttributedRevenueIsComparedWithTheRevenueTarget() {
		PeriodResult result = fixture.year(2025, 900_000);
		ResultsFixture.indirect(result, "Wholesaler", 120_000, 50);
		result.setRevenueTarget(800_000);
		TargetComparison revenue = only().revenue();
		assertTrue(revenue.hasTarget());
		assertEquals(960_000, revenue.actual(), CENT);
		assertEquals(160_000, revenue.difference().getAsDouble(), CENT);
		assertEquals(120, revenue.percentAchieved().getAsDouble(), CENT);
		assertEquals("Revenue: EUR 960,000 against a target of EUR 800,000 (120% achieved).", revenue.summary());
	}

	@Test
	void profitContributionIsComparedWithItsTarget() {
		PeriodResult result = fixture.year(2025, 900_000);
		result.setProfitContribution(100_000);
		result.setProfitContributionTarget(125_000);
		TargetComparison profit = only().profit();
		assertEquals(80, profit.percentAchieved().getAsDouble(), CENT);
		assertEquals(-25_000, profit.difference().getAsDouble(), CENT);
		assertEquals("Profit contribution: EUR 100,000 against a target of EUR 125,000 (80% achieved).",
				profit.summary());
	}

	@Test
	void aPlannedLossGetsADifferenceButNoPercentage() {
		PeriodResult result = fixture.year(2025, 10_000);
		result.setProfitContribution(-25_000);
		result.setProfitContributionTarget(-50_000);
		TargetComparison profit = only().profit();
		assertTrue(profit.hasTarget());
		assertEquals(OptionalDouble.empty(), profit.percentAchieved());
		assertEquals(25_000, profit.difference().getAsDouble(), CENT);
		assertEquals("Profit contribution: EUR -25,000 against a target of EUR -50,000 (difference EUR 25,000).",
				profit.summary());
	}

	@Test
	void amountsAreInThePortfolioCurrency() {
		fixture.portfolio.setCurrency("USD");
		fixture.year(2025, 1_000);
		AccountResults results = ResultsAnalysis.analyse(fixture.brouwer);
		assertEquals("USD", results.currency());
		assertEquals("Revenue: USD 1,000; no target set.", results.periods().get(0).revenue().summary());
	}

	// --- credit per unit

	@Test
	void eachUnitIsCreditedItsShareOfTheTotalAttributedRevenue() {
		PeriodResult result = fixture.year(2025, 900_000);
		ResultsFixture.indirect(result, "Wholesaler", 120_000, 50);
		ResultsFixture.credit(result, fixture.benelux, 60);
		ResultsFixture.credit(result, fixture.germany, 40);
		CreditSplit credits = only().credits();
		assertEquals(List.of(fixture.benelux, fixture.germany),
				credits.shares().stream().map(UnitCreditShare::unit).toList());
		assertEquals(576_000, credits.shares().get(0).credit(), CENT);
		assertEquals(384_000, credits.shares().get(1).credit(), CENT);
		assertEquals(100, credits.shareTotal(), CENT);
		assertTrue(credits.isComplete());
		assertEquals(Optional.empty(), credits.flag());
	}

	@Test
	void sharesThatDoNotSumTo100AreFlagged() {
		PeriodResult result = fixture.year(2025, 1_000);
		ResultsFixture.credit(result, fixture.benelux, 60);
		ResultsFixture.credit(result, fixture.germany, 30);
		CreditSplit credits = only().credits();
		assertFalse(credits.isComplete());
		assertEquals(Optional.of("Credit shares for 2025 sum to 90% instead of 100%; correct the split across our units."),
				credits.flag());
		assertEquals(300, credits.shares().get(1).credit(), CENT);
	}

	@Test
	void sharesAbove100AreFlaggedToo() {
		PeriodResult result = fixture.year(2025, 1_000);
		ResultsFixture.credit(result, fixture.benelux, 100);
		ResultsFixture.credit(result, fixture.germany, 0.5);
		assertEquals(Optional.of("Credit shares for 2025 sum to 100.5% instead of 100%; correct the split across our units."),
				only().credits().flag());
	}

	@Test
	void roundedThirdsAreNotFlagged() {
		PeriodResult result = fixture.year(2025, 1_000);
		ResultsFixture.credit(result, fixture.benelux, 33.33);
		ResultsFixture.credit(result, fixture.germany, 33.33);
		ResultsFixture.credit(result, fixture.benelux, 33.34);
		assertEquals(Optional.empty(), only().credits().flag());
	}

	@Test
	void aResultWithoutSplitIsNotFlaggedButNotCompleteEither() {
		fixture.year(2025, 1_000);
		CreditSplit credits = only().credits();
		assertEquals(Optional.empty(), credits.flag());
		assertFalse(credits.isComplete());
		assertTrue(credits.shares().isEmpty());
	}

	// --- order, totals and years

	@Test
	void periodsAreOrderedByStartThenLabelWithUndatedOnesLast() {
		fixture.year(2025, 1);
		fixture.result("no date", null, null, 1);
		fixture.result("2024-Q2", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30), 1);
		fixture.result("2024-Q1 Germany", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), 1)
				.setAccountUnit(fixture.brouwerNl);
		fixture.result("2024-Q1", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), 1);
		List<String> labels = ResultsAnalysis.analyse(fixture.brouwer).periods().stream().map(PeriodFigures::label)
				.toList();
		assertEquals(List.of("2024-Q1", "2024-Q1 Germany", "2024-Q2", "2025", "no date"), labels);
	}

	@Test
	void aResultWithoutLabelIsNamedByItsDatesOrAsHavingNoPeriod() {
		fixture.result(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), 1);
		fixture.result(" ", null, null, 1);
		List<String> labels = ResultsAnalysis.analyse(fixture.brouwer).periods().stream().map(PeriodFigures::label)
				.toList();
		assertEquals(List.of("2025-01-01 to 2025-06-30", "(no period)"), labels);
	}

	@Test
	void totalsAddUpEveryPeriod() {
		PeriodResult y2024 = fixture.year(2024, 800_000);
		y2024.setCostToServe(100_000);
		y2024.setProfitContribution(150_000);
		PeriodResult y2025 = fixture.year(2025, 900_000);
		ResultsFixture.indirect(y2025, "Wholesaler", 100_000, 50);
		y2025.setCostToServe(110_000);
		y2025.setProfitContribution(170_000);
		ResultTotals totals = ResultsAnalysis.analyse(fixture.brouwer).totals();
		assertEquals(2, totals.periods());
		assertEquals(1_700_000, totals.directRevenue(), CENT);
		assertEquals(50_000, totals.indirectRevenue(), CENT);
		assertEquals(1_750_000, totals.totalRevenue(), CENT);
		assertEquals(210_000, totals.costToServe(), CENT);
		assertEquals(320_000, totals.profitContribution(), CENT);
		assertFalse(totals.revenue().hasTarget());
		assertEquals("Revenue: EUR 1,750,000; no target set.", totals.revenue().summary());
	}

	@Test
	void totalsCompareOnlyThePeriodsThatHaveATargetAndSaySo() {
		fixture.year(2023, 500_000);
		fixture.year(2024, 800_000).setRevenueTarget(1_000_000);
		fixture.year(2025, 1_100_000).setRevenueTarget(1_000_000);
		TargetComparison revenue = ResultsAnalysis.analyse(fixture.brouwer).totals().revenue();
		assertEquals(2_000_000, revenue.target(), CENT);
		assertEquals(1_900_000, revenue.actual(), CENT);
		assertEquals(95, revenue.percentAchieved().getAsDouble(), CENT);
		assertEquals("Revenue: EUR 1,900,000 against a target of EUR 2,000,000 (95% achieved). Only 2 of 3 periods "
				+ "have a target; the comparison covers those periods.", revenue.summary());
	}

	@Test
	void totalsCreditEachUnitOverAllPeriods() {
		PeriodResult y2024 = fixture.year(2024, 1_000);
		ResultsFixture.credit(y2024, fixture.benelux, 100);
		PeriodResult y2025 = fixture.year(2025, 3_000);
		ResultsFixture.credit(y2025, fixture.germany, 50);
		ResultsFixture.credit(y2025, fixture.benelux, 50);
		List<UnitCreditShare> credits = ResultsAnalysis.analyse(fixture.brouwer).totals().credits();
		assertEquals(List.of(fixture.benelux, fixture.germany), credits.stream().map(UnitCreditShare::unit).toList());
		assertEquals(2_500, credits.get(0).credit(), CENT);
		assertEquals(62.5, credits.get(0).sharePercent(), CENT);
		assertEquals(1_500, credits.get(1).credit(), CENT);
		assertEquals(37.5, credits.get(1).sharePercent(), CENT);
	}

	@Test
	void theMultiYearViewGroupsPeriodsByTheYearTheyStart() {
		fixture.result("2024-Q1", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), 100);
		fixture.result("2024-Q2", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30), 200);
		fixture.result("FY 2025/26", LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30), 1_000);
		fixture.result("no date", null, null, 5);
		AccountResults results = ResultsAnalysis.analyse(fixture.brouwer);
		assertEquals(List.of(2024, 2025), results.years().stream().map(YearResults::year).toList());
		YearResults y2024 = results.years().get(0);
		assertEquals(List.of("2024-Q1", "2024-Q2"), y2024.periods().stream().map(PeriodFigures::label).toList());
		assertEquals(300, y2024.totals().totalRevenue(), CENT);
		assertEquals(1_000, results.years().get(1).totals().totalRevenue(), CENT);
		assertEquals(List.of("no date"), results.undatedPeriods().stream().map(PeriodFigures::label).toList());
		assertEquals(1_305, results.totals().totalRevenue(), CENT);
	}

	@Test
	void anAccountWithoutResultsHasEmptyTotals() {
		AccountResults results = ResultsAnalysis.analyse(fixture.brouwer);
		assertTrue(results.periods().isEmpty());
		assertTrue(results.years().isEmpty());
		assertEquals(0, results.totals().periods());
		assertEquals(0, results.totals().totalRevenue(), CENT);
		assertTrue(results.warnings().isEmpty());
	}

	@Test
	void everyAccountOfThePortfolioIsAnalysed() {
		Account acme = ResultsFixture.KAM.createAccount();
		acme.setName("Acme");
		fixture.portfolio.getAccounts().add(acme);
		assertEquals(List.of(fixture.brouwer, acme),
				ResultsAnalysis.analyse(fixture.portfolio).stream().map(AccountResults::account).toList());
	}

	// --- overlapping periods

	@Test
	void overlappingPeriodsOfTheWholeGroupAreWarnedAbout() {
		fixture.year(2025, 1_000);
		fixture.result("2025-Q1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), 250);
		assertEquals(List.of("Results 2025 and 2025-Q1 overlap and are both counted in the totals; record each period once."),
				ResultsAnalysis.analyse(fixture.brouwer).warnings());
	}

	@Test
	void periodsSharingOneDayOverlap() {
		fixture.result("H1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1), 1);
		fixture.result("H2", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), 1);
		assertEquals(1, ResultsAnalysis.analyse(fixture.brouwer).warnings().size());
	}

	@Test
	void adjacentPeriodsDoNotOverlap() {
		fixture.result("H1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), 1);
		fixture.result("H2", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), 1);
		assertTrue(ResultsAnalysis.analyse(fixture.brouwer).warnings().isEmpty());
	}

	@Test
	void resultsOfDifferentCustomerUnitsMayShareAPeriod() {
		fixture.year(2025, 1_000);
		fixture.year(2025, 400).setAccountUnit(fixture.brouwerNl);
		assertTrue(ResultsAnalysis.analyse(fixture.brouwer).warnings().isEmpty());
	}

	@Test
	void overlapsWithinOneCustomerUnitNameTheUnit() {
		fixture.year(2025, 1_000).setAccountUnit(fixture.brouwerNl);
		fixture.result("2025-Q4", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31), 1).setAccountUnit(fixture.brouwerNl);
		assertEquals(List.of("Results 2025 and 2025-Q4 of Brouwer NL overlap and are both counted in the totals; "
				+ "record each period once."), ResultsAnalysis.analyse(fixture.brouwer).warnings());
	}
}
