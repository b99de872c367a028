package org.kamworkbench.core.selection;

import java.util.OptionalDouble;

import org.kamworkbench.kam.Criterion;

/**
 * The value of a computed criterion for one account, as the scoring counted it (or why it did not).
 *
 * @param criterion the criterion, whose {@code computationId} names the computation
 * @param state     whether a value was computed, and if not why
 * @param value     the value on the criterion's scale; present only when {@code state} is COMPUTED
 * @param message   for the user: how the value came about, or why there is none
 */
public record ComputedScore(Criterion criterion, State state, OptionalDouble value, String message) {

	/** Whether a computed criterion has a value. Only COMPUTED is counted; the others are reported. */
	public enum State {
		/** The computation gave a value. */
		COMPUTED,
		/** The computation lacks the data it needs for this account. */
		NO_VALUE,
		/** No installed extension contributes the computation the criterion names. */
		NOT_INSTALLED,
		/** The computation failed (its error is in the log). */
		FAILED
	}

	/** Whether the value is counted in the axis score. */
	public boolean isCounted() {
		return state == State.COMPUTED;
	}
}
