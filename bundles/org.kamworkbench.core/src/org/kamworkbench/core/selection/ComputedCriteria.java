package org.kamworkbench.core.selection;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.criteria.ComputationDescriptor;
import org.kamworkbench.core.criteria.ComputedValue;
import org.kamworkbench.core.criteria.CriterionComputation;
import org.kamworkbench.core.criteria.CriterionComputations;
import org.kamworkbench.core.criteria.CriterionValues;
import org.kamworkbench.core.internal.Contributions;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.Portfolio;

/**
 * The values of the computed criteria of one portfolio for one scoring pass. Each computation is prepared once,
 * when its criterion is first asked for, and each account's value is kept, so a pass over the portfolio (or a
 * thousand passes of the sensitivity analysis) computes every value once. A snapshot: make a new one after the
 * portfolio changed.
 * <p>
 * A criterion whose computation is not installed, lacks data or fails gets no value, with the reason; it is
 * never taken as 0.
 */
public final class ComputedCriteria {

	private final Portfolio portfolio;
	private final Function<String, Optional<ComputationDescriptor>> installed;
	private final Map<Criterion, Prepared> prepared = new IdentityHashMap<>();

	private ComputedCriteria(Portfolio portfolio, Function<String, Optional<ComputationDescriptor>> installed) {
		this.portfolio = portfolio;
		this.installed = installed;
	}

	/** The computed criteria of {@code portfolio} with the computations installed in the running platform. */
	public static ComputedCriteria of(Portfolio portfolio) {
		return new ComputedCriteria(portfolio, CriterionComputations::find);
	}

	/** The computed criteria of {@code portfolio} with the computations {@code installed} finds by id. */
	public static ComputedCriteria of(Portfolio portfolio,
			Function<String, Optional<ComputationDescriptor>> installed) {
		return new ComputedCriteria(portfolio, installed);
	}

	/** Whether the criterion's value is computed rather than scored by hand. */
	public static boolean isComputed(Criterion criterion) {
		return criterion.getComputationId() != null && !criterion.getComputationId().isBlank();
	}

	/** The installed computation a computed criterion names, if any. */
	public Optional<ComputationDescriptor> computation(Criterion criterion) {
		return isComputed(criterion) ? installed.apply(criterion.getComputationId().strip()) : Optional.empty();
	}

	/** The value of the computed {@code criterion} for {@code account}. */
	public ComputedScore score(Criterion criterion, Account account) {
		return prepared.computeIfAbsent(criterion, this::prepare).score(account);
	}

	private Prepared prepare(Criterion criterion) {
		String id = criterion.getComputationId().strip();
		Optional<ComputationDescriptor> descriptor = installed.apply(id);
		if (descriptor.isEmpty()) {
			return new Prepared(criterion, null, ComputedScore.State.NOT_INSTALLED,
					NLS.bind(Messages.Computed_notInstalled, id));
		}
		try {
			CriterionComputation computation = descriptor.get().computation().get();
			return new Prepared(criterion, computation.prepare(portfolio, criterion), null, null);
		} catch (RuntimeException | LinkageError e) {
			Contributions.logFailure(descriptor.get().contributor(), id, e);
			return new Prepared(criterion, null, ComputedScore.State.FAILED,
					NLS.bind(Messages.Computed_failed, id, String.valueOf(e.getMessage())));
		}
	}

	/**
	 * One prepared computation and the values it gave so far; without {@code values}, {@code failureState} and
	 * {@code failure} say why it cannot give any.
	 */
	private static final class Prepared {
		private final Criterion criterion;
		private final CriterionValues values;
		private final ComputedScore.State failureState;
		private final String failure;
		private final Map<Account, ComputedScore> scores = new IdentityHashMap<>();

		Prepared(Criterion criterion, CriterionValues values, ComputedScore.State failureState, String failure) {
			this.criterion = criterion;
			this.values = values;
			this.failureState = failureState;
			this.failure = failure;
		}

		ComputedScore score(Account account) {
			return scores.computeIfAbsent(account, this::compute);
		}

		private ComputedScore compute(Account account) {
			if (values == null) {
				return new ComputedScore(criterion, failureState, OptionalDouble.empty(), failure);
			}
			try {
				ComputedValue value = values.valueOf(account);
				if (value == null) {
					throw new IllegalStateException("no value returned"); //$NON-NLS-1$
				}
				return new ComputedScore(criterion,
						value.value().isPresent() ? ComputedScore.State.COMPUTED : ComputedScore.State.NO_VALUE,
						value.value(), value.explanation());
			} catch (RuntimeException | LinkageError e) {
				Contributions.logFailure(criterion.getComputationId(), account.getName(), e);
				return new ComputedScore(criterion, ComputedScore.State.FAILED, OptionalDouble.empty(),
						NLS.bind(Messages.Computed_failed, criterion.getComputationId().strip(),
								String.valueOf(e.getMessage())));
			}
		}
	}
}
