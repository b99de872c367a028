/**
 * Results with key accounts per period (domain point 9) and over the years (point 1): direct and
 * attributed indirect revenue, cost to serve, profit contribution, targets against actuals and the
 * credit of each of our units.
 */
package org.kamworkbench.core.results;
