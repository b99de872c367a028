package org.kamworkbench.ui.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Form fields bound to features of one model object: each change becomes a command (undoable), and
 * {@link #refresh()} shows the model again after any command.
 */
final class FormFields {

	private final KamEditor editor;
	private final FormToolkit toolkit;
	private final Supplier<EObject> owner;
	private final List<Runnable> refreshers = new ArrayList<>();

	FormFields(KamEditor editor, FormToolkit toolkit, Supplier<EObject> owner) {
		this.editor = editor;
		this.toolkit = toolkit;
		this.owner = owner;
	}

	/** A one-line text for a string attribute; the change is committed on Enter or when leaving the field. */
	Text text(Composite parent, String label, EStructuralFeature feature) {
		toolkit.createLabel(parent, label);
		Text text = toolkit.createText(parent, "", SWT.BORDER); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		Runnable commit = () -> {
			EObject object = owner.get();
			if (object != null && !text.getText().equals(Objects.toString(object.eGet(feature), ""))) { //$NON-NLS-1$
				editor.execute(SetCommand.create(editor.getEditingDomain(), object, feature, text.getText()));
			}
		};
		text.addListener(SWT.DefaultSelection, event -> commit.run());
		text.addListener(SWT.FocusOut, event -> commit.run());
		refreshers.add(() -> {
			EObject object = owner.get();
			String shown = object == null ? "" : Objects.toString(object.eGet(feature), ""); //$NON-NLS-1$ //$NON-NLS-2$
			if (!text.isDisposed() && !text.getText().equals(shown)) {
				text.setText(shown);
			}
		});
		return text;
	}

	/** A drop-down of the values the feature may take (an empty entry clears an optional reference). */
	<T> CCombo choice(Composite parent, String label, EStructuralFeature feature, Supplier<List<T>> values,
			Function<T, String> names, boolean optional) {
		toolkit.createLabel(parent, label);
		CCombo combo = new CCombo(parent, SWT.READ_ONLY | SWT.FLAT | SWT.BORDER);
		toolkit.adapt(combo, true, false);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		List<T> shown = new ArrayList<>();
		combo.addListener(SWT.Selection, event -> {
			int index = combo.getSelectionIndex() - (optional ? 1 : 0);
			EObject object = owner.get();
			Object value = index < 0 ? null : shown.get(index);
			if (object != null && !Objects.equals(object.eGet(feature), value)) {
				editor.execute(SetCommand.create(editor.getEditingDomain(), object, feature, value));
			}
		});
		refreshers.add(() -> {
			if (combo.isDisposed()) {
				return;
			}
			shown.clear();
			shown.addAll(values.get());
			List<String> items = new ArrayList<>();
			if (optional) {
				items.add(""); //$NON-NLS-1$
			}
			shown.forEach(value -> items.add(names.apply(value)));
			combo.setItems(items.toArray(String[]::new));
			EObject object = owner.get();
			int index = object == null ? -1 : shown.indexOf(object.eGet(feature));
			combo.select(index < 0 ? (optional ? 0 : -1) : index + (optional ? 1 : 0));
		});
		return combo;
	}

	void refresh() {
		refreshers.forEach(Runnable::run);
	}
}
