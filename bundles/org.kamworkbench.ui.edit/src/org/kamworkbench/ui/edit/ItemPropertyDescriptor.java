package org.kamworkbench.ui.edit;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property in the Properties view: a text field for text, numbers and dates (checked before the
 * value is set, with a message that says what is wrong), a check box for yes/no, and a drop-down for
 * enumerations and references.
 */
public class ItemPropertyDescriptor implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor itemDescriptor;

	public ItemPropertyDescriptor(Object object, IItemPropertyDescriptor itemDescriptor) {
		this.object = object;
		this.itemDescriptor = itemDescriptor;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!itemDescriptor.canSetProperty(object) || itemDescriptor.isMany(object)) {
			return null;
		}
		Collection<?> choices = itemDescriptor.getChoiceOfValues(object);
		if (choices != null) {
			ChoiceEditor editor = new ChoiceEditor(parent);
			editor.setContentProvider(ArrayContentProvider.getInstance());
			editor.setLabelProvider(getLabelProvider());
			editor.setInput(List.copyOf(choices.stream().map(c -> c == null ? NoValue.INSTANCE : c).toList()));
			return editor;
		}
		EDataType type = PropertyValues.dataType(object, itemDescriptor);
		if (type == null) {
			return null;
		}
		Class<?> instance = type.getInstanceClass();
		if (instance == boolean.class || instance == Boolean.class) {
			return new CheckboxCellEditor(parent);
		}
		return new DataTypeEditor(parent, type);
	}

	@Override
	public String getCategory() {
		return itemDescriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return itemDescriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return itemDescriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return itemDescriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return itemDescriptor.getHelpContextIds(object);
	}

	@Override
	public Object getId() {
		return itemDescriptor.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider labels = itemDescriptor.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element == NoValue.INSTANCE) {
					return ""; //$NON-NLS-1$
				}
				Object value = element instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : element;
				EDataType type = PropertyValues.dataType(object, itemDescriptor);
				if (type != null && !(value instanceof Enumerator)) {
					return PropertyValues.toText(type, value);
				}
				return labels.getText(value);
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return false;
	}

	/** "No value" in a drop-down of an optional reference. */
	private enum NoValue {
		INSTANCE
	}

	/** A drop-down whose empty entry stands for "no value" ({@code null}). */
	private static final class ChoiceEditor extends ComboBoxViewerCellEditor {
		ChoiceEditor(Composite parent) {
			super(parent, SWT.READ_ONLY);
		}

		@Override
		protected Object doGetValue() {
			Object value = super.doGetValue();
			return value == NoValue.INSTANCE ? null : value;
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(value == null ? NoValue.INSTANCE : value);
		}
	}

	/** Text for a data type: the value is parsed, and text that is no valid value is refused with the reason. */
	private static final class DataTypeEditor extends TextCellEditor {
		private final EDataType type;

		DataTypeEditor(Composite parent, EDataType type) {
			super(parent);
			this.type = type;
			setValidator(value -> {
				try {
					PropertyValues.fromText(type, (String) value);
					return null;
				} catch (IllegalArgumentException e) {
					return NLS.bind(Messages.Property_invalidValue, value, type.getName());
				}
			});
		}

		@Override
		protected Object doGetValue() {
			return PropertyValues.fromText(type, (String) super.doGetValue());
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(PropertyValues.toText(type, value));
		}
	}
}
