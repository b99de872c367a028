package org.kamworkbench.core.criteria;

import org.kamworkbench.kam.Account;

/** The values of one computed criterion in one scoring pass, as {@link CriterionComputation#prepare} made them. */
@FunctionalInterface
public interface CriterionValues {

	/** The value for {@code account}, an account of the prepared portfolio. */
	ComputedValue valueOf(Account account);
}
