package org.kamworkbench.ui.editors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Strategy;

/** The plan's strategies and the objectives each one serves. */
final class StrategiesTable implements PlanPart {

	private final PlanTable table;

	StrategiesTable(PlanEditing editing, Composite parent) {
		KamPackage kam = KamPackage.eINSTANCE;
		Composite client = editing.section(parent, Messages.Plan_strategies, 1, 1);
		table = new PlanTable(editing, client, kam.getAccountPlan_Strategies(), Messages.Plan_addStrategy,
				PlanDefaults::strategy, 70);
		table.column(Messages.PlanColumn_name, 200, kam.getNamedElement_Name(), PlanValue.TEXT);
		table.column(Messages.PlanColumn_objectives, 260, row -> ServedObjectivesEditing.names(((Strategy) row).getObjectives()),
				new ServedObjectivesEditing(table.viewer(), editing));
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
