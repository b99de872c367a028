package org.kamworkbench.ui.editors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.KamPackage;

/** The revenue and profit contribution the plan aims for, period by period. */
final class RevenueTargetsTable implements PlanPart {

	private final PlanTable table;

	RevenueTargetsTable(PlanEditing editing, Composite parent) {
		KamPackage kam = KamPackage.eINSTANCE;
		Composite client = editing.section(parent, Messages.Plan_revenueTargets, 1, 1);
		table = new PlanTable(editing, client, kam.getAccountPlan_RevenueTargets(), Messages.Plan_addRevenueTarget,
				() -> PlanDefaults.revenueTarget(editing.plan()), 70);
		table.column(Messages.PlanColumn_period, 70, kam.getPeriodic_PeriodLabel(), PlanValue.TEXT);
		table.column(Messages.PlanColumn_firstDay, 95, kam.getPeriodic_PeriodStart(), PlanValue.DATE);
		table.column(Messages.PlanColumn_lastDay, 95, kam.getPeriodic_PeriodEnd(), PlanValue.DATE);
		table.column(Messages.PlanColumn_revenue, 100, kam.getRevenueTarget_Revenue(), PlanValue.NUMBER);
		table.column(Messages.PlanColumn_profitContribution, 100, kam.getRevenueTarget_ProfitContribution(),
				PlanValue.NUMBER);
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
