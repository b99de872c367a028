package org.kamworkbench.core.tests.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kamworkbench.core.selection.AccountScores;
import org.kamworkbench.core.selection.AxisScore;
import org.kamworkbench.core.selection.KeptScore;
import org.kamworkbench.core.selection.SelectionScoring;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.ScaleDirection;
import org.kamworkbench.kam.Score;

class SelectionScoringTest {

	private static final double EXACT = 1e-9;

	private final SelectionFixture fixture = new SelectionFixture();
	private final Account account = fixture.account("Brouwer Foods", AccountStatus.KEY_ACCOUNT);

	private AccountScores scores() {
		return SelectionScoring.score(fixture.portfolio, account);
	}

	@Test
	void aScoreIsPlacedOnZeroToTenFromItsCriterionsScale() {
		Criterion revenue = fixture.criterion(fixture.criteria, "Revenue", Axis.ATTRACTIVENESS, 100, 1, 5,
				ScaleDirection.HIGHER_IS_BETTER);
		fixture.score(account, revenue, 4);
		assertEquals(7.5, scores().attractiveness().score().getAsDouble(), EXACT);
	}

	@Test
	void aLowerIsBetterScaleIsReversed() {
		Criterion costToServe = fixture.criterion(fixture.criteria, "Cost to serve", Axis.ATTRACTIVENESS, 100, 1, 5,
				ScaleDirection.LOWER_IS_BETTER);
		Score score = fixture.score(account, costToServe, 2);
		assertEquals(7.5, scores().attractiveness().score().getAsDouble(), EXACT);
		score.setValue(5);
		assertEquals(0.0, scores().attractiveness().score().getAsDouble(), EXACT, "the highest value is the worst");
		score.setValue(1);
		assertEquals(10.0, scores().attractiveness().score().getAsDouble(), EXACT, "the lowest value is the best");
	}

	@Test
	void weightsThatDoNotSumToAHundredStillGiveAScoreOnZeroToTen() {
		Criterion revenue = fixture.criterion("Revenue", Axis.ATTRACTIVENESS, 30);
		Criterion reputation = fixture.criterion("Reputation", Axis.ATTRACTIVENESS, 10);
		fixture.score(account, revenue, 10);
		fixture.score(account, reputation, 2);
		assertEquals((30 * 10 + 10 * 2) / 40.0, scores().attractiveness().score().getAsDouble(), EXACT);

		revenue.setWeight(75);
		reputation.setWeight(25);
		assertEquals(8.0, scores().attractiveness().score().getAsDouble(), EXACT, "same proportions, same score");
	}

	@Test
	void weightsAreNormalisedOverTheCriteriaThatHaveAScore() {
		Criterion revenue = fixture.criterion("Revenue", Axis.ATTRACTIVENESS, 50);
		Criterion profit = fixture.criterion("Profit", Axis.ATTRACTIVENESS, 30);
		Criterion learning = fixture.criterion("Learning effects", Axis.ATTRACTIVENESS, 20);
		fixture.score(account, revenue, 10);
		fixture.score(account, profit, 5);

		AxisScore attractiveness = scores().attractiveness();
		assertEquals((50 * 10 + 30 * 5) / 80.0, attractiveness.score().getAsDouble(), EXACT);
		assertEquals(List.of(revenue, profit), attractiveness.counted());
		assertEquals(List.of(learning), attractiveness.missing());
	}

	@Test
	void aScoreUnderAnotherVersionIsKeptButNotCounted() {
		Criterion revenue = fixture.criterion("Revenue", Axis.ATTRACTIVENESS, 50);
		Criterion profit = fixture.criterion("Profit", Axis.ATTRACTIVENESS, 50);
		fixture.score(account, revenue, 8);
		fixture.score(account, profit, 2, 1);

		AxisScore attractiveness = scores().attractiveness();
		assertEquals(8.0, attractiveness.score().getAsDouble(), EXACT, "the version-1 score does not pull it down");
		assertEquals(List.of(profit), attractiveness.missing());
		KeptScore kept = attractiveness.keptUnderOtherVersion().get(0);
		assertEquals(1, attractiveness.keptUnderOtherVersion().size());
		assertSame(profit, kept.criterion());
		assertEquals(1, kept.version());
		assertEquals(2, kept.currentVersion());
		assertTrue(kept.message().startsWith("Profit: "), kept.message());
		assertTrue(kept.message().contains(" 1,") && kept.message().endsWith(" 2"), kept.message());
	}

