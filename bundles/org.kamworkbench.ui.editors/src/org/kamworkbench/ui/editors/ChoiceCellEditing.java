package org.kamworkbench.ui.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;

/** A cell whose value is chosen from a drop-down; the values may differ per row (e.g. the row's own owner). */
final class ChoiceCellEditing<T> extends EditingSupport {

	private final TableViewer viewer;
	private final PlanEditing editing;
	private final EStructuralFeature feature;
	private final Function<EObject, List<T>> values;
	private final Function<T, String> names;
	private final boolean optional;
	private final List<T> shown = new ArrayList<>();

	ChoiceCellEditing(TableViewer viewer, PlanEditing editing, EStructuralFeature feature,
			Function<EObject, List<T>> values, Function<T, String> names, boolean optional) {
		super(viewer);
		this.viewer = viewer;
		this.editing = editing;
		this.feature = feature;
		this.values = values;
		this.names = names;
		this.optional = optional;
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		shown.clear();
		if (optional) {
			shown.add(null);
		}
		shown.addAll(values.apply((EObject) element));
		String[] items = shown.stream().map(value -> value == null ? "" : names.apply(value)).toArray(String[]::new); //$NON-NLS-1$
		return new ComboBoxCellEditor(viewer.getTable(), items, SWT.READ_ONLY);
	}

	@Override
	protected boolean canEdit(Object element) {
		return true;
	}

	@Override
	protected Object getValue(Object element) {
		return Math.max(0, shown.indexOf(((EObject) element).eGet(feature)));
	}

	@Override
	protected void setValue(Object element, Object value) {
		int index = (Integer) value;
		if (index >= 0 && index < shown.size()) {
			editing.set((EObject) element, feature, shown.get(index));
		}
	}
}
