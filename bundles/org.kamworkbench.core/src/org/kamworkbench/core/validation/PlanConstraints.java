package org.kamworkbench.core.validation;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.Action;
import org.kamworkbench.kam.ActionStatus;
import org.kamworkbench.kam.KamPackage.Literals;
import org.kamworkbench.kam.Objective;
import org.kamworkbench.kam.ObjectiveStatus;
import org.kamworkbench.kam.Risk;

/**
 * Account plans (domain point 6 and the account plan model): the planning period runs forward;
 * objectives are measurable (a target other than 0 and a due date, warnings, not for cancelled ones);
 * actions have an owner (error, not for cancelled ones) and, while open, a due date (warning); a risk's
 * likelihood and impact are 0 (unknown) to 5.
 */
final class PlanConstraints {

	private static final double RATING_MAX = 5;

	private PlanConstraints() {
	}

	static void check(AccountPlan plan, Findings findings) {
		findings.periodOrder(Constraint.PLAN_PERIOD_ORDER, plan, Literals.ACCOUNT_PLAN__PERIOD_START,
				plan.getPeriodStart(), plan.getPeriodEnd());
	}

	static void check(Objective objective, Findings findings) {
		if (objective.getStatus() == ObjectiveStatus.CANCELLED) {
			return;
		}
		if (objective.getTarget() == 0) {
			findings.report(Constraint.OBJECTIVE_TARGET, objective, Literals.OBJECTIVE__TARGET,
					NLS.bind(Messages.Validation_objectiveTarget, ObjectLabels.path(objective)));
		}
		if (objective.getDueDate() == null) {
			findings.report(Constraint.OBJECTIVE_DUE_DATE, objective, Literals.OBJECTIVE__DUE_DATE,
					NLS.bind(Messages.Validation_objectiveDueDate, ObjectLabels.path(objective)));
		}
	}

	static void check(Action action, Findings findings) {
		ActionStatus status = action.getStatus();
		if (action.getOwner() == null && status != ActionStatus.CANCELLED) {
			findings.report(Constraint.ACTION_OWNER, action, Literals.ACTION__OWNER,
					NLS.bind(Messages.Validation_actionOwner, ObjectLabels.path(action)));
		}
		if (action.getDueDate() == null && status != ActionStatus.CANCELLED && status != ActionStatus.DONE) {
			findings.report(Constraint.ACTION_DUE_DATE, action, Literals.ACTION__DUE_DATE,
					NLS.bind(Messages.Validation_actionDueDate, ObjectLabels.path(action)));
		}
	}

	static void check(Risk risk, Findings findings) {
		findings.inRange(Constraint.RISK_RATING_RANGE, risk, Literals.RISK__LIKELIHOOD, 0, RATING_MAX);
		findings.inRange(Constraint.RISK_RATING_RANGE, risk, Literals.RISK__IMPACT, 0, RATING_MAX);
	}
}
