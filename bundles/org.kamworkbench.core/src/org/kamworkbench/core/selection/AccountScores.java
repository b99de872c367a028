package org.kamworkbench.core.selection;

import java.util.ArrayList;
import java.util.List;

import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;

/**
 * The selection scores of one account on both axes of the account portfolio under one criteria set.
 *
 * @param account          the account
 * @param criteriaSet      the criteria set applied; {@code null} when the portfolio has none (both axes unknown)
 * @param attractiveness   the account's attractiveness (vertical axis)
 * @param relativeStrength our relative strength with the account (horizontal axis)
 */
public record AccountScores(Account account, CriteriaSet criteriaSet, AxisScore attractiveness,
		AxisScore relativeStrength) {

	/** The score on {@code axis}. */
	public AxisScore axis(Axis axis) {
		return axis == Axis.RELATIVE_STRENGTH ? relativeStrength : attractiveness;
	}

	/** Criteria of the set, on either axis, without a score under the set's version. */
	public List<Criterion> missing() {
		List<Criterion> missing = new ArrayList<>(attractiveness.missing());
		missing.addAll(relativeStrength.missing());
		return List.copyOf(missing);
	}

	/** The computed criteria on either axis with their values, or why they have none. */
	public List<ComputedScore> computed() {
		List<ComputedScore> computed = new ArrayList<>(attractiveness.computed());
		computed.addAll(relativeStrength.computed());
		return List.copyOf(computed);
	}

	/** The computed criteria on either axis that are not counted: not installed, without data or failed. */
	public List<ComputedScore> notComputed() {
		return computed().stream().filter(score -> !score.isCounted()).toList();
	}

	/** Scores on either axis kept under another criteria version, not counted. */
	public List<KeptScore> keptUnderOtherVersion() {
		List<KeptScore> kept = new ArrayList<>(attractiveness.keptUnderOtherVersion());
		kept.addAll(relativeStrength.keptUnderOtherVersion());
		return List.copyOf(kept);
	}
}
