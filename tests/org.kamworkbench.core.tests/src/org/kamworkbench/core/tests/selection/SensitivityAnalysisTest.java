package org.kamworkbench.core.tests.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kamworkbench.core.selection.AccountSensitivity;
import org.kamworkbench.core.selection.PortfolioQuadrant;
import org.kamworkbench.core.selection.SensitivityAnalysis;
import org.kamworkbench.core.selection.SensitivityResult;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.Criterion;

class SensitivityAnalysisTest {

	private static final long SEED = 20260301L;

	private final SelectionFixture fixture = new SelectionFixture();
	private Criterion revenue;
	private Criterion reputation;
	private Criterion delivery;
	private Account nearBoundary;
	private Account farFromBoundary;

	@BeforeEach
	void portfolio() {
		fixture.settings.setSensitivityRuns(500);
		revenue = fixture.criterion("Revenue", Axis.ATTRACTIVENESS, 50);
		reputation = fixture.criterion("Reputation", Axis.ATTRACTIVENESS, 50);
		delivery = fixture.criterion("Delivery", Axis.RELATIVE_STRENGTH, 100);
		// attractiveness exactly 5 with equal weights: strategic, but any tilt towards reputation makes it status
		nearBoundary = fixture.account("Near", AccountStatus.KEY_ACCOUNT);
		fixture.score(nearBoundary, revenue, 6);
		fixture.score(nearBoundary, reputation, 4);
		fixture.score(nearBoundary, delivery, 8);
		farFromBoundary = fixture.account("Far", AccountStatus.KEY_ACCOUNT);
		fixture.score(farFromBoundary, revenue, 9);
		fixture.score(farFromBoundary, reputation, 8);
		fixture.score(farFromBoundary, delivery, 9);
	}

	@Test
	void anAccountNearABoundaryMovesInSomeRunsWhileOneFarFromItNeverDoes() {
		SensitivityResult result = SensitivityAnalysis.analyse(fixture.portfolio, SEED);

		AccountSensitivity near = result.of(nearBoundary).orElseThrow();
		assertEquals(PortfolioQuadrant.STRATEGIC, near.baseQuadrant());
		assertTrue(near.keptShare() > 0.3 && near.keptShare() < 0.7, "about half the runs tilt it: " + near.keptShare());
		assertEquals(Map.of(PortfolioQuadrant.STATUS, near.runs() - near.keptRuns()), near.movedTo());
		assertTrue(near.message().startsWith("Near "), near.message());

		AccountSensitivity far = result.of(farFromBoundary).orElseThrow();
		assertEquals(PortfolioQuadrant.STRATEGIC, far.baseQuadrant());
		assertEquals(1.0, far.keptShare());
		assertTrue(far.isStable());
		assertEquals(Map.of(), far.movedTo());
	}

	@Test
	void theSameSeedReproducesTheResult() {
		SensitivityResult first = SensitivityAnalysis.analyse(fixture.portfolio, SEED);
		SensitivityResult second = SensitivityAnalysis.analyse(fixture.portfolio, SEED);
		assertEquals(first, second);
		assertEquals(first.of(nearBoundary).orElseThrow().message(), second.of(nearBoundary).orElseThrow().message());

		SensitivityResult otherSeed = SensitivityAnalysis.analyse(fixture.portfolio, SEED + 1);
		assertNotEquals(first.of(nearBoundary).orElseThrow().keptRuns(),
				otherSeed.of(nearBoundary).orElseThrow().keptRuns(), "the seed drives the variation");
	}

	@Test
	void theRunsAndVariationComeFromTheSettings() {
		fixture.settings.setSensitivityRuns(37);
		SensitivityResult result = SensitivityAnalysis.analyse(fixture.portfolio, SEED);
		assertEquals(37, result.runs());
		assertEquals(37, result.of(nearBoundary).orElseThrow().runs());
		assertEquals(20.0, result.weightVariationPercent(), "the default variation");

		fixture.settings.setSensitivityWeightVariationPercent(0);
		AccountSensitivity near = SensitivityAnalysis.analyse(fixture.portfolio, SEED).of(nearBoundary).orElseThrow();
		assertEquals(1.0, near.keptShare(), "without variation nothing moves");
	}

	@Test
	void aWiderVariationMovesAnAccountMoreOften() {
		Account slightlyHigh = fixture.account("Slightly high", AccountStatus.KEY_ACCOUNT);
		fixture.score(slightlyHigh, revenue, 7);
		fixture.score(slightlyHigh, reputation, 4);
		fixture.score(slightlyHigh, delivery, 8); // attractiveness 5.5
		fixture.settings.setSensitivityWeightVariationPercent(5);
		double narrow = SensitivityAnalysis.analyse(fixture.portfolio, SEED).of(slightlyHigh).orElseThrow().keptShare();
		fixture.settings.setSensitivityWeightVariationPercent(60);
		double wide = SensitivityAnalysis.analyse(fixture.portfolio, SEED).of(slightlyHigh).orElseThrow().keptShare();
		assertEquals(1.0, narrow, "5.5 cannot drop below 5 when weights vary by 5 %");
		assertTrue(wide < 1.0, "it can when they vary by 60 %: " + wide);
	}

	@Test
	void theModelIsNotChanged() {
		SensitivityAnalysis.analyse(fixture.portfolio, SEED);
		assertEquals(List.of(50.0, 50.0, 100.0),
				fixture.criteria.getCriteria().stream().map(Criterion::getWeight).toList());
		assertEquals(3, nearBoundary.getScores().size());
	}

	@Test
	void anAccountWithoutAQuadrantIsListedAsNotPlaced() {
		Account unscored = fixture.account("Unscored", AccountStatus.CANDIDATE);
		SensitivityResult result = SensitivityAnalysis.analyse(fixture.portfolio, SEED);
		assertEquals(List.of(unscored), result.notPlaced());
		assertEquals(List.of(nearBoundary, farFromBoundary),
				result.accounts().stream().map(AccountSensitivity::account).toList());
	}
}
