package org.kamworkbench.ui.editors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.kamworkbench.kam.AccountPlan;

/** A form field for a date of the plan, typed yyyy-mm-dd; committed on Enter or when leaving the field. */
final class PlanDateField {

	private static final int WIDTH = 110;

	private final PlanEditing editing;
	private final EAttribute attribute;
	private final Text text;

	PlanDateField(PlanEditing editing, Composite parent, String label, EAttribute attribute) {
		this.editing = editing;
		this.attribute = attribute;
		editing.toolkit().createLabel(parent, label);
		text = editing.toolkit().createText(parent, "", SWT.BORDER); //$NON-NLS-1$
		text.setMessage(Messages.Plan_dateHint);
		GridDataFactory.fillDefaults().hint(WIDTH, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.DefaultSelection, event -> commit());
		text.addListener(SWT.FocusOut, event -> commit());
	}

	private void commit() {
		AccountPlan plan = editing.plan();
		if (plan == null || text.getText().equals(PlanValue.DATE.show(plan.eGet(attribute)))) {
			return;
		}
		try {
			editing.set(plan, attribute, PlanValue.DATE.read(text.getText()));
		} catch (IllegalArgumentException e) {
			editing.complain(e.getMessage());
		}
	}

	void show(AccountPlan plan) {
		String shown = plan == null ? "" : PlanValue.DATE.show(plan.eGet(attribute)); //$NON-NLS-1$
		if (!text.isDisposed() && !text.getText().equals(shown)) {
			text.setText(shown);
		}
		text.setEnabled(plan != null);
	}
}
