package org.kamworkbench.ui.editors;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.SwotKind;

/** The situation analysis as the classic SWOT square: strengths and weaknesses above, opportunities and threats below. */
final class SwotSection implements PlanPart {

	private final List<SwotQuadrantList> quadrants;

	SwotSection(PlanEditing editing, Composite parent) {
		Composite client = editing.section(parent, Messages.Plan_swot, 2, 2);
		((GridLayout) client.getLayout()).makeColumnsEqualWidth = true;
		quadrants = List.of(new SwotQuadrantList(editing, client, SwotKind.STRENGTH, Messages.Swot_strengths),
				new SwotQuadrantList(editing, client, SwotKind.WEAKNESS, Messages.Swot_weaknesses),
				new SwotQuadrantList(editing, client, SwotKind.OPPORTUNITY, Messages.Swot_opportunities),
				new SwotQuadrantList(editing, client, SwotKind.THREAT, Messages.Swot_threats));
	}

	@Override
	public void show(AccountPlan plan) {
		quadrants.forEach(quadrant -> quadrant.show(plan));
	}

	@Override
	public void select(EObject object) {
		quadrants.forEach(quadrant -> quadrant.select(object));
	}
}
