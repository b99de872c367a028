package org.kamworkbench.ui.editors;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.kamworkbench.kam.AccountPlan;

/**
 * A table of one list of the account plan (its objectives, actions, risks, ...): a column per feature,
 * edited in place through commands, and buttons to add a row and remove the selected one. A row can be
 * marked with a warning: red text, and the warning as its tooltip.
 */
final class PlanTable {

	private static final int NARROW = 200;

	private final PlanEditing editing;
	private final EReference list;
	private final TableViewer viewer;
	private final Button add;
	private final Button remove;
	private Function<EObject, String> warning = row -> null;

	PlanTable(PlanEditing editing, Composite parent, EReference list, String addLabel, Supplier<EObject> newRow,
			int height) {
		this.editing = editing;
		this.list = list;
		FormToolkit toolkit = editing.toolkit();
		Composite area = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(area);
		viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		// a narrow preferred width: the table fills the page and scrolls its columns, instead of widening the page
		GridDataFactory.fillDefaults().grab(true, true).hint(NARROW, height).applyTo(viewer.getTable());
		ColumnViewerToolTipSupport.enableFor(viewer);
		editing.editor().selections().follow(viewer);
		Composite buttons = toolkit.createComposite(area);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		add = toolkit.createButton(buttons, addLabel, SWT.PUSH);
		GridDataFactory.fillDefaults().applyTo(add);
		add.addListener(SWT.Selection, event -> {
			EObject row = newRow.get();
			editing.add(list, row);
			select(row);
		});
		remove = toolkit.createButton(buttons, Messages.Plan_remove, SWT.PUSH);
		GridDataFactory.fillDefaults().applyTo(remove);
		remove.addListener(SWT.Selection, event -> {
			if (selected() != null) {
				editing.delete(selected());
			}
		});
		viewer.addSelectionChangedListener(event -> remove.setEnabled(selected() != null));
	}

	/** A column of an attribute, edited as text in the given format. */
	TableViewerColumn column(String title, int width, EAttribute attribute, PlanValue format) {
		TableViewerColumn column = column(title, width, row -> format.show(row.eGet(attribute)));
		column.setEditingSupport(new ValueCellEditing(viewer, editing, attribute, format));
		return column;
	}

	/** A column of a feature chosen from a drop-down (an empty entry clears an optional one). */
	<T> TableViewerColumn choice(String title, int width, EStructuralFeature feature,
			Function<EObject, List<T>> values, Function<T, String> names, boolean optional) {
		@SuppressWarnings("unchecked")
		TableViewerColumn column = column(title, width, row -> row.eGet(feature) == null ? "" //$NON-NLS-1$
				: names.apply((T) row.eGet(feature)));
		column.setEditingSupport(new ChoiceCellEditing<>(viewer, editing, feature, values, names, optional));
		return column;
	}

	/** A column with its own text and, when not {@code null}, its own editing. */
	TableViewerColumn column(String title, int width, Function<EObject, String> text, EditingSupport editingSupport) {
		TableViewerColumn column = column(title, width, text);
		column.setEditingSupport(editingSupport);
		return column;
	}

	private TableViewerColumn column(String title, int width, Function<EObject, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((EObject) element);
			}

			@Override
			public Color getForeground(Object element) {
				return warning.apply((EObject) element) == null ? null
						: viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_RED);
			}

			@Override
			public String getToolTipText(Object element) {
				return warning.apply((EObject) element);
			}
		});
		return column;
	}

	/** Marks the rows for which the function gives a warning. */
	void warnWith(Function<EObject, String> rowWarning) {
		this.warning = rowWarning;
	}

	TableViewer viewer() {
		return viewer;
	}

	/** Shows the plan's list, or an empty table without buttons when there is no plan. */
	void show(AccountPlan plan) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(plan == null ? new Object[0] : ((List<?>) plan.eGet(list)).toArray());
		add.setEnabled(plan != null);
		remove.setEnabled(plan != null && selected() != null);
	}

	/** Selects the row when the table shows it. */
	void select(EObject row) {
		if (row.eContainmentFeature() == list) {
			viewer.setSelection(new StructuredSelection(row), true);
		}
	}

	private EObject selected() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return first instanceof EObject object && object.eContainer() != null ? object : null;
	}
}
