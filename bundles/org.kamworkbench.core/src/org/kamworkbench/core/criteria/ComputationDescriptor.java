package org.kamworkbench.core.criteria;

import java.util.function.Supplier;

/**
 * An installed criterion computation as its extension declares it: {@code id} is what a criterion's
 * {@code computationId} names, {@code name} the label users see, {@code contributor} the contributing bundle.
 */
public record ComputationDescriptor(String id, String name, String description, String contributor,
		Supplier<CriterionComputation> computation) {
}
