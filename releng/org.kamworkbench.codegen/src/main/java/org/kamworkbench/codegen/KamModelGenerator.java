package org.kamworkbench.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model and edit code of a committed {@code .genmodel} without an Eclipse workspace.
 * <p>
 * Usage: {@code KamModelGenerator (check|write) GENMODEL BUNDLES_DIR [CHECK_DIR]}. {@code write} generates
 * into the bundles' {@code src-gen}; {@code check} generates into CHECK_DIR and fails when the committed
 * {@code src-gen} folders differ from what the genmodel produces.
 */
public final class KamModelGenerator {

	private static final List<String> GENERATED_FOLDERS = List.of("src-gen");

	private KamModelGenerator() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 3 || !Set.of("check", "write").contains(args[0])) {
			throw new IllegalArgumentException("usage: (check|write) GENMODEL BUNDLES_DIR [CHECK_DIR], got "
					+ Arrays.toString(args));
		}
		boolean check = args[0].equals("check");
		Path genModelFile = Path.of(args[1]).toAbsolutePath().normalize();
		Path bundles = Path.of(args[2]).toAbsolutePath().normalize();
		Path outputRoot = check ? Path.of(args[3]).toAbsolutePath().normalize() : bundles;

		GenModel genModel = load(genModelFile);
		List<String> projects = List.of(projectOf(genModel.getModelDirectory()), projectOf(genModel.getEditDirectory()));
		if (check) {
			deleteTree(outputRoot);
		}
		for (String project : projects) {
			// platform:/resource/<project>/ is where the generator writes that project's files
			Files.createDirectories(outputRoot.resolve(project));
			EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(outputRoot.resolve(project) + "/"));
		}
		generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE);
		generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE);
		if (check) {
			List<String> differences = new ArrayList<>();
			for (String project : projects) {
				for (String folder : GENERATED_FOLDERS) {
					differences.addAll(compare(outputRoot.resolve(project).resolve(folder),
							bundles.resolve(project).resolve(folder), project + "/" + folder));
				}
			}
			if (!differences.isEmpty()) {
				System.err.println("[kam-codegen] The committed generated code differs from what "
						+ genModelFile.getFileName() + " generates:");
				differences.forEach(d -> System.err.println("[kam-codegen]   " + d));
				System.err.println("[kam-codegen] Run ./kam generate and commit the result; never edit generated code by hand.");
				System.exit(1);
			}
			System.out.println("[kam-codegen] committed generated code matches " + genModelFile.getFileName());
		}
	}

	private static GenModel load(Path genModelFile) {
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		ResourceSet resources = new ResourceSetImpl();
		Resource resource = resources.getResource(URI.createFileURI(genModelFile.toString()), true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		genModel.setUpdateClasspath(false);
		Diagnostic diagnostic = genModel.diagnose();
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			throw new IllegalStateException("The genmodel is not valid: " + diagnostic);
		}
		return genModel;
	}

	private static void generate(GenModel genModel, Object projectType) {
		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
		if (result.getSeverity() >= Diagnostic.ERROR) {
			throw new IllegalStateException("EMF code generation failed: " + result);
		}
	}

	private static String projectOf(String directory) {
		return URI.createURI(directory).segment(0);
	}

	private static List<String> compare(Path generated, Path committed, String label) throws IOException {
		Set<Path> files = new TreeSet<>();
		files.addAll(relativeFiles(generated));
		files.addAll(relativeFiles(committed));
		List<String> differences = new ArrayList<>();
		for (Path file : files) {
			Path fresh = generated.resolve(file);
			Path kept = committed.resolve(file);
			if (!Files.exists(kept)) {
				differences.add(label + "/" + file + " is not committed");
			} else if (!Files.exists(fresh)) {
				differences.add(label + "/" + file + " is no longer generated");
			} else if (Files.mismatch(fresh, kept) != -1) {
				differences.add(label + "/" + file + " differs");
			}
		}
		return differences;
	}

	private static List<Path> relativeFiles(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).map(root::relativize).toList();
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> {
				try {
					Files.delete(path);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
