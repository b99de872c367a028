package org.kamworkbench.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Checks that a bundle speaks every language the product promises: each English key has a Dutch text. */
public final class Translations {

	/** The languages besides English (the default files) that every bundle must provide. */
	public static final List<String> LANGUAGES = List.of("nl"); //$NON-NLS-1$

	/** Strings of plugin.xml and the manifest (a bundle's root), and of code ({@code Messages extends NLS}). */
	private static final String PLUGIN_STRINGS = "plugin.properties"; //$NON-NLS-1$
	private static final String CODE_STRINGS = "messages.properties"; //$NON-NLS-1$

	private Translations() {
	}

	/**
	 * Finds the problems in the bundle that holds {@code classInBundle}: a properties file without its
	 * translation, a key missing in a translation, or an empty text. An empty list means complete.
	 */
	public static List<String> problems(Class<?> classInBundle) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(classInBundle);
		List<String> problems = new ArrayList<>();
		List<URL> defaults = new ArrayList<>();
		defaults.addAll(entries(bundle, PLUGIN_STRINGS, false));
		defaults.addAll(entries(bundle, CODE_STRINGS, true));
		for (URL english : defaults) {
			String path = english.getPath();
			if (path.startsWith("/target/")) { // a test fragment run from its project folder //$NON-NLS-1$
				continue;
			}
			Properties base = load(english);
			for (String language : LANGUAGES) {
				String translatedPath = path.replaceFirst("\\.properties$", "_" + language + ".properties"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				URL translated = bundle.getEntry(translatedPath);
				if (translated == null) {
					problems.add(path + ": no " + language + " translation (" + translatedPath + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					continue;
				}
				Properties other = load(translated);
				Set<String> missing = new TreeSet<>(base.stringPropertyNames());
				missing.removeAll(other.stringPropertyNames());
				for (String key : missing) {
					problems.add(translatedPath + ": key '" + key + "' is missing"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				for (String key : other.stringPropertyNames()) {
					if (other.getProperty(key).isBlank() && !base.getProperty(key, "").isBlank()) { //$NON-NLS-1$
						problems.add(translatedPath + ": key '" + key + "' is empty"); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
			}
		}
		if (defaults.isEmpty()) {
			problems.add(bundle.getSymbolicName() + " has no properties files to check"); //$NON-NLS-1$
		}
		return problems;
	}

	private static List<URL> entries(Bundle bundle, String name, boolean recurse) {
		Enumeration<URL> found = bundle.findEntries("/", name, recurse); //$NON-NLS-1$
		return found == null ? List.of() : Collections.list(found);
	}

	private static Properties load(URL url) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = url.openStream()) {
			properties.load(in);
		}
		return properties;
	}
}
