package org.kamworkbench.core.tests.criteria;

import org.kamworkbench.core.criteria.ComputedValue;
import org.kamworkbench.core.criteria.CriterionComputation;
import org.kamworkbench.core.criteria.CriterionValues;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.Portfolio;

/** A computed criterion contributed by this fragment: the number of contacts, capped at the scale's top. */
public class ContactCount implements CriterionComputation {

	@Override
	public CriterionValues prepare(Portfolio portfolio, Criterion criterion) {
		return account -> account.getContacts().isEmpty() ? ComputedValue.none("no contacts")
				: ComputedValue.of(Math.min(criterion.getScaleMax(), account.getContacts().size()),
						account.getContacts().size() + " contacts");
	}
}
