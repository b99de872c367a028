package org.kamworkbench.core.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The importers and exporters installed in the running platform, read from the extension registry on every
 * call (bundles may be installed while the workbench runs). A contribution that names no class or an unknown
 * scope is left out and logged.
 */
public final class Exchange {

	static final String IMPORTERS = "org.kamworkbench.core.importers";
	static final String EXPORTERS = "org.kamworkbench.core.exporters";

	private Exchange() {
	}

	/** Installed exporters, ordered by format. */
	public static List<ExporterDescriptor> exporters() {
		List<ExporterDescriptor> exporters = new ArrayList<>();
		for (IConfigurationElement element : elements(EXPORTERS, "exporter")) {
			ExportScope scope = scope(element.getAttribute("scope"));
			if (scope == null) {
				log(element, "scope must be 'portfolio' or 'account'");
				continue;
			}
			exporters.add(new ExporterDescriptor(element.getAttribute("id"), element.getAttribute("name"),
					element.getAttribute("format"), element.getAttribute("fileExtension"), scope,
					instances(element, PortfolioExporter.class)));
		}
		exporters.sort(Comparator.comparing(ExporterDescriptor::format).thenComparing(ExporterDescriptor::id));
		return exporters;
	}

	/** Installed importers, ordered by format. */
	public static List<ImporterDescriptor> importers() {
		List<ImporterDescriptor> importers = new ArrayList<>();
		for (IConfigurationElement element : elements(IMPORTERS, "importer")) {
			importers.add(new ImporterDescriptor(element.getAttribute("id"), element.getAttribute("name"),
					element.getAttribute("format"), element.getAttribute("fileExtension"),
					instances(element, PortfolioImporter.class)));
		}
		importers.sort(Comparator.comparing(ImporterDescriptor::format).thenComparing(ImporterDescriptor::id));
		return importers;
	}

	/** The exporter of {@code format} (case ignored) for {@code scope}. */
	public static Optional<ExporterDescriptor> exporter(String format, ExportScope scope) {
		return exporters().stream().filter(e -> e.format().equalsIgnoreCase(format) && e.scope() == scope)
				.findFirst();
	}

	/** The importer of {@code format} (case ignored). */
	public static Optional<ImporterDescriptor> importer(String format) {
		return importers().stream().filter(i -> i.format().equalsIgnoreCase(format)).findFirst();
	}

	private static List<IConfigurationElement> elements(String point, String name) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return List.of();
		}
		return List.of(registry.getConfigurationElementsFor(point)).stream()
				.filter(element -> name.equals(element.getName())).toList();
	}

	private static ExportScope scope(String value) {
		return switch (value == null ? "" : value) {
		case "portfolio" -> ExportScope.PORTFOLIO;
		case "account" -> ExportScope.ACCOUNT;
		default -> null;
		};
	}

	/** Creates the contributed class when asked, so that listing formats does not load the contributing bundle. */
	private static <T> Supplier<T> instances(IConfigurationElement element, Class<T> type) {
		return () -> {
			try {
				return type.cast(element.createExecutableExtension("class"));
			} catch (CoreException | ClassCastException e) {
				throw new IllegalStateException(
						element.getContributor().getName() + ": cannot create " + element.getAttribute("class"), e);
			}
		};
	}

	private static void log(IConfigurationElement element, String problem) {
		ILog.of(Exchange.class).warn(element.getContributor().getName() + " (" + element.getAttribute("id")
				+ "): " + problem);
	}
}
