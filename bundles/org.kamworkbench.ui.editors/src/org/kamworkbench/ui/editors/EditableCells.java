package org.kamworkbench.ui.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;

/**
 * In-place editing of one feature of the model objects a table shows: typed values are read and checked
 * by an {@link EnteredValues.Reading}, choices come from a drop-down; the page turns the new value into a
 * command, or shows why the text was refused.
 */
final class EditableCells {

	/** Makes the change, through a command. */
	interface Change {
		void apply(EObject owner, EStructuralFeature feature, Object value);
	}

	/** The drop-down entry that stands for "none" (an empty optional reference). */
	private static final Object NONE = new Object();

	private EditableCells() {
	}

	/** A cell the user types into. */
	static EditingSupport typed(TableViewer viewer, EStructuralFeature feature, EnteredValues.Reading reading,
			Change change, Consumer<String> refuse) {
		return new EditingSupport(viewer) {
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
				return EnteredValues.editable(((EObject) element).eGet(feature));
			}

			@Override
			protected void setValue(Object element, Object value) {
				String text = String.valueOf(value);
				if (text.equals(getValue(element))) {
					return;
				}
				Object read;
				try {
					read = reading.read(text);
				} catch (IllegalArgumentException refused) {
					refuse.accept(refused.getMessage());
					return;
				}
				if (!Objects.equals(read, ((EObject) element).eGet(feature))) {
					change.apply((EObject) element, feature, read);
				}
			}
		};
	}

	/** Changes what a cell's text stands for (e.g. the object of that name). */
	interface Naming {
		void apply(EObject owner, String text);
	}

	/** A cell the user types a name into; {@code naming} decides what the name stands for. */
	static EditingSupport named(TableViewer viewer, Function<Object, String> current, Naming naming) {
		return new EditingSupport(viewer) {
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
				return current.apply(element);
			}

			@Override
			protected void setValue(Object element, Object value) {
				if (!String.valueOf(value).strip().equals(current.apply(element))) {
					naming.apply((EObject) element, String.valueOf(value));
				}
			}
		};
	}

	/**
	 * A cell with a drop-down of {@code options}; with a {@code noneName}, its first entry clears the
	 * reference.
	 */
	static EditingSupport choice(TableViewer viewer, EStructuralFeature feature, Function<Object, List<?>> options,
			Function<Object, String> names, String noneName, Change change) {
		return new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(viewer.getTable(), SWT.READ_ONLY);
				editor.setContentProvider(ArrayContentProvider.getInstance());
				editor.setLabelProvider(new LabelProvider() {
					@Override
					public String getText(Object option) {
						return option == NONE ? noneName : names.apply(option);
					}
				});
				List<Object> shown = new ArrayList<>();
				if (noneName != null) {
					shown.add(NONE);
				}
				shown.addAll(options.apply(element));
				editor.setInput(shown);
				return editor;
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				Object value = ((EObject) element).eGet(feature);
				return value == null ? NONE : value;
			}

			@Override
			protected void setValue(Object element, Object value) {
				Object chosen = value == NONE ? null : value;
				if (value != null && !Objects.equals(chosen, ((EObject) element).eGet(feature))) {
					change.apply((EObject) element, feature, chosen);
				}
			}
		};
	}
}
