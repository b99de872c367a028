package org.kamworkbench.kam.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Portfolio;

/**
 * Reading and writing portfolio files outside the workbench (command line, tests, benchmarks). A file
 * that cannot be read is never written to; saving replaces the file atomically.
 */
public final class PortfolioFiles {

	private PortfolioFiles() {
	}

	/** A resource set that reads {@code .kam} files with the portfolio format's own resources. */
	public static ResourceSet newResourceSet() {
		ResourceSet resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(KamPackage.eNS_URI, KamPackage.eINSTANCE);
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(KamFormat.FILE_EXTENSION,
				new KamResourceFactory());
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new KamResourceFactory());
		return resources;
	}

	/** Loads the portfolio in {@code file}; says what is wrong and where when it cannot. */
	public static Portfolio load(Path file) throws PortfolioLoadException {
		return load(newResourceSet(), file);
	}

	public static Portfolio load(ResourceSet resources, Path file) throws PortfolioLoadException {
		String name = file.toString();
		if (!Files.isRegularFile(file)) {
			throw new PortfolioLoadException(name, 0, 0,
					Files.exists(file) ? Messages.Load_notAFile : Messages.Load_missing, null);
		}
		KamResource resource = (KamResource) resources.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			resource.load(null);
		} catch (IOException | RuntimeException e) {
			resources.getResources().remove(resource);
			throw LoadProblems.explain(name, e);
		}
		if (!resource.getErrors().isEmpty()) {
			resources.getResources().remove(resource);
			throw LoadProblems.explain(name, (Exception) resource.getErrors().get(0));
		}
		return resource.getPortfolio();
	}

	/** Saves the portfolio to {@code file}: the old content stays intact until the new one is complete. */
	public static void save(Portfolio portfolio, Path file) throws IOException {
		Resource resource = portfolio.eResource();
		URI target = URI.createFileURI(file.toAbsolutePath().toString());
		if (resource == null) {
			resource = newResourceSet().createResource(target);
			resource.getContents().add(portfolio);
		} else if (!target.equals(resource.getURI())) {
			resource.setURI(target);
		}
		resource.save(null);
	}
}
