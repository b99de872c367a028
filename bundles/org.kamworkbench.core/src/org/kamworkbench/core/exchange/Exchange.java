package org.kamworkbench.core.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.kamworkbench.core.internal.Contributions;

/**
 * The importers and exporters installed in the running platform, read from the extension registry on every
 * call (bundles may be installed while the workbench runs). A contribution that lacks a required attribute or
 * names an unknown scope is left out and logged.
 */
public final class Exchange {

	static final String IMPORTERS = "org.kamworkbench.core.importers"; //$NON-NLS-1$
	static final String EXPORTERS = "org.kamworkbench.core.exporters"; //$NON-NLS-1$

	/** Ids of the formats KAM Workbench itself contributes start with this. */
	private static final String BUILT_IN = "org.kamworkbench."; //$NON-NLS-1$

	private Exchange() {
	}

	/** Installed exporters, ordered by format, the built-in one of a format first. */
	public static List<ExporterDescriptor> exporters() {
		List<ExporterDescriptor> exporters = new ArrayList<>();
		for (IConfigurationElement element : Contributions.elements(EXPORTERS, "exporter")) { //$NON-NLS-1$
			if (!Contributions.complete(element, "id", "name", "format", "fileExtension", "scope", "class")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				continue;
			}
			ExportScope scope = scope(element.getAttribute("scope")); //$NON-NLS-1$
			if (scope == null) {
				ILog.of(Exchange.class).warn(element.getContributor().getName() + " (" + element.getAttribute("id") //$NON-NLS-1$ //$NON-NLS-2$
						+ "): scope must be 'portfolio' or 'account'; left out"); //$NON-NLS-1$
				continue;
			}
			exporters.add(new ExporterDescriptor(element.getAttribute("id"), element.getAttribute("name"), //$NON-NLS-1$ //$NON-NLS-2$
					element.getAttribute("format"), element.getAttribute("fileExtension"), scope, //$NON-NLS-1$ //$NON-NLS-2$
					Contributions.instances(element, PortfolioExporter.class)));
		}
		exporters.sort(Comparator.comparing(ExporterDescriptor::format, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(exporter -> !builtIn(exporter.id())).thenComparing(ExporterDescriptor::id));
		return exporters;
	}

	/** Installed importers, ordered by format, the built-in one of a format first. */
	public static List<ImporterDescriptor> importers() {
		List<ImporterDescriptor> importers = new ArrayList<>();
		for (IConfigurationElement element : Contributions.elements(IMPORTERS, "importer")) { //$NON-NLS-1$
			if (Contributions.complete(element, "id", "name", "format", "fileExtension", "class")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				importers.add(new ImporterDescriptor(element.getAttribute("id"), element.getAttribute("name"), //$NON-NLS-1$ //$NON-NLS-2$
						element.getAttribute("format"), element.getAttribute("fileExtension"), //$NON-NLS-1$ //$NON-NLS-2$
						Contributions.instances(element, PortfolioImporter.class)));
			}
		}
		importers.sort(Comparator.comparing(ImporterDescriptor::format, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(importer -> !builtIn(importer.id())).thenComparing(ImporterDescriptor::id));
		return importers;
	}

	/**
	 * The exporter of {@code format} (case ignored) for {@code scope}; when several offer it, the built-in one,
	 * else the one with the first id.
	 */
	public static Optional<ExporterDescriptor> exporter(String format, ExportScope scope) {
		return exporters().stream().filter(e -> e.format().equalsIgnoreCase(format) && e.scope() == scope)
				.findFirst();
	}

	/** The importer of {@code format} (case ignored); when several offer it, the built-in one, else the first id. */
	public static Optional<ImporterDescriptor> importer(String format) {
		return importers().stream().filter(i -> i.format().equalsIgnoreCase(format)).findFirst();
	}

	/**
	 * Exports with {@code exporter} to {@code target}, replacing a file there: the export is written to a hidden
	 * file beside the target and moved over it only when complete, so a failed export leaves the target as it
	 * was and no partial file behind. Missing folders are created.
	 */
	public static void export(ExporterDescriptor exporter, ExportRequest request, Path target) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		Path partial = partialFile(target);
		try {
			try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW)) {
				exporter.exporter().get().export(request, out);
			}
			try {
				Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException | RuntimeException e) {
			try {
				Files.deleteIfExists(partial);
			} catch (IOException cleanUp) {
				e.addSuppressed(cleanUp);
			}
			throw e;
		}
	}

	/** Hidden beside the target, named after it, this process and thread, so that two exports never share one. */
	private static Path partialFile(Path target) {
		return target.toAbsolutePath().resolveSibling("." + target.getFileName() + "." //$NON-NLS-1$ //$NON-NLS-2$
				+ ProcessHandle.current().pid() + "-" + Thread.currentThread().threadId() + ".exporting"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean builtIn(String id) {
		return id.startsWith(BUILT_IN);
	}

	private static ExportScope scope(String value) {
		return switch (value) {
		case "portfolio" -> ExportScope.PORTFOLIO; //$NON-NLS-1$
		case "account" -> ExportScope.ACCOUNT; //$NON-NLS-1$
		default -> null;
		};
	}
}
