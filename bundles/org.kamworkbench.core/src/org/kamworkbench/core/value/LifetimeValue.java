package org.kamworkbench.core.value;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A customer lifetime value with everything it rests on.
 *
 * @param assumptions     the assumptions used
 * @param value           the lifetime value in the portfolio currency; empty when an input is invalid
 * @param invalidInputs   the inputs outside their range; empty when the value could be computed
 * @param assumptionsText the assumptions as one line, e.g. "retention 80 %, margin 25 %, discount rate 8 %,
 *                        horizon 5 years, growth 3 %, ..."
 * @param retentionEffect what a higher retention rate would do; empty when an input is invalid
 */
public record LifetimeValue(LifetimeValueAssumptions assumptions, OptionalDouble value,
		List<InvalidInput> invalidInputs, String assumptionsText, Optional<RetentionEffect> retentionEffect) {

	public LifetimeValue {
		invalidInputs = List.copyOf(invalidInputs);
	}

	/** Whether every input was usable, so there is a value. */
	public boolean isValid() {
		return invalidInputs.isEmpty();
	}
}
