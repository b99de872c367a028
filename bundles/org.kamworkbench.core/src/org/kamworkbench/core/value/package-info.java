/**
 * What an account is worth over time: customer lifetime value with its assumptions kept visible
 * ({@link LifetimeValueCalculator}).
 */
package org.kamworkbench.core.value;
