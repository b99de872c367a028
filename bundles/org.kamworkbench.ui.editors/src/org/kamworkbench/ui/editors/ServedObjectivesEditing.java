package org.kamworkbench.ui.editors;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Objective;
import org.kamworkbench.kam.Strategy;

/** The objectives a strategy serves, ticked in a dialog of the plan's objectives; one command sets them all. */
final class ServedObjectivesEditing extends EditingSupport {

	private final TableViewer viewer;
	private final PlanEditing editing;

	ServedObjectivesEditing(TableViewer viewer, PlanEditing editing) {
		super(viewer);
		this.viewer = viewer;
		this.editing = editing;
	}

	static String names(Collection<?> objectives) {
		return String.join(", ", objectives.stream().map(objective -> Labels.name((Objective) objective)).toList()); //$NON-NLS-1$
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		Strategy strategy = (Strategy) element;
		return new DialogCellEditor(viewer.getTable()) {
			@Override
			protected Object openDialogBox(Control cellEditorWindow) {
				ListSelectionDialog dialog = ListSelectionDialog.of(editing.plan().getObjectives())
						.contentProvider(ArrayContentProvider.getInstance())
						.labelProvider(LabelProvider.createTextProvider(objective -> Labels.name((Objective) objective)))
						.title(Messages.Plan_servedTitle)
						.message(NLS.bind(Messages.Plan_servedMessage, Labels.name(strategy)))
						.preselect(strategy.getObjectives().toArray())
						.create(cellEditorWindow.getShell());
				return dialog.open() == Window.OK ? Arrays.asList(dialog.getResult()) : null;
			}

			@Override
			protected void updateContents(Object value) {
				if (getDefaultLabel() != null && value instanceof Collection<?> objectives) {
					getDefaultLabel().setText(names(objectives));
				}
			}
		};
	}

	@Override
	protected boolean canEdit(Object element) {
		return editing.plan() != null;
	}

	@Override
	protected Object getValue(Object element) {
		return List.copyOf(((Strategy) element).getObjectives());
	}

	@Override
	protected void setValue(Object element, Object value) {
		if (value instanceof List<?> objectives) {
			editing.set((Strategy) element, KamPackage.Literals.STRATEGY__OBJECTIVES, objectives);
		}
	}
}
