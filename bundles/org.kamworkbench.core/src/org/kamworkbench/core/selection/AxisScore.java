package org.kamworkbench.core.selection;

import java.util.List;
import java.util.OptionalDouble;

import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.Criterion;

/**
 * The weighted score (0-10) of one account on one axis of the account portfolio, with what it was and
 * was not based on.
 *
 * @param axis                  the axis
 * @param score                 the weighted score on 0-10; empty when unknown (no counted score, or the counted
 *                              criteria carry no weight), never 0 for "unknown"
 * @param counted               criteria whose score was counted
 * @param missing               criteria of the set on this axis without a score under the set's version
 * @param keptUnderOtherVersion scores on this axis given under another criteria version: not counted
 * @param unusableScale         scored criteria whose scale is empty ({@code scaleMax <= scaleMin}), so the score
 *                              cannot be placed on 0-10: not counted
 * @param computed              the computed criteria of this axis with their values, or why they have none (those
 *                              are not counted; they are not in {@code missing}, which is about scores by hand)
 */
public record AxisScore(Axis axis, OptionalDouble score, List<Criterion> counted, List<Criterion> missing,
		List<KeptScore> keptUnderOtherVersion, List<Criterion> unusableScale, List<ComputedScore> computed) {

	public AxisScore {
		counted = List.copyOf(counted);
		missing = List.copyOf(missing);
		keptUnderOtherVersion = List.copyOf(keptUnderOtherVersion);
		unusableScale = List.copyOf(unusableScale);
		computed = List.copyOf(computed);
	}

	/** Whether the axis has a score. */
	public boolean isKnown() {
		return score.isPresent();
	}

	/** Whether not a single score was counted on this axis (as opposed to counted scores without weight). */
	public boolean hasNoScores() {
		return counted.isEmpty();
	}
}
