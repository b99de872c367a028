package org.kamworkbench.ui.editors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Risk;

/** The risks to the plan: how likely, how bad (1 to 5, unknown when 0), how they are limited and who watches them. */
final class RisksTable implements PlanPart {

	private final PlanTable table;

	RisksTable(PlanEditing editing, Composite parent) {
		KamPackage kam = KamPackage.eINSTANCE;
		Composite client = editing.section(parent, Messages.Plan_risks, 2, 1);
		table = new PlanTable(editing, client, kam.getAccountPlan_Risks(), Messages.Plan_addRisk, PlanDefaults::risk, 70);
		table.column(Messages.PlanColumn_name, 300, kam.getNamedElement_Name(), PlanValue.TEXT);
		table.column(Messages.PlanColumn_likelihood, 125, kam.getRisk_Likelihood(), PlanValue.RATING);
		table.column(Messages.PlanColumn_impact, 110, kam.getRisk_Impact(), PlanValue.RATING);
		table.column(Messages.PlanColumn_mitigation, 380, kam.getRisk_Mitigation(), PlanValue.TEXT);
		table.choice(Messages.PlanColumn_owner, 150, kam.getRisk_Owner(), row -> editing.owners(((Risk) row).getOwner()),
				Labels::name, true);
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
