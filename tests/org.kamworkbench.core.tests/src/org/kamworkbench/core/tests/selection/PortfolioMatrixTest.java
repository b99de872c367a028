package org.kamworkbench.core.tests.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kamworkbench.core.selection.AxisDirection;
import org.kamworkbench.core.selection.PortfolioMatrix;
import org.kamworkbench.core.selection.PortfolioPosition;
import org.kamworkbench.core.selection.PortfolioQuadrant;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.ThresholdSide;

class PortfolioMatrixTest {

	private final SelectionFixture fixture = SelectionFixture.oneCriterionPerAxis();

	private Optional<PortfolioQuadrant> quadrantOf(double attractiveness, double strength) {
		Account account = fixture.account("Account", AccountStatus.KEY_ACCOUNT, attractiveness, strength);
		return PortfolioMatrix.place(fixture.portfolio, account).quadrant();
	}

	@ParameterizedTest(name = "attractiveness {0}, strength {1}: {2}")
	@CsvSource({ "8, 8, STRATEGIC", "8, 2, STAR", "2, 8, STATUS", "2, 2, STREAMLINE" })
	void everyQuadrant(double attractiveness, double strength, PortfolioQuadrant expected) {
		assertEquals(Optional.of(expected), quadrantOf(attractiveness, strength));
	}

	@ParameterizedTest(name = "attractiveness {0}, strength {1}, boundary {2}: {3}")
	@CsvSource({
			"5, 5, HIGH, STRATEGIC", "5, 5, LOW, STREAMLINE",
			"5, 8, HIGH, STRATEGIC", "5, 8, LOW, STATUS",
			"8, 5, HIGH, STRATEGIC", "8, 5, LOW, STAR",
			"5, 2, HIGH, STAR", "5, 2, LOW, STREAMLINE",
			"2, 5, HIGH, STATUS", "2, 5, LOW, STREAMLINE" })
	void aPointExactlyOnAThresholdFallsOnTheConfiguredSide(double attractiveness, double strength,
			ThresholdSide side, PortfolioQuadrant expected) {
		fixture.settings.setBoundarySide(side);
		assertEquals(Optional.of(expected), quadrantOf(attractiveness, strength));
	}

	@Test
	void theThresholdsComeFromTheSettings() {
		fixture.settings.setAttractivenessThreshold(7);
		fixture.settings.setStrengthThreshold(3);
		assertEquals(Optional.of(PortfolioQuadrant.STATUS), quadrantOf(6.5, 3.5));
		fixture.settings.setAttractivenessThreshold(6);
		fixture.settings.setStrengthThreshold(4);
		assertEquals(Optional.of(PortfolioQuadrant.STAR), quadrantOf(6.5, 3.5));
	}

	@Test
	void eachQuadrantHasItsSideOfTheMatrix() {
		for (PortfolioQuadrant quadrant : PortfolioQuadrant.values()) {
			assertEquals(quadrant, PortfolioQuadrant.of(quadrant.isHighAttractiveness(), quadrant.isStrong()));
			assertFalse(quadrant.label().isBlank());
			assertFalse(quadrant.strategy().isBlank());
		}
		assertTrue(PortfolioQuadrant.STAR.isHighAttractiveness() && !PortfolioQuadrant.STAR.isStrong());
		assertTrue(!PortfolioQuadrant.STATUS.isHighAttractiveness() && PortfolioQuadrant.STATUS.isStrong());
	}

	@Test
	void anUnknownAxisLeavesTheQuadrantUnknownAndSaysWhich() {
		Account account = fixture.account("Hendriks Bouw", AccountStatus.CANDIDATE);
		fixture.score(account, fixture.attractivenessCriterion(), 9);

		PortfolioPosition position = PortfolioMatrix.place(fixture.portfolio, account);
		assertTrue(position.quadrant().isEmpty());
		assertEquals(List.of(Axis.RELATIVE_STRENGTH), position.unknownAxes());
		assertTrue(position.message().startsWith("Hendriks Bouw: "), position.message());
		assertTrue(position.message().contains(SelectionFixture.dutch() ? "relatieve sterkte" : "relative strength"),
				position.message());

		PortfolioPosition unscored = PortfolioMatrix.place(fixture.portfolio,
				fixture.account("Nieuw BV", AccountStatus.CANDIDATE));
		assertEquals(List.of(Axis.ATTRACTIVENESS, Axis.RELATIVE_STRENGTH), unscored.unknownAxes());
	}

	@Test
	void aPlacedAccountsMessageNamesItsQuadrantAndScores() {
		Account account = fixture.account("Brouwer Foods", AccountStatus.KEY_ACCOUNT, 7, 3);
		String message = PortfolioMatrix.place(fixture.portfolio, account).message();
		assertTrue(message.startsWith("Brouwer Foods: " + PortfolioQuadrant.STAR.label() + " ("), message);
		assertTrue(message.contains(" 7,") && message.contains(" 3)"), message);
	}

	@Test
	void everyAccountIsPlacedInThePortfoliosOrder() {
		Account first = fixture.account("First", AccountStatus.KEY_ACCOUNT, 9, 9);
		Account second = fixture.account("Second", AccountStatus.FORMER, 1, 1);
		List<PortfolioPosition> positions = PortfolioMatrix.place(fixture.portfolio);
		assertEquals(List.of(first, second), positions.stream().map(PortfolioPosition::account).toList());
		assertEquals(Optional.of(PortfolioQuadrant.STREAMLINE), positions.get(1).quadrant());
	}

	@Test
	void theChartStatesTheDirectionOfTheStrengthAxis() {
		AxisDirection left = PortfolioMatrix.strengthDirection(fixture.portfolio);
		assertTrue(left.strengthHighOnLeft(), "McDonald's convention is the default");
		assertEquals(SelectionFixture.dutch() ? "Relatieve sterkte: sterk links, zwak rechts"
				: "Relative strength: strong on the left, weak on the right", left.statement());

		fixture.settings.setStrengthHighOnLeft(false);
		AxisDirection right = PortfolioMatrix.strengthDirection(fixture.portfolio);
		assertFalse(right.strengthHighOnLeft());
		assertEquals(SelectionFixture.dutch() ? "Relatieve sterkte: zwak links, sterk rechts"
				: "Relative strength: weak on the left, strong on the right", right.statement());
		assertNotEquals(left.statement(), right.statement());
	}
}
