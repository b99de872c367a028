package org.kamworkbench.exchange.office;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.kamworkbench.exchange.office.AccountPlanReport.Table;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.Action;
import org.kamworkbench.kam.ActionStatus;
import org.kamworkbench.kam.Objective;
import org.kamworkbench.kam.Person;

/**
 * The plan's objectives and actions as tables. An action is overdue, as in the account editor, when its due
 * date lies before the reference date and it is neither done nor cancelled.
 */
final class PlanTables {

	private final AccountPlan plan;
	private final LocalDate asOf;
	private final Wording wording;

	PlanTables(AccountPlan plan, LocalDate asOf, Wording wording) {
		this.plan = plan;
		this.asOf = asOf;
		this.wording = wording;
	}

	Table objectives() {
		List<List<String>> rows = new ArrayList<>();
		if (plan != null) {
			for (Objective objective : plan.getObjectives()) {
				String unit = objective.getMetricUnit() == null || objective.getMetricUnit().isBlank() ? "" //$NON-NLS-1$
						: " " + objective.getMetricUnit(); //$NON-NLS-1$
				rows.add(List.of(text(objective.getName()), text(objective.getMetric()),
						wording.decimal(objective.getBaseline()) + unit, wording.decimal(objective.getTarget()) + unit,
						wording.decimal(objective.getActual()) + unit, wording.date(objective.getDueDate()),
						wording.of("ObjectiveStatus", objective.getStatus()), owner(objective.getOwner()))); //$NON-NLS-1$
			}
		}
		List<String> remarks = new ArrayList<>();
		rows.forEach(row -> remarks.add(null));
		return new Table(headers(Messages.Column_objective, Messages.Column_metric, Messages.Column_baseline,
				Messages.Column_target, Messages.Column_actual, Messages.Column_due, Messages.Column_status,
				Messages.Column_owner), rows, remarks);
	}

	Table actions() {
		List<List<String>> rows = new ArrayList<>();
		List<String> remarks = new ArrayList<>();
		if (plan != null) {
			for (Action action : plan.getActions()) {
				long late = daysOverdue(action);
				rows.add(List.of(text(action.getName()), owner(action.getOwner()), wording.date(action.getDueDate()),
						wording.of("ActionStatus", action.getStatus()))); //$NON-NLS-1$
				remarks.add(late > 0 ? wording.text(Messages.Action_overdue, late) : null);
			}
		}
		return new Table(headers(Messages.Column_action, Messages.Column_owner, Messages.Column_due,
				Messages.Column_status), rows, remarks);
	}

	/** How many actions are still open, and how many of them overdue, e.g. "3 (1)". */
	String openActions() {
		List<Action> open = plan.getActions().stream().filter(PlanTables::isOpen).toList();
		long overdue = open.stream().filter(action -> daysOverdue(action) > 0).count();
		return wording.text(Messages.Figure_openActionsValue, open.size(), overdue);
	}

	private long daysOverdue(Action action) {
		if (!isOpen(action) || action.getDueDate() == null || !action.getDueDate().isBefore(asOf)) {
			return 0;
		}
		return ChronoUnit.DAYS.between(action.getDueDate(), asOf);
	}

	private static boolean isOpen(Action action) {
		return action.getStatus() != ActionStatus.DONE && action.getStatus() != ActionStatus.CANCELLED;
	}

	private List<String> headers(String... keys) {
		return List.of(keys).stream().map(key -> wording.text(key)).toList();
	}

	private String owner(Person person) {
		return person == null || person.getName() == null ? wording.text(Messages.NotSet) : person.getName();
	}

	private String text(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
