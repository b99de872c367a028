package org.kamworkbench.core;

import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.ThresholdSide;

/**
 * The thresholds every classification uses. They are data (the portfolio's analysis settings), with
 * the metamodel's defaults when a portfolio has none, and each says on which side a point that lies
 * exactly on it falls.
 */
public final class Thresholds {

	private Thresholds() {
	}

	/** The portfolio's analysis settings, or the defaults when it has none. Never {@code null}. */
	public static AnalysisSettings of(Portfolio portfolio) {
		AnalysisSettings settings = portfolio == null ? null : portfolio.getSettings();
		return settings != null ? settings : KamFactory.eINSTANCE.createAnalysisSettings();
	}

	/**
	 * Whether {@code value} lies on the high side of {@code threshold}. A value exactly on the threshold
	 * is high when {@code boundary} is {@link ThresholdSide#HIGH}, low when it is {@link ThresholdSide#LOW}.
	 */
	public static boolean isHigh(double value, double threshold, ThresholdSide boundary) {
		return boundary == ThresholdSide.LOW ? value > threshold : value >= threshold;
	}
}
