package org.kamworkbench.core.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Properties;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.Test;
import org.kamworkbench.core.validation.KamValidator;
import org.kamworkbench.kam.KamPackage;

/** Validation messages name every kind of object and state their fix, in Dutch too. */
class ValidationMessagesTest {

	@Test
	void everyKindOfObjectAndEveryReferenceHasAName() throws IOException {
		Properties english = load("/org/kamworkbench/core/validation/messages.properties");
		for (EClassifier classifier : KamPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type && !type.isAbstract()) {
				assertTrue(english.containsKey("Type_" + type.getName()), type.getName());
				for (EReference reference : type.getEReferences()) {
					if (!reference.isContainment()) {
						assertTrue(english.containsKey("Feature_" + reference.getName()), reference.getName());
					}
				}
			}
		}
	}

	@Test
	void theDutchWeightMessageNamesTheSetAndTheFix() throws IOException {
		Properties dutch = load("/org/kamworkbench/core/validation/messages_nl.properties");
		String message = MessageFormat.format(dutch.getProperty("Validation_weightTotal"),
				dutch.getProperty("Axis_attractiveness"), "Selectie 2026", "90", "100");
		assertEquals("De gewichten van de criteria voor aantrekkelijkheid in 'Selectie 2026' tellen op tot 90; "
				+ "zorg dat ze optellen tot 100.", message);
		assertNotEquals(dutch.getProperty("Validation_weightTotal"),
				load("/org/kamworkbench/core/validation/messages.properties").getProperty("Validation_weightTotal"));
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = KamValidator.class.getResourceAsStream(path)) {
			assertTrue(in != null, path);
			properties.load(in);
		}
		return properties;
	}
}
