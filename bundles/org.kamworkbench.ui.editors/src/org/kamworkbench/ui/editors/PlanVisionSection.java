package org.kamworkbench.ui.editors;

import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.PlanStatus;

/** The plan itself: its name, status, vision and planning period. */
final class PlanVisionSection implements PlanPart {

	private static final int NARROW = 200;

	private final FormFields fields;
	private final PlanDateField start;
	private final PlanDateField end;

	PlanVisionSection(PlanEditing editing, Composite parent) {
		KamPackage kam = KamPackage.eINSTANCE;
		Composite client = editing.section(parent, Messages.Plan_vision, 1, 2);
		fields = new FormFields(editing.editor(), editing.toolkit(), editing::plan);
		narrow(fields.text(client, Messages.Field_name, kam.getNamedElement_Name()));
		fields.choice(client, Messages.Field_status, kam.getAccountPlan_Status(), () -> PlanStatus.VALUES,
				status -> Labels.of(status, kam.getPlanStatus()), false);
		narrow(fields.text(client, Messages.Plan_visionField, kam.getAccountPlan_Vision()));
		start = new PlanDateField(editing, client, Messages.Plan_periodStart, kam.getAccountPlan_PeriodStart());
		end = new PlanDateField(editing, client, Messages.Plan_periodEnd, kam.getAccountPlan_PeriodEnd());
	}

	/** A long vision fills the section's width instead of widening the page. */
	private static void narrow(Text text) {
		((GridData) text.getLayoutData()).widthHint = NARROW;
	}

	@Override
	public void show(AccountPlan plan) {
		fields.refresh();
		start.show(plan);
		end.show(plan);
	}
}
