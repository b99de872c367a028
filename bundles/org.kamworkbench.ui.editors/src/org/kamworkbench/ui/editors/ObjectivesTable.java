package org.kamworkbench.ui.editors;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Objective;
import org.kamworkbench.kam.ObjectiveStatus;

/** The plan's measurable objectives: what is measured, from where to where, by when, and who owns it. */
final class ObjectivesTable implements PlanPart {

	private final PlanTable table;

	ObjectivesTable(PlanEditing editing, Composite parent) {
		KamPackage kam = KamPackage.eINSTANCE;
		Composite client = editing.section(parent, Messages.Plan_objectives, 2, 1);
		table = new PlanTable(editing, client, kam.getAccountPlan_Objectives(), Messages.Plan_addObjective,
				PlanDefaults::objective, 90);
		table.column(Messages.PlanColumn_name, 300, kam.getNamedElement_Name(), PlanValue.TEXT);
		table.column(Messages.PlanColumn_metric, 170, kam.getObjective_Metric(), PlanValue.TEXT);
		table.column(Messages.PlanColumn_baseline, 95, kam.getObjective_Baseline(), PlanValue.NUMBER);
		table.column(Messages.PlanColumn_target, 95, kam.getObjective_Target(), PlanValue.NUMBER);
		table.column(Messages.PlanColumn_dueDate, 100, kam.getObjective_DueDate(), PlanValue.DATE);
		table.choice(Messages.PlanColumn_status, 110, kam.getObjective_Status(),
				row -> List.copyOf(ObjectiveStatus.VALUES), status -> Labels.of(status, kam.getObjectiveStatus()), false);
		table.choice(Messages.PlanColumn_owner, 150, kam.getObjective_Owner(),
				row -> editing.owners(((Objective) row).getOwner()), Labels::name, true);
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
