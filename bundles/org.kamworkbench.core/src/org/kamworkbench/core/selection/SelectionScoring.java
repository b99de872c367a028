package org.kamworkbench.core.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.ScaleDirection;
import org.kamworkbench.kam.Score;

/**
 * Weighted selection scores of an account on the two axes of the account portfolio (attractiveness and
 * relative strength), each on 0-10.
 * <ul>
 * <li>Criteria: the portfolio's active criteria set, or when none is active the set with the highest version.</li>
 * <li>Counted: a score whose criterion belongs to that set and whose {@code criteriaVersion} equals the set's
 * version. With several such scores on one criterion, the latest dated one counts (undated scores are older
 * than dated ones; on equal dates the later in the list counts).</li>
 * <li>Each counted score is placed on 0-10: {@code (value - scaleMin) / (scaleMax - scaleMin) * 10}, reversed
 * ({@code 10 - x}) when the criterion's direction is {@code LOWER_IS_BETTER}; a value outside the scale is
 * taken at the nearest end (validation reports it).</li>
 * <li>Axis score: {@code sum(w * x) / sum(w)} over the criteria of the axis with a counted score, so the result
 * is on 0-10 whatever the weights sum to. A weight below 0 counts as 0.</li>
 * <li>Not counted but reported: scores under another criteria version ("kept under version N"), criteria
 * without a counted score (missing), and criteria with an empty scale.</li>
 * <li>An axis without any counted score, or whose counted criteria all weigh 0, is unknown, never 0.</li>
 * <li>A computed criterion (its {@code computationId} names an installed
 * {@link org.kamworkbench.core.criteria.CriterionComputation}) counts the computed value, on its scale, in place of
 * a score; scores given on it by hand are not counted. When the computation is not installed, lacks data or
 * fails, the criterion is not counted and {@link AxisScore#computed()} says why.</li>
 * </ul>
 */
public final class SelectionScoring {

	private SelectionScoring() {
	}

	/**
	 * The criteria set the portfolio selects by: its active set, else the set with the highest version, else
	 * {@code null}.
	 */
	public static CriteriaSet criteriaSet(Portfolio portfolio) {
		if (portfolio.getActiveCriteriaSet() != null) {
			return portfolio.getActiveCriteriaSet();
		}
		return portfolio.getCriteriaSets().stream().max(Comparator.comparingInt(CriteriaSet::getVersion))
				.orElse(null);
	}

	/** The account's scores under the portfolio's criteria set (see {@link #criteriaSet(Portfolio)}). */
	public static AccountScores score(Portfolio portfolio, Account account) {
		return score(account, criteriaSet(portfolio));
	}

	/** The account's scores under {@code criteria}, with the criteria's own weights. */
	public static AccountScores score(Account account, CriteriaSet criteria) {
		return score(account, criteria, Criterion::getWeight, computedCriteriaOf(account));
	}

	/**
	 * The account's scores under {@code criteria}, with the values of computed criteria from {@code computed}
	 * (one {@link ComputedCriteria} serves a whole pass over the portfolio).
	 */
	public static AccountScores score(Account account, CriteriaSet criteria, ComputedCriteria computed) {
		return score(account, criteria, Criterion::getWeight, computed);
	}

	/**
	 * The account's scores under {@code criteria}, with the weight of each criterion taken from {@code weights}
	 * instead of the model (used to try other weights without changing the portfolio).
	 */
	public static AccountScores score(Account account, CriteriaSet criteria, ToDoubleFunction<Criterion> weights) {
		return score(account, criteria, weights, computedCriteriaOf(account));
	}

