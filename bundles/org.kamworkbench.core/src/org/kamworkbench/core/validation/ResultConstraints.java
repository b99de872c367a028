package org.kamworkbench.core.validation;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Texts;
import org.kamworkbench.kam.IndirectRevenue;
import org.kamworkbench.kam.KamPackage.Literals;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.Periodic;
import org.kamworkbench.kam.UnitCredit;

/**
 * Results and targets per period (domain point 9): a period starts on or before its end; the credit shares
 * of a result, when any are recorded, sum to 100 percent (within {@value Findings#ROUNDING}); each credit
 * share and each attribution share of reseller revenue is 0 to 100 percent, both ends allowed.
 */
final class ResultConstraints {

	private static final double PERCENT_MAX = 100;

	private ResultConstraints() {
	}

	static void check(Periodic periodic, Findings findings) {
		findings.periodOrder(Constraint.PERIOD_ORDER, periodic, Literals.PERIODIC__PERIOD_START,
				periodic.getPeriodStart(), periodic.getPeriodEnd());
	}

	static void check(PeriodResult result, Findings findings) {
		check((Periodic) result, findings);
		if (result.getCredits().isEmpty()) {
			return;
		}
		double sum = 0;
		for (UnitCredit credit : result.getCredits()) {
			sum += credit.getSharePercent();
		}
		if (!(Math.abs(sum - PERCENT_MAX) <= Findings.ROUNDING)) {
			findings.report(Constraint.CREDIT_SPLIT_TOTAL, result, Literals.PERIOD_RESULT__CREDITS,
					NLS.bind(Messages.Validation_creditSplit, ObjectLabels.path(result), Texts.number(sum)));
		}
	}

	static void check(UnitCredit credit, Findings findings) {
		findings.inRange(Constraint.CREDIT_SHARE_RANGE, credit, Literals.UNIT_CREDIT__SHARE_PERCENT, 0, PERCENT_MAX);
	}

	static void check(IndirectRevenue revenue, Findings findings) {
		findings.inRange(Constraint.ATTRIBUTION_SHARE_RANGE, revenue, Literals.INDIRECT_REVENUE__ATTRIBUTION_SHARE_PERCENT,
				0, PERCENT_MAX);
	}
}
