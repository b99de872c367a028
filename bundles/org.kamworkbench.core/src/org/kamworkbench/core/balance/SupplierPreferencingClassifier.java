package org.kamworkbench.core.balance;

import java.util.Objects;
import java.util.Optional;

import org.kamworkbench.core.Thresholds;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.SupplierPreferencing;

/**
 * Places an account in a {@link PreferencingQuadrant}, our mirror of the customer's Kraljic view.
 * <p>
 * High value means {@link SupplierPreferencing#getValueToUs()} on the high side of
 * {@link AnalysisSettings#getPreferencingValueThreshold()}; high attractiveness means
 * {@link SupplierPreferencing#getAttractivenessToUs()} on the high side of
 * {@link AnalysisSettings#getPreferencingAttractivenessThreshold()} (both 0-10). A point exactly on a
 * threshold falls on {@link AnalysisSettings#getBoundarySide()} (see {@link Thresholds#isHigh}). An
 * account without supplier preferencing has no quadrant.
 */
public final class SupplierPreferencingClassifier {

	private final AnalysisSettings settings;

	/** A classifier that uses the given thresholds, e.g. {@code Thresholds.of(portfolio)}. */
	public SupplierPreferencingClassifier(AnalysisSettings settings) {
		this.settings = Objects.requireNonNull(settings);
	}

	/** How we see the account, or empty when its supplier preferencing is not recorded. */
	public Optional<PreferencingQuadrant> classify(Account account) {
		SupplierPreferencing preferencing = account.getSupplierPreferencing();
		return preferencing == null ? Optional.empty()
				: Optional.of(quadrant(preferencing.getValueToUs(), preferencing.getAttractivenessToUs()));
	}

	/** The quadrant of a point, with the thresholds and boundary side of the settings. */
	public PreferencingQuadrant quadrant(double valueToUs, double attractivenessToUs) {
		return PreferencingQuadrant.of(
				Thresholds.isHigh(attractivenessToUs, settings.getPreferencingAttractivenessThreshold(),
						settings.getBoundarySide()),
				Thresholds.isHigh(valueToUs, settings.getPreferencingValueThreshold(), settings.getBoundarySide()));
	}
}
