package org.kamworkbench.ui.editors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;

/** A cell of an attribute typed as text: what can be read becomes a command, what cannot is explained. */
final class ValueCellEditing extends EditingSupport {

	private final TableViewer viewer;
	private final PlanEditing editing;
	private final EAttribute attribute;
	private final PlanValue format;

	ValueCellEditing(TableViewer viewer, PlanEditing editing, EAttribute attribute, PlanValue format) {
		super(viewer);
		this.viewer = viewer;
		this.editing = editing;
		this.attribute = attribute;
		this.format = format;
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		return new TextCellEditor(viewer.getTable());
	}

	@Override
	protected boolean canEdit(Object element) {
		return true;
	}

	@Override
	protected Object getValue(Object element) {
		return format.show(((EObject) element).eGet(attribute));
	}

	@Override
	protected void setValue(Object element, Object value) {
		if (value.equals(getValue(element))) {
			return; // left unchanged: the shown text need not read back exactly (e.g. "unknown")
		}
		try {
			editing.set((EObject) element, attribute, format.read(String.valueOf(value)));
		} catch (IllegalArgumentException e) {
			editing.complain(e.getMessage());
		}
	}
}
