package org.kamworkbench.core.tests.kraljic;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a package's {@code Messages} against its {@code messages.properties} and
 * {@code messages_nl.properties}: the same keys everywhere, no empty text, only ASCII (non-ASCII as
 * \\uXXXX escapes) and quotes written the MessageFormat way ('').
 */
public final class MessageFiles {

	private MessageFiles() {
	}

	/** The problems of the messages of the package that holds {@code classInPackage}; empty when none. */
	public static List<String> problems(Class<?> classInPackage) throws IOException, ClassNotFoundException {
		String packageName = classInPackage.getPackageName();
		List<String> problems = new ArrayList<>();
		Properties english = load(classInPackage, "messages.properties", problems); //$NON-NLS-1$
		Properties dutch = load(classInPackage, "messages_nl.properties", problems); //$NON-NLS-1$
		Set<String> fields = new TreeSet<>();
		for (Field field : Class.forName(packageName + ".Messages", true, classInPackage.getClassLoader()).getFields()) { //$NON-NLS-1$
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				fields.add(field.getName());
			}
		}
		compare(packageName + ".Messages", fields, "messages.properties", english.stringPropertyNames(), problems); //$NON-NLS-1$ //$NON-NLS-2$
		compare("messages.properties", english.stringPropertyNames(), "messages_nl.properties", //$NON-NLS-1$ //$NON-NLS-2$
				dutch.stringPropertyNames(), problems);
		return problems;
	}

	private static void compare(String oneName, Set<String> one, String otherName, Set<String> other,
			List<String> problems) {
		for (String key : new TreeSet<>(one)) {
			if (!other.contains(key)) {
				problems.add(otherName + " lacks " + key + " of " + oneName); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		for (String key : new TreeSet<>(other)) {
			if (!one.contains(key)) {
				problems.add(oneName + " lacks " + key + " of " + otherName); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private static Properties load(Class<?> classInPackage, String file, List<String> problems) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = classInPackage.getResourceAsStream(file)) {
			if (in == null) {
				problems.add(file + " is missing"); //$NON-NLS-1$
				return properties;
			}
			byte[] bytes = in.readAllBytes();
			for (byte b : bytes) {
				if (b < 0) {
					problems.add(file + " holds a non-ASCII byte; write \\uXXXX escapes"); //$NON-NLS-1$
					break;
				}
			}
			properties.load(new StringReader(new String(bytes, StandardCharsets.ISO_8859_1)));
		}
		for (String key : properties.stringPropertyNames()) {
			String text = properties.getProperty(key);
			if (text.isBlank()) {
				problems.add(file + ": " + key + " is empty"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (text.replace("''", "").contains("'")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				problems.add(file + ": " + key + " has a single quote; write ''"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return properties;
	}
}
