package org.kamworkbench.core.kraljic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Texts;
import org.kamworkbench.core.kraljic.KraljicClassifier.Placement;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.Offering;
import org.kamworkbench.kam.PurchaseCategory;

/**
 * Whether the customer can see us as a key supplier, judged from its own Kraljic assessment.
 * <p>
 * Only the categories that concern our offerings ({@link PurchaseCategory#getOfferings()} not empty)
 * count. We can be a key supplier when at least one of them lies in the customer's
 * {@link KraljicQuadrant#STRATEGIC strategic} quadrant (placed by {@link KraljicClassifier}, with its
 * thresholds and boundary side); in the other quadrants the customer will not want a key relationship.
 * The verdict is {@link Outcome#UNKNOWN} when there is no assessment, when no category concerns our
 * offerings, or when none of ours is strategic but some cannot be placed (a missing dimension could
 * still make them strategic).
 * <p>
 * When several categories concern us, the spend decides how much weight each carries: the verdict
 * reports the share of the spend on our categories that lies in the strategic quadrant (empty when no
 * spend is recorded; categories that cannot be placed count as not strategic) and the quadrant that
 * holds most of that spend (by number of categories when no spend is recorded).
 *
 * @param outcome            the verdict
 * @param ourCategories      the placements of the categories that concern our offerings, in order
 * @param decidingCategories the categories the verdict rests on: the strategic ones when possible, all
 *                           of ours when not, the ones that cannot be placed when unknown
 * @param strategicSpendShare share (0-1) of the spend on our categories that is in the strategic quadrant
 * @param mainQuadrant       the quadrant that holds most of the spend on our placed categories
 * @param reasons            plain sentences: the conclusion first, then one per category of ours
 */
