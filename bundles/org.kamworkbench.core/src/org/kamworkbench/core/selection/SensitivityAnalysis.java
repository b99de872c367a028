package org.kamworkbench.core.selection;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.kamworkbench.core.Thresholds;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.Portfolio;

/**
 * How sensitive the portfolio quadrants are to the weights, since scores and weights are judgements.
 * <ul>
 * <li>The settings' {@code sensitivityRuns} runs (default 1000). In each run every criterion's weight is
 * multiplied by its own random factor in [1 - v, 1 + v), v = {@code sensitivityWeightVariationPercent} / 100
 * (default 20 %, taken within 0-100 %); then every account's quadrant is recomputed with
 * {@link PortfolioMatrix} under the same thresholds and boundary side.</li>
 * <li>Per account: the share of runs in which it kept its base quadrant (its quadrant with the model's own
 * weights), and which quadrants it moved to how often. A run in which its quadrant becomes unknown counts as
 * not kept. Accounts whose base quadrant is unknown are listed as not placed.</li>
 * <li>The random factors come from {@code java.util.SplittableRandom(seed)}, drawn per run in the order of the
 * criteria set, so a given seed on an unchanged portfolio reproduces the result exactly.</li>
 * <li>The model is not changed: the varied weights live in a map for the duration of the analysis.</li>
 * </ul>
 */
public final class SensitivityAnalysis {

	private SensitivityAnalysis() {
	}

	/** Varies the weights of the portfolio's criteria set at random, reproducibly for {@code seed}. */
	public static SensitivityResult analyse(Portfolio portfolio, long seed) {
		AnalysisSettings settings = Thresholds.of(portfolio);
		CriteriaSet criteria = SelectionScoring.criteriaSet(portfolio);
		ComputedCriteria computed = ComputedCriteria.of(portfolio);
		int runs = Math.max(0, settings.getSensitivityRuns());
		double variationPercent = Math.min(100.0, Math.max(0.0, settings.getSensitivityWeightVariationPercent()));
		double variation = variationPercent / 100.0;

		List<Account> placed = new ArrayList<>();
		List<PortfolioQuadrant> base = new ArrayList<>();
		List<Account> notPlaced = new ArrayList<>();
		for (Account account : portfolio.getAccounts()) {
			Optional<PortfolioQuadrant> quadrant = PortfolioMatrix.quadrant(
					SelectionScoring.score(account, criteria, computed), settings);
			if (quadrant.isPresent()) {
				placed.add(account);
				base.add(quadrant.get());
			} else {
				notPlaced.add(account);
			}
		}

		int[] kept = new int[placed.size()];
		List<Map<PortfolioQuadrant, Integer>> moves = new ArrayList<>();
		placed.forEach(account -> moves.add(new EnumMap<>(PortfolioQuadrant.class)));
		SplittableRandom random = new SplittableRandom(seed);
		Map<Criterion, Double> weights = new IdentityHashMap<>();
		List<Criterion> allCriteria = criteria == null ? List.of() : criteria.getCriteria();
		for (int run = 0; run < runs; run++) {
			for (Criterion criterion : allCriteria) {
				double factor = 1.0 + variation * (2.0 * random.nextDouble() - 1.0);
				weights.put(criterion, Double.valueOf(criterion.getWeight() * factor));
			}
			for (int i = 0; i < placed.size(); i++) {
				AccountScores scores = SelectionScoring.score(placed.get(i), criteria,
						c -> weights.get(c).doubleValue(), computed);
				PortfolioQuadrant quadrant = PortfolioMatrix.quadrant(scores, settings).orElse(null);
				if (quadrant == base.get(i)) {
					kept[i]++;
				} else if (quadrant != null) {
					moves.get(i).merge(quadrant, Integer.valueOf(1), Integer::sum);
				}
			}
		}

		List<AccountSensitivity> result = new ArrayList<>();
		for (int i = 0; i < placed.size(); i++) {
			result.add(new AccountSensitivity(placed.get(i), base.get(i), runs, kept[i], moves.get(i)));
		}
		return new SensitivityResult(seed, runs, variationPercent, result, notPlaced);
	}
}
