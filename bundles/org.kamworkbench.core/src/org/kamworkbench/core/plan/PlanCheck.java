package org.kamworkbench.core.plan;

/**
 * The checks of {@link PlanHealth}, in the order its findings are listed. Each check passes when it has
 * no finding.
 */
public enum PlanCheck {
	/** The plan has at least one objective. */
	NO_OBJECTIVES,
	/** Every objective that is not cancelled has a target other than 0 and a due date. */
	OBJECTIVE_NOT_MEASURABLE,
	/** Every objective that is not cancelled has an action that works towards it ({@code Action.objective}). */
	OBJECTIVE_WITHOUT_ACTION,
	/** The plan has at least one action. */
	NO_ACTIONS,
	/** Every action that is not cancelled has an owner. */
	ACTION_WITHOUT_OWNER,
	/** Every action that is neither done nor cancelled has a due date. */
	ACTION_WITHOUT_DUE_DATE,
	/** A plan that is not closed has a next review date on or after the reference date. */
	NO_REVIEW_PLANNED,
	/** The SWOT has at least one item in each quadrant (strengths, weaknesses, opportunities, threats). */
	SWOT_QUADRANT_EMPTY,
	/** The plan has at least one revenue target. */
	NO_REVENUE_TARGETS,
	/**
	 * Every revenue target whose period has begun by the reference date has a result of the account whose
	 * period overlaps its own.
	 */
	REVENUE_TARGET_WITHOUT_RESULTS,
	/** Every risk that is not closed has a mitigation. */
	RISK_WITHOUT_MITIGATION
}
