package org.kamworkbench.core.kraljic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kamworkbench.kam.KraljicDimension;
import org.kamworkbench.kam.KraljicFactorScore;
import org.kamworkbench.kam.PurchaseCategory;

/**
 * Moving a purchase category in the Kraljic matrix means changing the factor scores behind it: this
 * finds new factor values whose weighted score (as {@link KraljicClassifier#score} computes it) is the
 * target, shifting every factor by the same amount so that their differences stay as the user scored
 * them, as far as the 0-10 scale allows.
 */
public final class FactorAdjustment {

	/** The factor scale. */
	public static final double MIN = 0;
	public static final double MAX = 10;

	private static final double PRECISION = 1e-9;
	private static final int MAX_ROUNDS = 32;

	private FactorAdjustment() {
	}

	/**
	 * New values for the category's factors of the dimension, in their order; empty when the dimension
	 * has no factors. The target is first brought into the scale.
	 */
	public static Map<KraljicFactorScore, Double> toReach(PurchaseCategory category, KraljicDimension dimension,
			double target) {
		List<KraljicFactorScore> factors = category.getFactorScores().stream()
				.filter(factor -> factor.getDimension() == dimension).toList();
		Map<KraljicFactorScore, Double> values = new LinkedHashMap<>();
		factors.forEach(factor -> values.put(factor, clamp(factor.getValue())));
		if (factors.isEmpty()) {
			return values;
		}
		double goal = clamp(target);
		for (int round = 0; round < MAX_ROUNDS; round++) {
			double gap = goal - weighted(values);
			if (Math.abs(gap) < PRECISION) {
				break;
			}
			List<KraljicFactorScore> movable = factors.stream().filter(f -> weight(f, factors) > 0
					&& (gap > 0 ? values.get(f) < MAX : values.get(f) > MIN)).toList();
			if (movable.isEmpty()) {
				break;
			}
			double movableShare = movable.stream().mapToDouble(f -> weight(f, factors)).sum() / totalWeight(factors);
			double shift = gap / movableShare;
			movable.forEach(f -> values.put(f, clamp(values.get(f) + shift)));
		}
		return values;
	}

	/** The weighted score of the given values, with the weighting rule of {@link KraljicClassifier#score}. */
	private static double weighted(Map<KraljicFactorScore, Double> values) {
		List<KraljicFactorScore> factors = List.copyOf(values.keySet());
		double total = totalWeight(factors);
		return values.entrySet().stream().mapToDouble(e -> weight(e.getKey(), factors) * e.getValue()).sum() / total;
	}

	/** A factor's weight; when no factor has a positive weight, all count equally (as in the classifier). */
	private static double weight(KraljicFactorScore factor, List<KraljicFactorScore> factors) {
		boolean anyPositive = factors.stream().anyMatch(f -> f.getWeight() > 0);
		return anyPositive ? Math.max(0, factor.getWeight()) : 1;
	}

	private static double totalWeight(List<KraljicFactorScore> factors) {
		return factors.stream().mapToDouble(f -> weight(f, factors)).sum();
	}

	private static double clamp(double value) {
		return Math.max(MIN, Math.min(MAX, value));
	}
}
