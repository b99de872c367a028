package org.kamworkbench.core.selection;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Texts;
import org.kamworkbench.core.Thresholds;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.Portfolio;

/**
 * Flags the selection of key accounts against its own criteria, so the criteria are checked systematically
 * rather than used implicitly.
 * <ul>
 * <li>A key account whose attractiveness does not reach the settings' {@code keyAccountSelectionThreshold}:
 * "called key but does not meet the criteria". A candidate that reaches it: "strong candidate, not yet key". A
 * score exactly on the threshold reaches it when {@code boundarySide} is HIGH (the default), not when LOW. An
 * account whose attractiveness is unknown is not judged on it.</li>
 * <li>A key account or candidate without a score on some criteria of the applied version (former accounts are
 * no longer being selected, so they are left out), and one whose computed criteria have no value (the
 * computation is not installed, lacks data or failed), with the reason.</li>
 * <li>Portfolio advice: the number of key accounts outside [{@code minimumKeyAccounts},
 * {@code maximumKeyAccounts}] (defaults 15-35); the number of criteria on an axis outside
 * [{@code minimumCriteriaPerAxis}, {@code maximumCriteriaPerAxis}] (defaults 3-5); the weights of an axis with
 * criteria not summing to {@code weightTotal} (default 100). Both ends of a range are inside it.</li>
 * </ul>
 * Portfolio advice comes first, then the flags per account in the portfolio's order.
 */
public final class SelectionFlags {

	/** Weights are decimals typed by people; sums closer than this to the total are taken as equal. */
	private static final double WEIGHT_ROUNDING = 1e-6;

	private SelectionFlags() {
	}

	/** Every selection flag of the portfolio. */
	public static List<SelectionFlag> of(Portfolio portfolio) {
		AnalysisSettings settings = Thresholds.of(portfolio);
		CriteriaSet criteria = SelectionScoring.criteriaSet(portfolio);
		ComputedCriteria computed = ComputedCriteria.of(portfolio);
		List<SelectionFlag> flags = new ArrayList<>();
		keyAccountCount(portfolio, settings, flags);
		for (Axis axis : Axis.VALUES) {
			criteriaOnAxis(criteria, axis, settings, flags);
		}
		for (Account account : portfolio.getAccounts()) {
			if (account.getStatus() == AccountStatus.KEY_ACCOUNT || account.getStatus() == AccountStatus.CANDIDATE) {
				accountFlags(SelectionScoring.score(account, criteria, computed), settings, flags);
			}
		}
		return List.copyOf(flags);
	}

	private static void keyAccountCount(Portfolio portfolio, AnalysisSettings settings, List<SelectionFlag> flags) {
		long keyAccounts = portfolio.getAccounts().stream().filter(a -> a.getStatus() == AccountStatus.KEY_ACCOUNT)
				.count();
		Object[] values = { Long.valueOf(keyAccounts), Integer.valueOf(settings.getMinimumKeyAccounts()),
				Integer.valueOf(settings.getMaximumKeyAccounts()) };
		if (keyAccounts < settings.getMinimumKeyAccounts()) {
			flags.add(new SelectionFlag(null, null, SelectionFlagKind.TOO_FEW_KEY_ACCOUNTS,
					NLS.bind(Messages.Flag_tooFewKeyAccounts, values)));
		} else if (keyAccounts > settings.getMaximumKeyAccounts()) {
			flags.add(new SelectionFlag(null, null, SelectionFlagKind.TOO_MANY_KEY_ACCOUNTS,
					NLS.bind(Messages.Flag_tooManyKeyAccounts, values)));
		}
	}

	private static void criteriaOnAxis(CriteriaSet criteria, Axis axis, AnalysisSettings settings,
			List<SelectionFlag> flags) {
		List<Criterion> onAxis = criteria == null ? List.of()
				: criteria.getCriteria().stream().filter(c -> c.getAxis() == axis).toList();
		Object[] values = { Messages.axis(axis), Integer.valueOf(onAxis.size()),
				Integer.valueOf(settings.getMinimumCriteriaPerAxis()),
				Integer.valueOf(settings.getMaximumCriteriaPerAxis()) };
		if (onAxis.size() < settings.getMinimumCriteriaPerAxis()) {
			flags.add(new SelectionFlag(null, axis, SelectionFlagKind.TOO_FEW_CRITERIA,
					NLS.bind(Messages.Flag_tooFewCriteria, values)));
		} else if (onAxis.size() > settings.getMaximumCriteriaPerAxis()) {
			flags.add(new SelectionFlag(null, axis, SelectionFlagKind.TOO_MANY_CRITERIA,
					NLS.bind(Messages.Flag_tooManyCriteria, values)));
		}
		if (onAxis.isEmpty()) {
			return; // no weights to add up; the criteria advice above already says so
		}
		double sum = onAxis.stream().mapToDouble(Criterion::getWeight).sum();
		if (Math.abs(sum - settings.getWeightTotal()) > WEIGHT_ROUNDING) {
			flags.add(new SelectionFlag(null, axis, SelectionFlagKind.WEIGHTS_NOT_AT_TOTAL,
					NLS.bind(Messages.Flag_weightsNotAtTotal, new Object[] { Messages.axis(axis),
							Texts.number(sum), Texts.number(settings.getWeightTotal()) })));
		}
	}

	private static void accountFlags(AccountScores scores, AnalysisSettings settings, List<SelectionFlag> flags) {
		Account account = scores.account();
		double threshold = settings.getKeyAccountSelectionThreshold();
		if (scores.attractiveness().isKnown()) {
			double attractiveness = scores.attractiveness().score().getAsDouble();
			boolean meets = Thresholds.isHigh(attractiveness, threshold, settings.getBoundarySide());
			Object[] values = { account.getName(), Texts.number(attractiveness), Texts.number(threshold) };
			if (account.getStatus() == AccountStatus.KEY_ACCOUNT && !meets) {
				flags.add(new SelectionFlag(account, Axis.ATTRACTIVENESS, SelectionFlagKind.KEY_ACCOUNT_BELOW_THRESHOLD,
						NLS.bind(Messages.Flag_keyBelowThreshold, values)));
			} else if (account.getStatus() == AccountStatus.CANDIDATE && meets) {
				flags.add(new SelectionFlag(account, Axis.ATTRACTIVENESS, SelectionFlagKind.STRONG_CANDIDATE,
						NLS.bind(Messages.Flag_strongCandidate, values)));
			}
		}
		List<Criterion> missing = scores.missing();
		if (!missing.isEmpty()) {
			List<String> names = missing.stream().map(Criterion::getName).toList();
			flags.add(new SelectionFlag(account, null, SelectionFlagKind.MISSING_SCORES,
					NLS.bind(Messages.Flag_missingScores, new Object[] { account.getName(),
							Integer.valueOf(scores.criteriaSet().getVersion()),
							String.join(Messages.LIST_SEPARATOR, names) })));
		}
		for (ComputedScore notComputed : scores.notComputed()) {
			flags.add(new SelectionFlag(account, notComputed.criterion().getAxis(), SelectionFlagKind.NOT_COMPUTED,
					NLS.bind(Messages.Flag_notComputed, new Object[] { account.getName(),
							notComputed.criterion().getName(), notComputed.message() })));
		}
	}
}
