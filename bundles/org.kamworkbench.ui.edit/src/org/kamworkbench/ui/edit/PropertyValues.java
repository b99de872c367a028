package org.kamworkbench.ui.edit;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/** Values of item property descriptors as editors show and take them. */
final class PropertyValues {

	private PropertyValues() {
	}

	/** The value itself, unwrapped from the item provider's wrapper. */
	static Object editable(Object object, IItemPropertyDescriptor descriptor) {
		Object value = descriptor.getPropertyValue(object);
		return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
	}

	/** The attribute's data type when the property is a single-valued attribute, else {@code null}. */
	static EDataType dataType(Object object, IItemPropertyDescriptor descriptor) {
		return descriptor.getFeature(object) instanceof EAttribute attribute && !attribute.isMany()
				? attribute.getEAttributeType()
				: null;
	}

	static String toText(EDataType type, Object value) {
		return value == null ? "" : EcoreUtil.convertToString(type, value); //$NON-NLS-1$
	}

	/** Parses text into the data type's value; throws {@link IllegalArgumentException} with the reason. */
	static Object fromText(EDataType type, String text) {
		if (text == null || text.isBlank()) {
			return type.getInstanceClass() != null && type.getInstanceClass().isPrimitive()
					? type.getDefaultValue()
					: null;
		}
		try {
			return EcoreUtil.createFromString(type, text.strip());
		} catch (RuntimeException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}
}
