package org.kamworkbench.ui.editors;

import org.eclipse.emf.ecore.EObject;
import org.kamworkbench.kam.AccountPlan;

/** A section of the account plan page: it shows the chosen plan again after every command. */
interface PlanPart {

	/** Shows the plan as it is now; {@code null} when the account has no plan. */
	void show(AccountPlan plan);

	/** Selects the object when this part shows it. */
	default void select(EObject object) {
		// parts without rows have nothing to select
	}
}
