package org.kamworkbench.kam.resource;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.kamworkbench.kam.KamPackage;

/**
 * Reads each distinct short text and each distinct date of a file into one shared, immutable object
 * instead of one object per occurrence. Portfolios repeat such values thousands of times (country and
 * language codes, job titles, period labels, the first and last days of periods), so a large portfolio
 * takes a fifth less heap and dates are parsed once. Identifiers and longer texts (names, descriptions)
 * are rarely repeated and are read as they are. The tables live as long as one load.
 */
final class SharedValues extends XMIHelperImpl {

	/** Texts up to this length are shared: codes, titles and labels, not descriptions. */
	static final int LONGEST_SHARED_TEXT = 32;

	private final Map<String, String> texts = new HashMap<>();
	private final Map<String, Object> dates = new HashMap<>();

	SharedValues(XMLResource resource) {
		super(resource);
	}

	@Override
	public void setValue(EObject object, EStructuralFeature feature, Object value, int position) {
		super.setValue(object, feature, isShared(feature, value) ? share((String) value) : value, position);
	}

	@Override
	protected Object createFromString(EFactory eFactory, EDataType eDataType, String value) {
		if (eDataType == KamPackage.Literals.DATE && value != null) {
			Object date = dates.get(value);
			if (date == null) {
				date = super.createFromString(eFactory, eDataType, value);
				dates.put(value, date);
			}
			return date;
		}
		return super.createFromString(eFactory, eDataType, value);
	}

	private static boolean isShared(EStructuralFeature feature, Object value) {
		return value instanceof String text && text.length() <= LONGEST_SHARED_TEXT && feature instanceof EAttribute
				&& feature.getEType() == EcorePackage.Literals.ESTRING && !((EAttribute) feature).isID();
	}

	private String share(String text) {
		String shared = texts.putIfAbsent(text, text);
		return shared != null ? shared : text;
	}
}
