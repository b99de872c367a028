package org.kamworkbench.core.validation;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountTeamMember;
import org.kamworkbench.kam.KamPackage.Literals;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.Scale;
import org.kamworkbench.kam.ScaleLevel;

/**
 * An account against the portfolio's choices (relationship stages, buy-sell hierarchy) and its team
 * (domain points 5 and 6): the relationship stage is a level of the portfolio's relationship stage scale
 * and the current and desired buy-sell levels are levels of its buy-sell scale (warnings: the scale is the
 * organisation's choice, so a level from another scale is read wrongly); a team member's time commitment
 * is 0 to 100 percent, both ends allowed.
 */
final class AccountConstraints {

	private static final double PERCENT_MAX = 100;

	private AccountConstraints() {
	}

	static void check(Account account, Findings findings) {
		Portfolio portfolio = EcoreUtil.getRootContainer(account) instanceof Portfolio root ? root : null;
		Scale stages = portfolio == null ? null : portfolio.getRelationshipStageScale();
		Scale buySell = portfolio == null ? null : portfolio.getBuySellScale();
		onScale(account, Literals.ACCOUNT__RELATIONSHIP_STAGE, stages, Constraint.RELATIONSHIP_STAGE_SCALE,
				Messages.Validation_scaleRelationshipStage, findings);
		onScale(account, Literals.ACCOUNT__CURRENT_BUY_SELL_LEVEL, buySell, Constraint.BUY_SELL_LEVEL_SCALE,
				Messages.Validation_scaleBuySell, findings);
		onScale(account, Literals.ACCOUNT__DESIRED_BUY_SELL_LEVEL, buySell, Constraint.BUY_SELL_LEVEL_SCALE,
				Messages.Validation_scaleBuySell, findings);
	}

	static void check(AccountTeamMember member, Findings findings) {
		findings.inRange(Constraint.TIME_COMMITMENT_RANGE, member, Literals.ACCOUNT_TEAM_MEMBER__TIME_COMMITMENT_PERCENT,
				0, PERCENT_MAX);
	}

	private static void onScale(Account account, EReference feature, Scale scale, Constraint constraint,
			String scaleKind, Findings findings) {
		ScaleLevel level = (ScaleLevel) account.eGet(feature);
		if (level == null || scale != null && level.eContainer() == scale) {
			return;
		}
		String levelName = ObjectLabels.nameOrLabel(level);
		String message = scale == null
				? NLS.bind(Messages.Validation_levelWithoutScale, new Object[] { ObjectLabels.path(account),
						ObjectLabels.featureName(feature), levelName, scaleKind })
				: NLS.bind(Messages.Validation_levelNotOnScale, new Object[] { ObjectLabels.path(account),
						ObjectLabels.featureName(feature), levelName, ObjectLabels.nameOrLabel(scale) });
		findings.report(constraint, account, feature, message, level);
	}
}
