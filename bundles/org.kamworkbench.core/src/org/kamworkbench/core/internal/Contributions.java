package org.kamworkbench.core.internal;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * Reads contributions to the core's extension points. The registry is read on every call, since bundles may be
 * installed while the workbench runs; outside a running platform there are no contributions.
 */
public final class Contributions {

	private Contributions() {
	}

	/** The elements named {@code name} contributed to the extension point {@code point}. */
	public static List<IConfigurationElement> elements(String point, String name) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return List.of();
		}
		return List.of(registry.getConfigurationElementsFor(point)).stream()
				.filter(element -> name.equals(element.getName())).toList();
	}

	/** Whether the element names everything in {@code attributes}; logs the first one missing. */
	public static boolean complete(IConfigurationElement element, String... attributes) {
		for (String attribute : attributes) {
			String value = element.getAttribute(attribute);
			if (value == null || value.isBlank()) {
				ILog.of(Contributions.class).warn(element.getContributor().getName() + ": <" + element.getName()
						+ "> without '" + attribute + "' is left out");
				return false;
			}
		}
		return true;
	}

	/** Creates the contributed class when asked, so that listing contributions does not start their bundles. */
	public static <T> Supplier<T> instances(IConfigurationElement element, Class<T> type) {
		return () -> {
			try {
				return type.cast(element.createExecutableExtension("class")); //$NON-NLS-1$
			} catch (CoreException | ClassCastException e) {
				throw new IllegalStateException(
						element.getContributor().getName() + ": cannot create " + element.getAttribute("class"), e); //$NON-NLS-1$ //$NON-NLS-2$
			}
		};
	}

	/**
	 * Logs that a contribution failed while it ran, so the log says which extension to blame; a
	 * {@link LinkageError} means the extension was built against another version of the API.
	 */
	public static void logFailure(String contributor, String id, Throwable failure) {
		ILog.of(Contributions.class).error(contributor + " (" + id + ") failed", failure); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
