package org.kamworkbench.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.examples.ExamplePortfolio;
import org.kamworkbench.kam.Identified;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.provider.KamItemProviderAdapterFactory;
import org.kamworkbench.kam.resource.PortfolioFiles;

/**
 * Undo restores the portfolio exactly, and redo repeats the edits exactly: 1,000 seeded random sequences of
 * 1 to 20 edits of the example portfolio, made through the editing domain's commands as the editor makes them
 * (set attributes and references, add new objects, remove and delete objects, move them in their lists), then
 * undone and redone, a quarter of them saved to the file in between as the editor saves; the saved form is
 * compared byte for byte each time, and the edited form must open again.
 * The seeds are 1 to 1,000, so a run repeats exactly; a failure names the seed and lists the edits.
 */
class UndoRedoTest {

	private static final int SEQUENCES = 1000;
	private static final int LONGEST_SEQUENCE = 20;
	private static final String[] WORDS = { "Rotterdam", "koelcel", "Key account", "M\u00fcller & S\u00f6hne", "<plan>",
			"\"quoted\"", "", "a\nsecond line", "42", "\u00d8stergaard" };

	@TempDir
	Path folder;

	private ComposedAdapterFactory adapters;
	private AdapterFactoryEditingDomain domain;
	private Resource resource;
	private final List<RuntimeException> commandErrors = new ArrayList<>();

	@BeforeEach
	void loadTheExampleIntoAnEditingDomain() throws IOException {
		Path example = folder.resolve(ExamplePortfolio.FILE_NAME);
		ExamplePortfolio.copyTo(example);
		adapters = new ComposedAdapterFactory(new KamItemProviderAdapterFactory());
		adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		BasicCommandStack commands = new BasicCommandStack() {
			@Override
			protected void handleError(Exception exception) {
				// the stack would only log it; a command that fails halfway is what this test looks for
				commandErrors.add(exception instanceof RuntimeException runtime ? runtime : new RuntimeException(exception));
			}
		};
		domain = new AdapterFactoryEditingDomain(adapters, commands, PortfolioFiles.newResourceSet());
		resource = PortfolioFiles.load(domain.getResourceSet(), example).eResource();
	}

	@AfterEach
	void dispose() {
		adapters.dispose();
	}

	@Test
	void undoRestoresThePortfolioExactlyAndRedoRepeatsTheEdits() throws IOException {
		BasicCommandStack commands = (BasicCommandStack) domain.getCommandStack();
		byte[] original = saved();
		try (InputStream shipped = ExamplePortfolio.open()) {
			assertArrayEquals(shipped.readAllBytes(), original, "the saved form is not the file's");
		}
		Map<String, Integer> made = new TreeMap<>();
		long started = System.nanoTime();
		for (int seed = 1; seed <= SEQUENCES; seed++) {
			Random random = new Random(seed);
			List<String> edits = new ArrayList<>();
			int length = 1 + random.nextInt(LONGEST_SEQUENCE);
			for (int attempts = 0; edits.size() < length && attempts < 10 * length; attempts++) {
				Edit edit = randomEdit(random);
				if (edit != null && edit.command.canExecute()) {
					commands.execute(edit.command);
					edits.add(edit.description);
					made.merge(edit.description.substring(0, edit.description.indexOf(' ')), 1, Integer::sum);
					if (!commandErrors.isEmpty()) {
						throw failure(seed, edits, "the last edit failed", commandErrors.get(0));
					}
				}
			}
			if (random.nextInt(4) == 0) {
				// as the editor saves: the save gives new objects their identifiers, outside the command stack
				resource.save(null);
				edits.add("save the file");
			}
			byte[] edited = saved();
			opensAgain(edited, seed, edits);

			while (commands.canUndo()) {
				commands.undo();
			}
			check(original, saved(), seed, edits, "undoing every edit did not restore the portfolio");
			while (commands.canRedo()) {
				commands.redo();
			}
			check(edited, saved(), seed, edits, "redoing every edit did not repeat them");
			while (commands.canUndo()) {
				commands.undo();
			}
			check(original, saved(), seed, edits, "undoing the redone edits did not restore the portfolio");
			commands.flush();
		}
		System.out.println("undo and redo: " + SEQUENCES + " sequences, " + made.values().stream().mapToInt(n -> n).sum()
				+ " edits " + made + ", every one undone and redone exactly (" + (System.nanoTime() - started) / 1_000_000
				+ " ms)");
		assertEquals(Set.of("add", "delete", "move", "remove", "set"), made.keySet(), "kinds of edit made");
	}

