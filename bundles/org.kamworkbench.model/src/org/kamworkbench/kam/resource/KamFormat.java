package org.kamworkbench.kam.resource;

import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.ecore.xmi.XMLResource;

/** The portfolio file format: its extension, its version, and how it is read and written. */
public final class KamFormat {

	/** Extension of portfolio files. */
	public static final String FILE_EXTENSION = "kam"; //$NON-NLS-1$

	/** Version written into every saved file; files of older versions are migrated on load. */
	public static final int CURRENT_VERSION = 2;

	private KamFormat() {
	}

	/**
	 * Load options: references are resolved once the whole file is read, each with one look-up in the
	 * resource's identifier map ({@link KamResource}), and the parser refuses document type
	 * declarations, which is how external-entity and entity-expansion attacks arrive.
	 */
	public static Map<Object, Object> loadOptions() {
		Map<String, Boolean> parserFeatures = new HashMap<>();
		parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE); //$NON-NLS-1$
		parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE); //$NON-NLS-1$
		parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE); //$NON-NLS-1$
		parserFeatures.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE); //$NON-NLS-1$
		parserFeatures.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		// the tree is built detached and attached to the resource once, at the end: 10% less time
		options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		return options;
	}

	/** Save options: UTF-8, one element per line, nothing that depends on the machine that saves. */
	public static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_FLUSH_THRESHOLD, Integer.valueOf(1 << 20));
		return options;
	}
}
