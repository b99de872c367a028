package org.kamworkbench.core.results;

import java.util.List;
import java.util.Optional;

/**
 * How the credit for one period's result is split across our units.
 *
 * @param shares     the credit of each unit, in the order recorded
 * @param shareTotal the sum of the recorded shares, in percent
 * @param flag       a localized warning when shares were recorded but do not sum to 100; empty when
 *                   they do or when no split was recorded
 */
public record CreditSplit(List<UnitCreditShare> shares, double shareTotal, Optional<String> flag) {

	public CreditSplit {
		shares = List.copyOf(shares);
	}

	/** Whether the split was recorded and its shares sum to 100. */
	public boolean isComplete() {
		return !shares.isEmpty() && flag.isEmpty();
	}
}