	@Test
	void aScoreOnACriterionOfAnotherSetIsKeptUnderThatSetsVersion() {
		CriteriaSet old = fixture.kam.createCriteriaSet();
		old.setVersion(1);
		fixture.portfolio.getCriteriaSets().add(old);
		Criterion oldStrength = fixture.criterion(old, "Delivery reliability", Axis.RELATIVE_STRENGTH, 100, 0, 10,
				ScaleDirection.HIGHER_IS_BETTER);
		Criterion strength = fixture.criterion("Delivery reliability", Axis.RELATIVE_STRENGTH, 100);
		fixture.score(account, oldStrength, 9, SelectionFixture.VERSION); // recorded with the wrong version

		AxisScore relativeStrength = scores().relativeStrength();
		assertTrue(relativeStrength.score().isEmpty());
		assertEquals(List.of(strength), relativeStrength.missing());
		assertEquals(1, relativeStrength.keptUnderOtherVersion().get(0).version());
		assertTrue(scores().attractiveness().keptUnderOtherVersion().isEmpty(), "kept on the criterion's own axis");
	}

	@Test
	void anAxisWithoutScoresIsUnknownNotZero() {
		Criterion revenue = fixture.criterion("Revenue", Axis.ATTRACTIVENESS, 100);
		Criterion delivery = fixture.criterion("Delivery", Axis.RELATIVE_STRENGTH, 100);
		fixture.score(account, revenue, 6);

		AccountScores scores = scores();
		assertTrue(scores.attractiveness().isKnown());
		assertFalse(scores.relativeStrength().isKnown());
		assertTrue(scores.relativeStrength().hasNoScores());
		assertEquals(List.of(delivery), scores.missing());
	}

	@Test
	void anAxisWhoseScoredCriteriaWeighNothingIsUnknown() {
		Criterion revenue = fixture.criterion("Revenue", Axis.ATTRACTIVENESS, 0);
		fixture.score(account, revenue, 6);
		AxisScore attractiveness = scores().attractiveness();
		assertFalse(attractiveness.isKnown());
		assertFalse(attractiveness.hasNoScores());
	}

	@Test
	void theLatestScoreOnACriterionCounts() {
		Criterion revenue = fixture.criterion("Revenue", Axis.ATTRACTIVENESS, 100);
		fixture.score(account, revenue, 9, LocalDate.of(2026, 3, 1));
		fixture.score(account, revenue, 3, LocalDate.of(2025, 3, 1));
		fixture.score(account, revenue, 1); // undated: older than any dated score
		assertEquals(9.0, scores().attractiveness().score().getAsDouble(), EXACT);
	}

	@Test
	void aValueOutsideTheScaleIsTakenAtItsEnd() {
		Criterion revenue = fixture.criterion("Revenue", Axis.ATTRACTIVENESS, 100);
		fixture.score(account, revenue, 12);
		assertEquals(10.0, scores().attractiveness().score().getAsDouble(), EXACT);
	}

	@Test
	void aCriterionWithAnEmptyScaleIsNotCountedButReported() {
		Criterion broken = fixture.criterion(fixture.criteria, "Broken", Axis.ATTRACTIVENESS, 50, 5, 5,
				ScaleDirection.HIGHER_IS_BETTER);
		Criterion revenue = fixture.criterion("Revenue", Axis.ATTRACTIVENESS, 50);
		fixture.score(account, broken, 5);
		fixture.score(account, revenue, 4);
		AxisScore attractiveness = scores().attractiveness();
		assertEquals(4.0, attractiveness.score().getAsDouble(), EXACT);
		assertEquals(List.of(broken), attractiveness.unusableScale());
	}

	@Test
	void withoutAnActiveSetTheHighestVersionApplies() {
		fixture.portfolio.setActiveCriteriaSet(null);
		CriteriaSet newest = fixture.kam.createCriteriaSet();
		newest.setVersion(3);
		CriteriaSet oldest = fixture.kam.createCriteriaSet();
		oldest.setVersion(1);
		fixture.portfolio.getCriteriaSets().add(0, newest);
		fixture.portfolio.getCriteriaSets().add(oldest);
		assertSame(newest, SelectionScoring.criteriaSet(fixture.portfolio));

		fixture.portfolio.setActiveCriteriaSet(oldest);
		assertSame(oldest, SelectionScoring.criteriaSet(fixture.portfolio), "an active set wins over a newer one");
	}

	@Test
	void aPortfolioWithoutCriteriaScoresNothing() {
		fixture.portfolio.setActiveCriteriaSet(null);
		fixture.portfolio.getCriteriaSets().clear();
		AccountScores scores = scores();
		assertNull(scores.criteriaSet());
		assertFalse(scores.attractiveness().isKnown());
		assertFalse(scores.relativeStrength().isKnown());
		assertTrue(scores.missing().isEmpty());
	}

	@Test
	void scoringDoesNotChangeTheModel() {
		Criterion revenue = fixture.criterion("Revenue", Axis.ATTRACTIVENESS, 40);
		fixture.score(account, revenue, 7);
		SelectionScoring.score(account, fixture.criteria, c -> 1000.0);
		assertEquals(40.0, revenue.getWeight());
		assertEquals(1, account.getScores().size());
	}
}
