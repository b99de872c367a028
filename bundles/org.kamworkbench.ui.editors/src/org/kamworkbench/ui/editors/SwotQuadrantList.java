package org.kamworkbench.ui.editors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.SwotItem;
import org.kamworkbench.kam.SwotKind;

/** One quadrant of the SWOT: its items, added, edited (also by double-click) and removed through commands. */
final class SwotQuadrantList implements PlanPart {

	private static final int HEIGHT = 48;

	private final PlanEditing editing;
	private final SwotKind kind;
	private final String title;
	private final ListViewer viewer;
	private final Button add;
	private final Button edit;
	private final Button remove;

	SwotQuadrantList(PlanEditing editing, Composite parent, SwotKind kind, String title) {
		this.editing = editing;
		this.kind = kind;
		this.title = title;
		Composite quadrant = editing.toolkit().createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(quadrant);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(quadrant);
		Label heading = editing.toolkit().createLabel(quadrant, title);
		heading.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		add = button(quadrant, Messages.Swot_add, this::addItem);
		edit = button(quadrant, Messages.Swot_edit, this::editItem);
		remove = button(quadrant, Messages.Plan_remove, () -> editing.delete(selected()));
		viewer = new ListViewer(quadrant, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(LabelProvider.createTextProvider(item -> ((SwotItem) item).getText()));
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(200, HEIGHT).applyTo(viewer.getControl());
		viewer.addSelectionChangedListener(event -> enableButtons());
		viewer.addDoubleClickListener(event -> editItem());
		editing.editor().selections().follow(viewer);
	}

	private Button button(Composite parent, String label, Runnable action) {
		Button button = editing.toolkit().createButton(parent, label, SWT.PUSH);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private void addItem() {
		InputDialog dialog = new InputDialog(viewer.getControl().getShell(), NLS.bind(Messages.Swot_addTitle, title),
				Messages.Swot_prompt, "", SwotQuadrantList::validate); //$NON-NLS-1$
		if (dialog.open() == Window.OK) {
			SwotItem item = PlanDefaults.swotItem(kind, dialog.getValue().strip());
			editing.add(KamPackage.Literals.ACCOUNT_PLAN__SWOT, item);
			select(item);
		}
	}

	private void editItem() {
		SwotItem item = selected();
		if (item == null) {
			return;
		}
		InputDialog dialog = new InputDialog(viewer.getControl().getShell(), NLS.bind(Messages.Swot_editTitle, title),
				Messages.Swot_prompt, item.getText(), SwotQuadrantList::validate);
		if (dialog.open() == Window.OK) {
			editing.set(item, KamPackage.Literals.SWOT_ITEM__TEXT, dialog.getValue().strip());
		}
	}

	private static String validate(String text) {
		return text.isBlank() ? Messages.Swot_empty : null;
	}

	private SwotItem selected() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return first instanceof SwotItem item && item.eContainer() != null ? item : null;
	}

	private void enableButtons() {
		edit.setEnabled(selected() != null);
		remove.setEnabled(selected() != null);
	}

	@Override
	public void show(AccountPlan plan) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(plan == null ? new Object[0]
				: plan.getSwot().stream().filter(item -> item.getKind() == kind).toArray());
		add.setEnabled(plan != null);
		enableButtons();
	}

	@Override
	public void select(EObject object) {
		if (object instanceof SwotItem item && item.getKind() == kind) {
			viewer.setSelection(new StructuredSelection(item), true);
		}
	}
}
