package org.kamworkbench.ui.editors;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.Action;
import org.kamworkbench.kam.ActionStatus;
import org.kamworkbench.kam.KamPackage;

/**
 * The plan's actions with owner (one of the account team), due date, status, cost and the objective they
 * serve. Overdue actions (due before today and neither done nor cancelled) are red, and their tooltip says
 * by how many days.
 */
final class ActionsTable implements PlanPart {

	private final PlanTable table;

	ActionsTable(PlanEditing editing, Composite parent) {
		KamPackage kam = KamPackage.eINSTANCE;
		Composite client = editing.section(parent, Messages.Plan_actions, 2, 1);
		table = new PlanTable(editing, client, kam.getAccountPlan_Actions(), Messages.Plan_addAction,
				PlanDefaults::action, 110);
		table.column(Messages.PlanColumn_name, 320, kam.getNamedElement_Name(), PlanValue.TEXT);
		table.choice(Messages.PlanColumn_owner, 150, kam.getAction_Owner(),
				row -> editing.owners(((Action) row).getOwner()), Labels::name, true);
		table.column(Messages.PlanColumn_dueDate, 100, kam.getAction_DueDate(), PlanValue.DATE);
		table.choice(Messages.PlanColumn_status, 110, kam.getAction_Status(),
				row -> List.copyOf(ActionStatus.VALUES), status -> Labels.of(status, kam.getActionStatus()), false);
		table.column(Messages.PlanColumn_cost, 90, kam.getAction_Cost(), PlanValue.NUMBER);
		table.choice(Messages.PlanColumn_objective, 260, kam.getAction_Objective(),
				row -> editing.plan() == null ? List.of() : List.copyOf(editing.plan().getObjectives()), Labels::name, true);
		table.warnWith(row -> overdue((Action) row, LocalDate.now()));
	}

	/** How many days the action is overdue, in words, or {@code null} when it is not overdue. */
	static String overdue(Action action, LocalDate today) {
		if (action.getDueDate() == null || !action.getDueDate().isBefore(today)
				|| action.getStatus() == ActionStatus.DONE || action.getStatus() == ActionStatus.CANCELLED) {
			return null;
		}
		long days = ChronoUnit.DAYS.between(action.getDueDate(), today);
		return new MessageFormat(Messages.Plan_overdue, Locale.getDefault(Locale.Category.FORMAT)).format(new Object[] { days });
	}

	@Override
	public void show(AccountPlan plan) {
		table.show(plan);
	}

	@Override
	public void select(EObject object) {
		table.select(object);
	}
}
