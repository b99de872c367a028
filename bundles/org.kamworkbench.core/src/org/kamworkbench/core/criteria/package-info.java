/**
 * API for selection criteria computed by code: a criterion whose {@code computationId} names a
 * {@link org.kamworkbench.core.criteria.CriterionComputation} contributed to the extension point
 * {@code org.kamworkbench.core.criteria} takes its value from that computation instead of hand scores.
 * {@link org.kamworkbench.core.criteria.CriterionComputations} lists what is installed; the scoring itself is in
 * {@code org.kamworkbench.core.selection}. See docs/extending.md.
 */
package org.kamworkbench.core.criteria;
