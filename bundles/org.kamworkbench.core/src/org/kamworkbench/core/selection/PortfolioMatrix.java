package org.kamworkbench.core.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Texts;
import org.kamworkbench.core.Thresholds;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Portfolio;

/**
 * McDonald's directional policy matrix for key accounts: account attractiveness (vertical) against our
 * relative strength (horizontal), both weighted scores on 0-10 from {@link SelectionScoring}.
 * <ul>
 * <li>Attractiveness is high from the settings' {@code attractivenessThreshold}, strength is strong from
 * {@code strengthThreshold} (defaults 5).</li>
 * <li>A score exactly on a threshold is high (strong) when the settings' {@code boundarySide} is HIGH (the
 * default), low (weak) when it is LOW.</li>
 * <li>High and strong: {@link PortfolioQuadrant#STRATEGIC}; high and weak: {@link PortfolioQuadrant#STAR}; low
 * and strong: {@link PortfolioQuadrant#STATUS}; low and weak: {@link PortfolioQuadrant#STREAMLINE}.</li>
 * <li>When an axis score is unknown, the quadrant is unknown and the position says which axis.</li>
 * </ul>
 */
public final class PortfolioMatrix {

	private PortfolioMatrix() {
	}

	/** The quadrant of a point with these axis scores under the settings' thresholds and boundary side. */
	public static PortfolioQuadrant quadrant(double attractiveness, double relativeStrength,
			AnalysisSettings settings) {
		boolean high = Thresholds.isHigh(attractiveness, settings.getAttractivenessThreshold(),
				settings.getBoundarySide());
		boolean strong = Thresholds.isHigh(relativeStrength, settings.getStrengthThreshold(),
				settings.getBoundarySide());
		return PortfolioQuadrant.of(high, strong);
	}

	/** The quadrant of an account with these scores under {@code settings}; empty when an axis is unknown. */
	public static Optional<PortfolioQuadrant> quadrant(AccountScores scores, AnalysisSettings settings) {
		if (!scores.attractiveness().isKnown() || !scores.relativeStrength().isKnown()) {
			return Optional.empty();
		}
		return Optional.of(quadrant(scores.attractiveness().score().getAsDouble(),
				scores.relativeStrength().score().getAsDouble(), settings));
	}

	/** Where {@code account} lies under the portfolio's criteria set and settings. */
	public static PortfolioPosition place(Portfolio portfolio, Account account) {
		return place(SelectionScoring.score(portfolio, account), Thresholds.of(portfolio));
	}

	/** Where every account of the portfolio lies, in the portfolio's order (former accounts included). */
	public static List<PortfolioPosition> place(Portfolio portfolio) {
		AnalysisSettings settings = Thresholds.of(portfolio);
		CriteriaSet criteria = SelectionScoring.criteriaSet(portfolio);
		ComputedCriteria computed = ComputedCriteria.of(portfolio);
		List<PortfolioPosition> positions = new ArrayList<>();
		for (Account account : portfolio.getAccounts()) {
			positions.add(place(SelectionScoring.score(account, criteria, computed), settings));
		}
		return List.copyOf(positions);
	}

	/** Where an account with these scores lies under {@code settings}. */
	public static PortfolioPosition place(AccountScores scores, AnalysisSettings settings) {
		List<Axis> unknown = new ArrayList<>();
		for (Axis axis : Axis.VALUES) {
			if (!scores.axis(axis).isKnown()) {
				unknown.add(axis);
			}
		}
		String name = scores.account().getName();
		if (!unknown.isEmpty()) {
			List<String> reasons = new ArrayList<>();
			for (Axis axis : unknown) {
				String template = scores.axis(axis).hasNoScores() ? Messages.Matrix_noScores : Messages.Matrix_noWeight;
				reasons.add(NLS.bind(template, Messages.axis(axis)));
			}
			String message = NLS.bind(Messages.Matrix_unknown, name, String.join(Messages.LIST_SEPARATOR, reasons));
			return new PortfolioPosition(scores.account(), scores, Optional.empty(), unknown, message);
		}
		double attractiveness = scores.attractiveness().score().getAsDouble();
		double strength = scores.relativeStrength().score().getAsDouble();
		PortfolioQuadrant quadrant = quadrant(attractiveness, strength, settings);
		String message = NLS.bind(Messages.Matrix_placed, new Object[] { name, quadrant.label(),
				Texts.number(attractiveness), Texts.number(strength), quadrant.strategy() });
		return new PortfolioPosition(scores.account(), scores, Optional.of(quadrant), List.of(), message);
	}

	/** The direction of the relative-strength axis on charts of this portfolio (settings' strengthHighOnLeft). */
	public static AxisDirection strengthDirection(Portfolio portfolio) {
		boolean highOnLeft = Thresholds.of(portfolio).isStrengthHighOnLeft();
		return new AxisDirection(highOnLeft,
				highOnLeft ? Messages.Matrix_strengthHighOnLeft : Messages.Matrix_strengthHighOnRight);
	}
}
