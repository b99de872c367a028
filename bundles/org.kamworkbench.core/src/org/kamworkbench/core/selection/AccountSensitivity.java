package org.kamworkbench.core.selection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Texts;
import org.kamworkbench.kam.Account;

/**
 * How firmly one account holds its quadrant when the weights vary.
 *
 * @param account      the account
 * @param baseQuadrant its quadrant with the portfolio's own weights
 * @param runs         the number of runs
 * @param keptRuns     the runs in which it stayed in {@code baseQuadrant}
 * @param movedTo      for every other quadrant it landed in, in how many runs; quadrants it never reached are absent
 */
public record AccountSensitivity(Account account, PortfolioQuadrant baseQuadrant, int runs, int keptRuns,
		Map<PortfolioQuadrant, Integer> movedTo) {

	public AccountSensitivity {
		Map<PortfolioQuadrant, Integer> copy = new EnumMap<>(PortfolioQuadrant.class);
		copy.putAll(movedTo);
		movedTo = Collections.unmodifiableMap(copy);
	}

	/** The share (0-1) of runs in which the account kept its base quadrant; 1 when there were no runs. */
	public double keptShare() {
		return runs == 0 ? 1.0 : (double) keptRuns / runs;
	}

	/** Whether the account stayed in its base quadrant in every run. */
	public boolean isStable() {
		return keptRuns == runs;
	}

	/** For example "Brouwer Foods stayed strategic in 87 % of 1000 runs; it moved to star in 130 of them". */
	public String message() {
		List<String> moves = new ArrayList<>();
		movedTo.forEach((quadrant, count) -> moves.add(NLS.bind(Messages.Sensitivity_movedTo, quadrant.label(), count)));
		String template = moves.isEmpty() ? Messages.Sensitivity_kept : Messages.Sensitivity_keptAndMoved;
		return NLS.bind(template, new Object[] { account.getName(), baseQuadrant.label(),
				Texts.number(keptShare() * 100), Integer.valueOf(runs), String.join(Messages.LIST_SEPARATOR, moves) });
	}
}