public record KeySupplierVerdict(Outcome outcome, List<Placement> ourCategories, List<Placement> decidingCategories,
		OptionalDouble strategicSpendShare, Optional<KraljicQuadrant> mainQuadrant, List<String> reasons) {

	/** The verdict on whether the customer can see us as a key supplier. */
	public enum Outcome {
		/** At least one category that concerns our offerings is strategic for the customer. */
		KEY_SUPPLIER_POSSIBLE,
		/** Every category that concerns our offerings is placed, and none is strategic. */
		NOT_KEY_SUPPLIER,
		/** No assessment, no category concerning our offerings, or scores missing where they decide. */
		UNKNOWN;

		/** A short name of the verdict, for tables. */
		public String title() {
			return switch (this) {
			case KEY_SUPPLIER_POSSIBLE -> Messages.Verdict_KEY_SUPPLIER_POSSIBLE_title;
			case NOT_KEY_SUPPLIER -> Messages.Verdict_NOT_KEY_SUPPLIER_title;
			case UNKNOWN -> Messages.Verdict_UNKNOWN_title;
			};
		}
	}

	public KeySupplierVerdict {
		Objects.requireNonNull(outcome);
		ourCategories = List.copyOf(ourCategories);
		decidingCategories = List.copyOf(decidingCategories);
		Objects.requireNonNull(strategicSpendShare);
		Objects.requireNonNull(mainQuadrant);
		reasons = List.copyOf(reasons);
	}

	/** Judges the account with the given thresholds, e.g. {@code Thresholds.of(portfolio)}. */
	public static KeySupplierVerdict judge(Account account, AnalysisSettings settings) {
		if (account.getKraljicAssessment() == null) {
			return new KeySupplierVerdict(Outcome.UNKNOWN, List.of(), List.of(), OptionalDouble.empty(),
					Optional.empty(), List.of(NLS.bind(Messages.KeySupplier_noAssessment)));
		}
		List<Placement> ours = new KraljicClassifier(settings).classify(account).stream()
				.filter(placement -> !placement.category().getOfferings().isEmpty()).toList();
		if (ours.isEmpty()) {
			return new KeySupplierVerdict(Outcome.UNKNOWN, List.of(), List.of(), OptionalDouble.empty(),
					Optional.empty(), List.of(NLS.bind(Messages.KeySupplier_noCategoryConcernsUs)));
		}
		List<Placement> strategic = ours.stream()
				.filter(placement -> placement.quadrant().orElse(null) == KraljicQuadrant.STRATEGIC).toList();
		List<Placement> unplaced = ours.stream().filter(placement -> !placement.isPlaced()).toList();
		OptionalDouble share = strategicShare(ours, strategic);

		Outcome outcome;
		List<Placement> deciding;
		String conclusion;
		if (!strategic.isEmpty()) {
			outcome = Outcome.KEY_SUPPLIER_POSSIBLE;
			deciding = strategic;
			conclusion = share.isPresent()
					? NLS.bind(Messages.KeySupplier_possible, Texts.percent(share.getAsDouble()))
					: NLS.bind(Messages.KeySupplier_possibleSpendUnknown);
		} else if (!unplaced.isEmpty()) {
			outcome = Outcome.UNKNOWN;
			deciding = unplaced;
			conclusion = NLS.bind(Messages.KeySupplier_undecided);
		} else {
			outcome = Outcome.NOT_KEY_SUPPLIER;
			deciding = ours;
			conclusion = NLS.bind(Messages.KeySupplier_notKey);
		}
		List<String> reasons = new ArrayList<>();
		reasons.add(conclusion);
		ours.forEach(placement -> reasons.add(sentence(placement)));
		return new KeySupplierVerdict(outcome, ours, deciding, share, mainQuadrant(ours), reasons);
	}

	private static OptionalDouble strategicShare(List<Placement> ours, List<Placement> strategic) {
		double total = spend(ours);
		return total > 0 ? OptionalDouble.of(spend(strategic) / total) : OptionalDouble.empty();
	}

	private static double spend(List<Placement> placements) {
		return placements.stream().mapToDouble(placement -> Math.max(0, placement.category().getSpend())).sum();
	}

	/** The quadrant with the most spend (or categories, when no spend is recorded); ties go to the first. */
	private static Optional<KraljicQuadrant> mainQuadrant(List<Placement> ours) {
		List<Placement> placed = ours.stream().filter(Placement::isPlaced).toList();
		boolean bySpend = spend(placed) > 0;
		Map<KraljicQuadrant, Double> weight = new EnumMap<>(KraljicQuadrant.class);
		for (Placement placement : placed) {
			double amount = bySpend ? Math.max(0, placement.category().getSpend()) : 1;
			weight.merge(placement.quadrant().get(), amount, Double::sum);
		}
		Optional<KraljicQuadrant> main = Optional.empty();
		for (Map.Entry<KraljicQuadrant, Double> entry : weight.entrySet()) { // in quadrant order
			if (main.isEmpty() || entry.getValue() > weight.get(main.get())) {
				main = Optional.of(entry.getKey());
			}
		}
		return main;
	}

	private static String sentence(Placement placement) {
		if (!placement.isPlaced()) {
			return placement.explanation();
		}
		String message = switch (placement.quadrant().get()) {
		case STRATEGIC -> Messages.KeySupplier_STRATEGIC;
		case LEVERAGE -> Messages.KeySupplier_LEVERAGE;
		case BOTTLENECK -> Messages.KeySupplier_BOTTLENECK;
		case NON_CRITICAL -> Messages.KeySupplier_NON_CRITICAL;
		};
		PurchaseCategory category = placement.category();
		return NLS.bind(message, offerings(category), Messages.name(category.getName()));
	}

	private static String offerings(PurchaseCategory category) {
		List<Offering> offerings = category.getOfferings();
		String names = offerings.stream().map(offering -> "'" + Messages.name(offering.getName()) + "'") //$NON-NLS-1$ //$NON-NLS-2$
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
		return NLS.bind(offerings.size() == 1 ? Messages.KeySupplier_offeringOne : Messages.KeySupplier_offeringMany,
				names);
	}
}