	/** As {@link #score(Account, CriteriaSet, ToDoubleFunction)}, with the values of computed criteria from {@code computed}. */
	public static AccountScores score(Account account, CriteriaSet criteria, ToDoubleFunction<Criterion> weights,
			ComputedCriteria computed) {
		Map<Criterion, Score> counted = new IdentityHashMap<>();
		Map<Axis, List<KeptScore>> kept = new LinkedHashMap<>();
		for (Axis axis : Axis.VALUES) {
			kept.put(axis, new ArrayList<>());
		}
		if (criteria != null) {
			Map<Criterion, Boolean> inSet = new IdentityHashMap<>();
			criteria.getCriteria().forEach(criterion -> inSet.put(criterion, Boolean.TRUE));
			for (Score score : account.getScores()) {
				Criterion criterion = score.getCriterion();
				if (criterion == null) {
					continue; // a score on no criterion says nothing; validation reports it
				}
				if (inSet.containsKey(criterion) && score.getCriteriaVersion() == criteria.getVersion()) {
					counted.merge(criterion, score, SelectionScoring::later);
				} else {
					kept.get(criterion.getAxis()).add(new KeptScore(score, versionOf(score, inSet.containsKey(criterion)),
							criteria.getVersion()));
				}
			}
		}
		return new AccountScores(account, criteria,
				axisScore(account, Axis.ATTRACTIVENESS, criteria, counted, kept.get(Axis.ATTRACTIVENESS), weights,
						computed),
				axisScore(account, Axis.RELATIVE_STRENGTH, criteria, counted, kept.get(Axis.RELATIVE_STRENGTH), weights,
						computed));
	}

	private static ComputedCriteria computedCriteriaOf(Account account) {
		return ComputedCriteria.of(account.eContainer() instanceof Portfolio portfolio ? portfolio : null);
	}

	/**
	 * {@code value} of a score on {@code criterion} placed on 0-10, reversed for {@code LOWER_IS_BETTER} and
	 * clamped to the scale; empty when the criterion's scale is empty.
	 */
	public static OptionalDouble normalised(Criterion criterion, double value) {
		double min = criterion.getScaleMin();
		double max = criterion.getScaleMax();
		if (!(max > min)) {
			return OptionalDouble.empty();
		}
		double share = Math.min(1.0, Math.max(0.0, (value - min) / (max - min)));
		if (criterion.getDirection() == ScaleDirection.LOWER_IS_BETTER) {
			share = 1.0 - share;
		}
		return OptionalDouble.of(share * 10.0);
	}

	private static AxisScore axisScore(Account account, Axis axis, CriteriaSet criteria,
			Map<Criterion, Score> counted, List<KeptScore> kept, ToDoubleFunction<Criterion> weights,
			ComputedCriteria computed) {
		List<ComputedScore> computedScores = new ArrayList<>();
		List<Criterion> used = new ArrayList<>();
		List<Criterion> missing = new ArrayList<>();
		List<Criterion> unusable = new ArrayList<>();
		double weighted = 0;
		double totalWeight = 0;
		if (criteria != null) {
			for (Criterion criterion : criteria.getCriteria()) {
				if (criterion.getAxis() != axis) {
					continue;
				}
				double raw;
				if (ComputedCriteria.isComputed(criterion)) {
					ComputedScore computedScore = computed.score(criterion, account);
					computedScores.add(computedScore);
					if (!computedScore.isCounted()) {
						continue;
					}
					raw = computedScore.value().getAsDouble();
				} else {
					Score score = counted.get(criterion);
					if (score == null) {
						missing.add(criterion);
						continue;
					}
					raw = score.getValue();
				}
				OptionalDouble value = normalised(criterion, raw);
				if (value.isEmpty()) {
					unusable.add(criterion);
					continue;
				}
				double weight = Math.max(0.0, weights.applyAsDouble(criterion));
				used.add(criterion);
				weighted += weight * value.getAsDouble();
				totalWeight += weight;
			}
		}
		OptionalDouble score = totalWeight > 0 ? OptionalDouble.of(weighted / totalWeight) : OptionalDouble.empty();
		return new AxisScore(axis, score, used, missing, kept, unusable, computedScores);
	}

	/** The later of two scores on one criterion: by date, undated before dated, else the second. */
	private static Score later(Score first, Score second) {
		if (first.getDate() == null || second.getDate() == null) {
			return second.getDate() == null && first.getDate() != null ? first : second;
		}
		return second.getDate().isBefore(first.getDate()) ? first : second;
	}

	/**
	 * The version a not-counted score was given under: the version of the set that holds its criterion when
	 * that is another set, else the version recorded on the score.
	 */
	private static int versionOf(Score score, boolean criterionInAppliedSet) {
		if (!criterionInAppliedSet && score.getCriterion().eContainer() instanceof CriteriaSet owner) {
			return owner.getVersion();
		}
		return score.getCriteriaVersion();
	}
}
