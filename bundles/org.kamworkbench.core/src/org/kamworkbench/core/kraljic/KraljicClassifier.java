package org.kamworkbench.core.kraljic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Texts;
import org.kamworkbench.core.Thresholds;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.KraljicAssessment;
import org.kamworkbench.kam.KraljicDimension;
import org.kamworkbench.kam.KraljicFactorScore;
import org.kamworkbench.kam.PurchaseCategory;

/**
 * Places each category of a customer's Kraljic assessment in a {@link KraljicQuadrant}, as the customer
 * would.
 * <p>
 * A category's profit impact and supply risk are the weighted averages (0-10) of its factor scores on
 * that dimension, the weights normalised to sum to one. A negative weight counts as zero; when no factor
 * of a dimension has a positive weight, its factors count equally (weights were not entered). A
 * dimension without any factor score is unknown, and a category with an unknown dimension is not placed.
 * <p>
 * High profit impact means {@code profitImpact} on the high side of
 * {@link AnalysisSettings#getKraljicProfitImpactThreshold()}, high supply risk means {@code supplyRisk}
 * on the high side of {@link AnalysisSettings#getKraljicSupplyRiskThreshold()}; a point exactly on a
 * threshold falls on {@link AnalysisSettings#getBoundarySide()} (see {@link Thresholds#isHigh}).
 */
public final class KraljicClassifier {

	/**
	 * Where the customer places one purchase category. The scores are empty when the category has no
	 * factor score on that dimension; the quadrant is empty unless both are known.
	 */
	public record Placement(PurchaseCategory category, OptionalDouble profitImpact, OptionalDouble supplyRisk,
			Optional<KraljicQuadrant> quadrant) {

		public Placement {
			Objects.requireNonNull(category);
			Objects.requireNonNull(profitImpact);
			Objects.requireNonNull(supplyRisk);
			Objects.requireNonNull(quadrant);
		}

		/** Whether both dimensions are known, so that the category has a quadrant. */
		public boolean isPlaced() {
			return quadrant.isPresent();
		}

		/** The dimensions without any factor score, in the order profit impact, supply risk. */
		public List<KraljicDimension> missingDimensions() {
			List<KraljicDimension> missing = new ArrayList<>(2);
			if (profitImpact.isEmpty()) {
				missing.add(KraljicDimension.PROFIT_IMPACT);
			}
			if (supplyRisk.isEmpty()) {
				missing.add(KraljicDimension.SUPPLY_RISK);
			}
			return List.copyOf(missing);
		}

		/** One plain sentence: where the category lies and what the customer does there, or what is missing. */
		public String explanation() {
			String name = Messages.name(category.getName());
			if (quadrant.isPresent()) {
				KraljicQuadrant placed = quadrant.get();
				return NLS.bind(Messages.Placement_placed, name, placed.asItem(),
						Texts.decimal(profitImpact.getAsDouble()), Texts.decimal(supplyRisk.getAsDouble()),
						placed.customerBehaviour());
			}
			String missing = profitImpact.isEmpty()
					? supplyRisk.isEmpty() ? Messages.Placement_noScores : Messages.Placement_noProfitImpact
					: Messages.Placement_noSupplyRisk;
			return NLS.bind(missing, name);
		}
	}

	private final AnalysisSettings settings;

	/** A classifier that uses the given thresholds, e.g. {@code Thresholds.of(portfolio)}. */
	public KraljicClassifier(AnalysisSettings settings) {
		this.settings = Objects.requireNonNull(settings);
	}

	/** Every category of the account's Kraljic assessment, in order; empty when there is no assessment. */
	public List<Placement> classify(Account account) {
		KraljicAssessment assessment = account.getKraljicAssessment();
		if (assessment == null) {
			return List.of();
		}
		return assessment.getCategories().stream().map(this::classify).toList();
	}

	/** Where the customer places one category. */
	public Placement classify(PurchaseCategory category) {
		OptionalDouble impact = score(category, KraljicDimension.PROFIT_IMPACT);
		OptionalDouble risk = score(category, KraljicDimension.SUPPLY_RISK);
		Optional<KraljicQuadrant> quadrant = impact.isPresent() && risk.isPresent()
				? Optional.of(quadrant(impact.getAsDouble(), risk.getAsDouble()))
				: Optional.empty();
		return new Placement(category, impact, risk, quadrant);
	}

	/** The quadrant of a point, with the thresholds and boundary side of the settings. */
	public KraljicQuadrant quadrant(double profitImpact, double supplyRisk) {
		return KraljicQuadrant.of(
				Thresholds.isHigh(profitImpact, settings.getKraljicProfitImpactThreshold(), settings.getBoundarySide()),
				Thresholds.isHigh(supplyRisk, settings.getKraljicSupplyRiskThreshold(), settings.getBoundarySide()));
	}

	/**
	 * The weighted average of the category's factor scores on one dimension, or empty when it has none.
	 * Negative weights count as zero; when no weight is positive the factors count equally.
	 */
	public static OptionalDouble score(PurchaseCategory category, KraljicDimension dimension) {
		List<KraljicFactorScore> factors = category.getFactorScores().stream()
				.filter(factor -> factor.getDimension() == dimension).toList();
		if (factors.isEmpty()) {
			return OptionalDouble.empty();
		}
		double totalWeight = factors.stream().mapToDouble(factor -> Math.max(0, factor.getWeight())).sum();
		if (totalWeight <= 0) {
			return factors.stream().mapToDouble(KraljicFactorScore::getValue).average();
		}
		double weighted = factors.stream().mapToDouble(factor -> Math.max(0, factor.getWeight()) * factor.getValue())
				.sum();
		return OptionalDouble.of(weighted / totalWeight);
	}
}
