package org.kamworkbench.core.results;

import java.util.OptionalDouble;

/**
 * An actual figure set against its target. A target of 0 means that no target was set: then
 * {@link #hasTarget()} is false, there is no difference and no percentage, and the summary says so.
 *
 * @param target          the target, 0 when none was set
 * @param actual          the actual figure
 * @param difference      actual minus target; empty without a target
 * @param percentAchieved actual as a percentage of the target; empty without a target and for a
 *                        negative target (a planned loss), where a percentage would mislead
 * @param summary         one localized sentence a user reads, e.g. "Revenue: EUR 1,200 against a target of EUR 1,000 (120% achieved)."
 */
public record TargetComparison(double target, double actual, OptionalDouble difference, OptionalDouble percentAchieved,
		String summary) {

	/** Whether a target was set (a target of 0 counts as none). */
	public boolean hasTarget() {
		return difference.isPresent();
	}
}
