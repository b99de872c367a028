package org.kamworkbench.core.value;

import java.util.OptionalDouble;

/**
 * What a higher retention rate would do to the lifetime value (Reichheld: retention pays).
 *
 * @param fromPercent   the assumed retention rate
 * @param toPercent     the higher retention rate, at most 100
 * @param value         the lifetime value at {@code toPercent}
 * @param change        {@code value} minus the lifetime value at {@code fromPercent}
 * @param changePercent {@code change} in percent of the current value; empty when the current value is not
 *                      positive, so a percentage would mislead
 * @param message       for example "At 85 % retention instead of 80 %, the lifetime value would be ... "
 */
public record RetentionEffect(double fromPercent, double toPercent, double value, double change,
		OptionalDouble changePercent, String message) {
}
