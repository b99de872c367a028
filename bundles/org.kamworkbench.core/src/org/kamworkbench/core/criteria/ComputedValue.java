package org.kamworkbench.core.criteria;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a computation found for one account: a value on the criterion's scale with a short explanation of how it
 * came about ("3 supporters and 1 opponent among 5 contacts"), or no value with the reason. Explanations are
 * shown to users: write them in their language (an {@code NLS} messages class of the contributing bundle).
 */
public record ComputedValue(OptionalDouble value, String explanation) {

	public ComputedValue {
		Objects.requireNonNull(value, "value"); //$NON-NLS-1$
		Objects.requireNonNull(explanation, "explanation"); //$NON-NLS-1$
		if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
			throw new IllegalArgumentException("a computed value must be a finite number"); //$NON-NLS-1$
		}
	}

	/** A value on the criterion's scale, with how it was computed. */
	public static ComputedValue of(double value, String explanation) {
		return new ComputedValue(OptionalDouble.of(value), explanation);
	}

	/** No value, because of {@code reason} (for example "no contacts with a known attitude"). */
	public static ComputedValue none(String reason) {
		return new ComputedValue(OptionalDouble.empty(), reason);
	}
}
