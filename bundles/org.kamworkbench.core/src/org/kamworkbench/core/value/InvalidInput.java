package org.kamworkbench.core.value;

/**
 * An input outside the range the calculation can use.
 *
 * @param input   which input
 * @param message for example "Retention rate is 120 %; it must lie between 0 % and 100 %."
 */
public record InvalidInput(LifetimeValueInput input, String message) {
}
