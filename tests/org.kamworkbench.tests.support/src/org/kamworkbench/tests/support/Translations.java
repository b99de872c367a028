package org.kamworkbench.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Checks that a bundle speaks every language the product promises: each English text has a Dutch one,
 * each {@code Messages} field has a text, files are ASCII (other characters as escapes) and every
 * pattern is a well-formed MessageFormat.
 */
public final class Translations {

	/** The languages besides English (the default files) that every bundle must provide. */
	public static final List<String> LANGUAGES = List.of("nl"); //$NON-NLS-1$

	/** Strings of plugin.xml and the manifest (a bundle's root), and of code ({@code Messages extends NLS}). */
	private static final String PLUGIN_STRINGS = "plugin.properties"; //$NON-NLS-1$
	private static final String CODE_STRINGS = "messages.properties"; //$NON-NLS-1$

	private Translations() {
	}

	/**
	 * Finds the problems in the bundle that holds {@code classInBundle}. An empty list means complete.
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
			Properties base = load(english, path, problems);
			if (path.endsWith("/" + CODE_STRINGS)) { //$NON-NLS-1$
				compareWithMessagesClass(bundle, path, base, problems);
			}
			for (String language : LANGUAGES) {
				String translatedPath = path.replaceFirst("\\.properties$", "_" + language + ".properties"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				URL translated = bundle.getEntry(translatedPath);
				if (translated == null) {
					problems.add(path + ": no " + language + " translation (" + translatedPath + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					continue;
				}
				compare(base, load(translated, translatedPath, problems), translatedPath, problems);
			}
		}
		if (defaults.isEmpty()) {
			problems.add(bundle.getSymbolicName() + " has no properties files to check"); //$NON-NLS-1$
		}
		return problems;
	}

	private static void compare(Properties base, Properties other, String otherPath, List<String> problems) {
		Set<String> missing = new TreeSet<>(base.stringPropertyNames());
		missing.removeAll(other.stringPropertyNames());
		missing.forEach(key -> problems.add(otherPath + ": key '" + key + "' is missing")); //$NON-NLS-1$ //$NON-NLS-2$
		Set<String> extra = new TreeSet<>(other.stringPropertyNames());
		extra.removeAll(base.stringPropertyNames());
		extra.forEach(key -> problems.add(otherPath + ": key '" + key + "' is not in the English file")); //$NON-NLS-1$ //$NON-NLS-2$
		for (String key : other.stringPropertyNames()) {
			if (other.getProperty(key).isBlank() && !base.getProperty(key, "").isBlank()) { //$NON-NLS-1$
				problems.add(otherPath + ": key '" + key + "' is empty"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** NLS leaves a field without text as "NLS missing message": each field needs a key, each key a field. */
	private static void compareWithMessagesClass(Bundle bundle, String path, Properties texts, List<String> problems) {
		String className = path.substring(1, path.lastIndexOf('/')).replace('/', '.') + ".Messages"; //$NON-NLS-1$
		Set<String> fields = new TreeSet<>();
		try {
			for (Field field : bundle.loadClass(className).getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers()) && Modifier.isPublic(field.getModifiers())
						&& field.getType() == String.class) {
					fields.add(field.getName());
				}
			}
		} catch (ClassNotFoundException e) {
			problems.add(path + ": no class " + className + " uses these texts"); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		for (String field : fields) {
			if (!texts.containsKey(field)) {
				problems.add(className + "." + field + " has no text in " + path); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		for (String key : texts.stringPropertyNames()) {
			if (!fields.contains(key)) {
				problems.add(path + ": key '" + key + "' is not used by " + className); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private static List<URL> entries(Bundle bundle, String name, boolean recurse) {
		Enumeration<URL> found = bundle.findEntries("/", name, recurse); //$NON-NLS-1$
		return found == null ? List.of() : Collections.list(found);
	}

	/** Loads a file as Java reads properties (ISO 8859-1), reporting bytes that would be read wrongly. */
	private static Properties load(URL url, String path, List<String> problems) throws IOException {
		byte[] bytes;
		try (InputStream in = url.openStream()) {
			bytes = in.readAllBytes();
		}
		for (byte b : bytes) {
			if (b < 0) {
				problems.add(path + ": holds a non-ASCII character; write it as a \\uXXXX escape"); //$NON-NLS-1$
				break;
			}
		}
		Properties properties = new Properties();
		properties.load(new StringReader(new String(bytes, StandardCharsets.ISO_8859_1)));
		for (String key : properties.stringPropertyNames()) {
			String text = properties.getProperty(key);
			if (text.contains("{")) { //$NON-NLS-1$
				try {
					new MessageFormat(text);
				} catch (IllegalArgumentException e) {
					problems.add(path + ": key '" + key + "' is not a well-formed pattern: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		return properties;
	}
}
