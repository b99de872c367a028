package org.kamworkbench.core.selection;

/**
 * The direction in which a chart draws the relative-strength axis. Published versions of the matrix draw it
 * both ways, so every chart states it.
 *
 * @param strengthHighOnLeft whether strong relative strength is on the left (McDonald's convention)
 * @param statement          the sentence to show on the chart, e.g. "Relative strength: strong on the left, weak
 *                           on the right"
 */
public record AxisDirection(boolean strengthHighOnLeft, String statement) {
}
