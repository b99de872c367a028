package org.kamworkbench.core.selection;

import java.util.List;
import java.util.Optional;

import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Axis;

/**
 * Where one account lies in the account portfolio matrix.
 *
 * @param account     the account
 * @param scores      its scores on both axes
 * @param quadrant    its quadrant; empty when an axis score is unknown
 * @param unknownAxes the axes whose score is unknown (empty when the quadrant is known)
 * @param message     for example "Brouwer Foods: strategic (attractiveness 7.2, relative strength 6.1)"
 */
public record PortfolioPosition(Account account, AccountScores scores, Optional<PortfolioQuadrant> quadrant,
		List<Axis> unknownAxes, String message) {

	public PortfolioPosition {
		unknownAxes = List.copyOf(unknownAxes);
	}
}
