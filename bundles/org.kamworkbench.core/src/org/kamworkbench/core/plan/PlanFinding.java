package org.kamworkbench.core.plan;

import org.eclipse.emf.ecore.EObject;

/**
 * One thing an account plan lacks.
 *
 * @param check   the check that found it
 * @param subject the object that lacks it: the objective, action, revenue target or risk, or the plan
 *                itself for what the plan as a whole lacks (objectives, actions, a review, a SWOT quadrant,
 *                revenue targets)
 * @param message one localized sentence naming the object and saying what to add, e.g. "Action 'Call the
 *                CPO' has no owner; choose one of the account team."
 */
public record PlanFinding(PlanCheck check, EObject subject, String message) {
}
