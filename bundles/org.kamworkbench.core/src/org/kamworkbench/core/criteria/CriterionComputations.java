package org.kamworkbench.core.criteria;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.kamworkbench.core.internal.Contributions;

/**
 * The criterion computations installed in the running platform (extension point
 * {@code org.kamworkbench.core.criteria}), read from the extension registry on every call.
 */
public final class CriterionComputations {

	/** The extension point's full id. */
	public static final String POINT = "org.kamworkbench.core.criteria"; //$NON-NLS-1$

	private CriterionComputations() {
	}

	/** Installed computations, ordered by id; a contribution without id, name or class is left out and logged. */
	public static List<ComputationDescriptor> installed() {
		List<ComputationDescriptor> installed = new ArrayList<>();
		for (IConfigurationElement element : Contributions.elements(POINT, "computation")) { //$NON-NLS-1$
			if (Contributions.complete(element, "id", "name", "class")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				String description = element.getAttribute("description"); //$NON-NLS-1$
				installed.add(new ComputationDescriptor(element.getAttribute("id"), element.getAttribute("name"), //$NON-NLS-1$ //$NON-NLS-2$
						description == null ? "" : description, element.getContributor().getName(), //$NON-NLS-1$
						Contributions.instances(element, CriterionComputation.class)));
			}
		}
		installed.sort(Comparator.comparing(ComputationDescriptor::id));
		return List.copyOf(installed);
	}

	/** The installed computation with this id. */
	public static Optional<ComputationDescriptor> find(String id) {
		return installed().stream().filter(computation -> computation.id().equals(id)).findFirst();
	}
}
