package org.kamworkbench.core.validation;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Texts;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.Identified;
import org.kamworkbench.kam.KamPackage.Literals;
import org.kamworkbench.kam.LifetimeValueInputs;
import org.kamworkbench.kam.Portfolio;

/**
 * What holds the portfolio together: every identifiable object has an identifier (a warning: saving gives
 * it one) and no two share one; the analysis settings lie in their ranges (thresholds and the balance
 * tolerance 0 to 10, the weight total above 0, counts and days 0 or more, each minimum at most its
 * maximum); a lifetime value calculation has percentages of 0 to 100 and looks at least a year ahead.
 */
final class PortfolioConstraints {

	private static final double SCALE_MAX = 10;
	private static final double PERCENT_MAX = 100;

	private static final List<EAttribute> ON_SCALE = List.of(Literals.ANALYSIS_SETTINGS__ATTRACTIVENESS_THRESHOLD,
			Literals.ANALYSIS_SETTINGS__STRENGTH_THRESHOLD, Literals.ANALYSIS_SETTINGS__KRALJIC_PROFIT_IMPACT_THRESHOLD,
			Literals.ANALYSIS_SETTINGS__KRALJIC_SUPPLY_RISK_THRESHOLD,
			Literals.ANALYSIS_SETTINGS__PREFERENCING_VALUE_THRESHOLD,
			Literals.ANALYSIS_SETTINGS__PREFERENCING_ATTRACTIVENESS_THRESHOLD,
			Literals.ANALYSIS_SETTINGS__KEY_ACCOUNT_SELECTION_THRESHOLD, Literals.ANALYSIS_SETTINGS__BALANCE_TOLERANCE);

	private static final List<EAttribute> COUNTS = List.of(Literals.ANALYSIS_SETTINGS__STALENESS_DAYS,
			Literals.ANALYSIS_SETTINGS__CONTACT_STALENESS_DAYS, Literals.ANALYSIS_SETTINGS__MINIMUM_KEY_ACCOUNTS,
			Literals.ANALYSIS_SETTINGS__MAXIMUM_KEY_ACCOUNTS, Literals.ANALYSIS_SETTINGS__MINIMUM_CRITERIA_PER_AXIS,
			Literals.ANALYSIS_SETTINGS__MAXIMUM_CRITERIA_PER_AXIS, Literals.ANALYSIS_SETTINGS__SENSITIVITY_RUNS);

	private PortfolioConstraints() {
	}

	/** Identifiers shared by two objects anywhere in the portfolio; reported on each later holder. */
	static void check(Portfolio portfolio, Findings findings) {
		Map<String, EObject> firstHolder = new HashMap<>();
		remember(portfolio, firstHolder, findings);
		for (Iterator<EObject> all = portfolio.eAllContents(); all.hasNext();) {
			remember(all.next(), firstHolder, findings);
		}
	}

	private static void remember(EObject object, Map<String, EObject> firstHolder, Findings findings) {
		if (!(object instanceof Identified identified) || identified.getId() == null || identified.getId().isBlank()) {
			return;
		}
		EObject first = firstHolder.putIfAbsent(identified.getId(), object);
		if (first != null) {
			findings.report(Constraint.IDENTIFIER_DUPLICATE, object, Literals.IDENTIFIED__ID,
					NLS.bind(Messages.Validation_identifierDuplicate, new Object[] { ObjectLabels.path(object),
							identified.getId(), ObjectLabels.path(first) }),
					first);
		}
	}

	static void check(Identified identified, Findings findings) {
		if (identified.getId() == null || identified.getId().isBlank()) {
			findings.report(Constraint.IDENTIFIER_MISSING, identified, Literals.IDENTIFIED__ID,
					NLS.bind(Messages.Validation_identifierMissing, ObjectLabels.path(identified)));
		}
	}

	static void check(AnalysisSettings settings, Findings findings) {
		for (EAttribute threshold : ON_SCALE) {
			findings.inRange(Constraint.SETTING_RANGE, settings, threshold, 0, SCALE_MAX);
		}
		if (!(settings.getWeightTotal() > 0)) {
			findings.report(Constraint.SETTING_RANGE, settings, Literals.ANALYSIS_SETTINGS__WEIGHT_TOTAL,
					NLS.bind(Messages.Validation_notPositive, new Object[] { ObjectLabels.path(settings),
							ObjectLabels.featureName(Literals.ANALYSIS_SETTINGS__WEIGHT_TOTAL),
							Texts.number(settings.getWeightTotal()) }));
		}
		for (EAttribute count : COUNTS) {
			findings.atLeast(Constraint.SETTING_RANGE, settings, count, 0);
		}
		findings.inRange(Constraint.SETTING_RANGE, settings,
				Literals.ANALYSIS_SETTINGS__SENSITIVITY_WEIGHT_VARIATION_PERCENT, 0, PERCENT_MAX);
		boundsOrder(settings, Literals.ANALYSIS_SETTINGS__MINIMUM_KEY_ACCOUNTS,
				Literals.ANALYSIS_SETTINGS__MAXIMUM_KEY_ACCOUNTS, findings);
		boundsOrder(settings, Literals.ANALYSIS_SETTINGS__MINIMUM_CRITERIA_PER_AXIS,
				Literals.ANALYSIS_SETTINGS__MAXIMUM_CRITERIA_PER_AXIS, findings);
	}

	private static void boundsOrder(AnalysisSettings settings, EAttribute minimum, EAttribute maximum,
			Findings findings) {
		int low = (Integer) settings.eGet(minimum);
		int high = (Integer) settings.eGet(maximum);
		if (low > high) {
			findings.report(Constraint.SETTING_BOUNDS_ORDER, settings, minimum,
					NLS.bind(Messages.Validation_boundsOrder,
							new Object[] { ObjectLabels.path(settings), ObjectLabels.featureName(minimum),
									Integer.toString(low), ObjectLabels.featureName(maximum), Integer.toString(high) }),
					maximum);
		}
	}

	static void check(LifetimeValueInputs inputs, Findings findings) {
		findings.inRange(Constraint.LIFETIME_VALUE_PERCENT_RANGE, inputs, Literals.LIFETIME_VALUE_INPUTS__MARGIN_PERCENT,
				0, PERCENT_MAX);
		findings.inRange(Constraint.LIFETIME_VALUE_PERCENT_RANGE, inputs,
				Literals.LIFETIME_VALUE_INPUTS__RETENTION_RATE_PERCENT, 0, PERCENT_MAX);
		findings.inRange(Constraint.LIFETIME_VALUE_PERCENT_RANGE, inputs,
				Literals.LIFETIME_VALUE_INPUTS__DISCOUNT_RATE_PERCENT, 0, PERCENT_MAX);
		findings.atLeast(Constraint.LIFETIME_VALUE_HORIZON, inputs, Literals.LIFETIME_VALUE_INPUTS__HORIZON_YEARS, 1);
	}
}