	/** The portfolio as the file format writes it. */
	private byte[] saved() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, null);
		return out.toByteArray();
	}

	/** The edited portfolio, saved, opens again: removals took the references to what they removed with them. */
	private void opensAgain(byte[] saved, int seed, List<String> edits) {
		Resource reread = PortfolioFiles.newResourceSet().createResource(URI.createURI("memory:/edited.kam"));
		try {
			reread.load(new ByteArrayInputStream(saved), null);
		} catch (IOException | RuntimeException e) {
			throw failure(seed, edits, "the edited portfolio cannot be opened again", e);
		}
		if (!reread.getErrors().isEmpty()) {
			throw failure(seed, edits, "the edited portfolio cannot be opened again: " + reread.getErrors().get(0), null);
		}
	}

	private void check(byte[] expected, byte[] actual, int seed, List<String> edits, String what) {
		if (!commandErrors.isEmpty()) {
			throw failure(seed, edits, what + ": a command failed", commandErrors.get(0));
		}
		if (!Arrays.equals(expected, actual)) {
			throw failure(seed, edits, what + firstDifference(expected, actual), null);
		}
	}

	private static AssertionError failure(int seed, List<String> edits, String what, Throwable cause) {
		return new AssertionError("seed " + seed + ": " + what + "; the edits:\n  " + String.join("\n  ", edits), cause);
	}

	private static String firstDifference(byte[] expected, byte[] actual) {
		String a = new String(expected, StandardCharsets.UTF_8);
		String b = new String(actual, StandardCharsets.UTF_8);
		int at = 0;
		while (at < a.length() && at < b.length() && a.charAt(at) == b.charAt(at)) {
			at++;
		}
		if (at == a.length() && at == b.length()) {
			return "";
		}
		int line = (int) a.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
		return " (first difference on line " + line + ": expected " + lineAt(a, at) + ", was " + lineAt(b, at) + ")";
	}

	private static String lineAt(String text, int at) {
		int start = text.lastIndexOf('\n', Math.max(0, Math.min(at, text.length()) - 1)) + 1;
		int end = text.indexOf('\n', Math.min(at, text.length()));
		return text.substring(start, end < 0 ? text.length() : end).strip();
	}

	/** A command and what it does, for the report. */
	private record Edit(Command command, String description) {
	}

	private Edit randomEdit(Random random) {
		List<EObject> objects = new ArrayList<>();
		resource.getAllContents().forEachRemaining(objects::add);
		EObject object = objects.get(random.nextInt(objects.size()));
		EClass type = object.eClass();
		return switch (random.nextInt(10)) {
		case 0, 1, 2 -> setAttribute(random, object, pick(random, attributes(type)));
		case 3, 4 -> setReference(random, objects, object, pick(random, references(type)));
		case 5, 6 -> addChild(random, object, pick(random, containments(type)));
		case 7 -> delete(object);
		case 8 -> remove(object);
		default -> move(random, object, pick(random, lists(type)));
		};
	}

	private Edit setAttribute(Random random, EObject object, EAttribute attribute) {
		if (attribute == null) {
			return null;
		}
		if (attribute.isMany()) {
			List<?> values = (List<?>) object.eGet(attribute);
			if (!values.isEmpty() && random.nextBoolean()) {
				Object value = values.get(random.nextInt(values.size()));
				return new Edit(RemoveCommand.create(domain, object, attribute, value),
						"remove " + quoted(value) + " from " + label(object) + "." + attribute.getName());
			}
			Object value = randomValue(random, attribute.getEAttributeType());
			int index = random.nextInt(values.size() + 1);
			return new Edit(AddCommand.create(domain, object, attribute, value, index),
					"add " + quoted(value) + " to " + label(object) + "." + attribute.getName() + " at " + index);
		}
		Class<?> kind = attribute.getEAttributeType().getInstanceClass();
		boolean clearable = kind == String.class || kind == LocalDate.class; // as in the Properties view
		Object value = clearable && random.nextInt(8) == 0 ? null : randomValue(random, attribute.getEAttributeType());
		return new Edit(SetCommand.create(domain, object, attribute, value),
				"set " + label(object) + "." + attribute.getName() + " to " + quoted(value));
	}

	private Edit setReference(Random random, List<EObject> objects, EObject object, EReference reference) {
		if (reference == null) {
			return null;
		}
		List<EObject> candidates = objects.stream().filter(reference.getEReferenceType()::isInstance).toList();
		if (reference.isMany()) {
			List<?> values = (List<?>) object.eGet(reference);
			if (!values.isEmpty() && random.nextBoolean()) {
				EObject value = (EObject) values.get(random.nextInt(values.size()));
				return new Edit(RemoveCommand.create(domain, object, reference, value),
						"remove " + label(value) + " from " + label(object) + "." + reference.getName());
			}
			if (candidates.isEmpty()) {
				return null;
			}
			EObject value = candidates.get(random.nextInt(candidates.size()));
			return new Edit(AddCommand.create(domain, object, reference, value),
					"add " + label(value) + " to " + label(object) + "." + reference.getName());
		}
		EObject value = candidates.isEmpty() || random.nextInt(6) == 0 ? null
				: candidates.get(random.nextInt(candidates.size()));
		return new Edit(SetCommand.create(domain, object, reference, value),
				"set " + label(object) + "." + reference.getName() + " to " + label(value));
	}

	private Edit addChild(Random random, EObject owner, EReference containment) {
		if (containment == null || !containment.isMany() && owner.eGet(containment) != null) {
			return null; // replacing a single child is a delete and an add, both done on their own
		}
		EObject child = EcoreUtil.create(concrete(random, containment.getEReferenceType()));
		if (child instanceof Identified identified && random.nextBoolean()) {
			identified.setId("new-" + Long.toHexString(random.nextLong()));
		}
		EStructuralFeature name = child.eClass().getEStructuralFeature("name");
		if (name != null) {
			child.eSet(name, WORDS[random.nextInt(WORDS.length)]);
		}
		if (!containment.isMany()) {
			return new Edit(SetCommand.create(domain, owner, containment, child),
					"set " + label(owner) + "." + containment.getName() + " to a new " + label(child));
		}
		int index = random.nextInt(((List<?>) owner.eGet(containment)).size() + 1);
		return new Edit(AddCommand.create(domain, owner, containment, child, index),
				"add a new " + label(child) + " to " + label(owner) + "." + containment.getName() + " at " + index);
	}

	private Edit delete(EObject object) {
		if (object.eContainer() == null) {
			return null;
		}
		return new Edit(DeleteCommand.create(domain, object), "delete " + label(object));
	}

	/** Removes an object no other object refers to; one that is referred to is deleted (the references with it). */
	private Edit remove(EObject object) {
		if (object.eContainer() == null) {
			return null;
		}
		Set<EObject> removed = new HashSet<>();
		removed.add(object);
		object.eAllContents().forEachRemaining(removed::add);
		for (Collection<EStructuralFeature.Setting> usages : EcoreUtil.UsageCrossReferencer
				.findAll(removed, domain.getResourceSet()).values()) {
			for (EStructuralFeature.Setting usage : usages) {
				if (!removed.contains(usage.getEObject())) {
					return delete(object);
				}
			}
		}
		return new Edit(RemoveCommand.create(domain, object), "remove " + label(object));
	}

	private Edit move(Random random, EObject owner, EStructuralFeature list) {
		if (list == null) {
			return null;
		}
		List<?> values = (List<?>) owner.eGet(list);
		if (values.size() < 2) {
			return null;
		}
		Object value = values.get(random.nextInt(values.size()));
		int index = random.nextInt(values.size());
		return new Edit(MoveCommand.create(domain, owner, list, value, index), "move "
				+ (value instanceof EObject moved ? label(moved) : quoted(value)) + " in " + label(owner) + "."
				+ list.getName() + " to " + index);
	}

	private static List<EAttribute> attributes(EClass type) {
		// identifiers are stable, no one edits them; the format version is the save's to write
		return type.getEAllAttributes().stream()
				.filter(a -> editable(a) && !a.isID() && a != KamPackage.Literals.PORTFOLIO__FORMAT_VERSION).toList();
	}

	private static List<EReference> references(EClass type) {
		return type.getEAllReferences().stream().filter(r -> editable(r) && !r.isContainment() && !r.isContainer())
				.toList();
	}

	private static List<EReference> containments(EClass type) {
		return type.getEAllContainments().stream().filter(UndoRedoTest::editable).toList();
	}

	private static List<EStructuralFeature> lists(EClass type) {
		return type.getEAllStructuralFeatures().stream().filter(f -> editable(f) && f.isMany()).toList();
	}

	private static boolean editable(EStructuralFeature feature) {
		return feature.isChangeable() && !feature.isDerived() && !feature.isTransient();
	}

	private static EClass concrete(Random random, EClass type) {
		if (!type.isAbstract()) {
			return type;
		}
		List<EClass> subtypes = KamPackage.eINSTANCE.getEClassifiers().stream()
				.filter(c -> c instanceof EClass e && !e.isAbstract() && type.isSuperTypeOf(e)).map(EClass.class::cast)
				.toList();
		return subtypes.get(random.nextInt(subtypes.size()));
	}

	private static Object randomValue(Random random, EDataType type) {
		if (type instanceof EEnum enumeration) {
			return enumeration.getELiterals().get(random.nextInt(enumeration.getELiterals().size())).getInstance();
		}
		Class<?> kind = type.getInstanceClass();
		if (kind == String.class) {
			return WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? " " + random.nextInt(100) : "");
		} else if (kind == double.class || kind == Double.class) {
			return random.nextBoolean() ? random.nextInt(21) / 2.0 : random.nextDouble() * 1_000_000;
		} else if (kind == int.class || kind == Integer.class) {
			return random.nextInt(400) - 100;
		} else if (kind == boolean.class || kind == Boolean.class) {
			return random.nextBoolean();
		} else if (kind == LocalDate.class) {
			return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3_000));
		}
		throw new IllegalStateException("no random values of " + type.getName() + " yet");
	}

	private static <T> T pick(Random random, List<T> choices) {
		return choices.isEmpty() ? null : choices.get(random.nextInt(choices.size()));
	}

	private String label(EObject object) {
		if (object == null) {
			return "nothing";
		}
		String id = EcoreUtil.getID(object);
		String where = id != null ? id
				: object.eResource() != null ? object.eResource().getURIFragment(object) : "(new)";
		return object.eClass().getName() + " " + where;
	}

	private static String quoted(Object value) {
		return value instanceof String text ? "\"" + text.replace("\n", "\\n") + "\"" : String.valueOf(value);
	}
}
