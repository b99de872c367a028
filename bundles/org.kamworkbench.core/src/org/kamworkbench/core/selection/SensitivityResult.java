package org.kamworkbench.core.selection;

import java.util.List;
import java.util.Optional;

import org.kamworkbench.kam.Account;

/**
 * The outcome of a {@link SensitivityAnalysis}.
 *
 * @param seed                    the seed; the same seed on the same portfolio gives the same result
 * @param runs                    the number of runs
 * @param weightVariationPercent  the largest relative change of each weight, in percent
 * @param accounts                per account with a known quadrant, how firmly it holds it, in the portfolio's order
 * @param notPlaced               accounts left out because their quadrant is unknown
 */
public record SensitivityResult(long seed, int runs, double weightVariationPercent, List<AccountSensitivity> accounts,
		List<Account> notPlaced) {

	public SensitivityResult {
		accounts = List.copyOf(accounts);
		notPlaced = List.copyOf(notPlaced);
	}

	/** The sensitivity of {@code account}, if it was placed. */
	public Optional<AccountSensitivity> of(Account account) {
		return accounts.stream().filter(a -> a.account() == account).findFirst();
	}
}
