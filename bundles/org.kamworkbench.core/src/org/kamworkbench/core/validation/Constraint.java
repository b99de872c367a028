package org.kamworkbench.core.validation;

import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The rules {@link KamValidator} checks. Each has a stable code (the diagnostic's {@code getCode()}, never
 * reused for another rule) and a severity: ERROR when the data is wrong and analyses would mislead,
 * WARNING when it is incomplete.
 */
public enum Constraint {
	/** The weights of the criteria on one axis of a criteria set sum to the settings' weight total. */
	CRITERIA_WEIGHT_TOTAL(101, Diagnostic.ERROR),
	/** A criterion's lowest score is below its highest score. */
	CRITERION_SCALE(102, Diagnostic.ERROR),
	/** A criterion's weight is 0 or more. */
	CRITERION_WEIGHT(103, Diagnostic.ERROR),
	/** A score lies within its criterion's scale, both ends included. */
	SCORE_IN_SCALE(104, Diagnostic.ERROR),
	/**
	 * The computation a computed criterion names is installed. A warning: the data is right, but until the
	 * extension is installed the criterion is not counted.
	 */
	CRITERION_COMPUTATION_INSTALLED(105, Diagnostic.WARNING),

	/** A Kraljic factor score is 0 to 10. */
	KRALJIC_FACTOR_VALUE(201, Diagnostic.ERROR),
	/** A Kraljic factor weight is 0 or more. */
	KRALJIC_FACTOR_WEIGHT(202, Diagnostic.ERROR),
	/** Willingness to invest and internationalisation (both sides), when assessed, are 0 to 10. */
	BALANCE_ASSESSMENT_RANGE(203, Diagnostic.ERROR),
	/** A customer unit's local importance and local commitment, when assessed, are 0 to 10. */
	LOCAL_ASSESSMENT_RANGE(204, Diagnostic.ERROR),
	/** Supplier preferencing values are 0 to 10. */
	PREFERENCING_RANGE(205, Diagnostic.ERROR),
	/** A contact's influence is 0 (unknown) to 5. */
	CONTACT_INFLUENCE_RANGE(206, Diagnostic.ERROR),
	/** A relationship's strength is 0 (unknown) to 5. */
	LINK_STRENGTH_RANGE(207, Diagnostic.ERROR),
	/** Our share of a purchase category and a competitor's share of wallet are 0 to 100 percent. */
	SHARE_PERCENT_RANGE(208, Diagnostic.ERROR),

	/** An account plan's period starts on or before its end. */
	PLAN_PERIOD_ORDER(301, Diagnostic.ERROR),
	/** An objective (unless cancelled) has a target other than 0. */
	OBJECTIVE_TARGET(302, Diagnostic.WARNING),
	/** An objective (unless cancelled) has a due date. */
	OBJECTIVE_DUE_DATE(303, Diagnostic.WARNING),
	/** An action (unless cancelled) has an owner. */
	ACTION_OWNER(304, Diagnostic.ERROR),
	/** An open action (not done or cancelled) has a due date. */
	ACTION_DUE_DATE(305, Diagnostic.WARNING),
	/** A risk's likelihood and impact are 0 (unknown) to 5. */
	RISK_RATING_RANGE(306, Diagnostic.ERROR),

	/** Contacts do not report to each other in a circle. */
	CONTACT_REPORTING_CYCLE(401, Diagnostic.ERROR),
	/** Account team members do not report to each other in a circle. */
	TEAM_REPORTING_CYCLE(402, Diagnostic.ERROR),
	/** Our people are not each other's managers in a circle. */
	MANAGER_CYCLE(403, Diagnostic.ERROR),
	/** A team member's time commitment is 0 to 100 percent. */
	TIME_COMMITMENT_RANGE(404, Diagnostic.ERROR),
	/** An account's relationship stage is a level of the portfolio's relationship stage scale. */
	RELATIONSHIP_STAGE_SCALE(405, Diagnostic.WARNING),
	/** An account's current and desired buy-sell levels are levels of the portfolio's buy-sell scale. */
	BUY_SELL_LEVEL_SCALE(406, Diagnostic.WARNING),

	/** A period (of a result or revenue target) starts on or before its end. */
	PERIOD_ORDER(501, Diagnostic.ERROR),
	/** The credit shares of a result, when recorded, sum to 100 percent. */
	CREDIT_SPLIT_TOTAL(502, Diagnostic.ERROR),
	/** One unit's credit share is 0 to 100 percent. */
	CREDIT_SHARE_RANGE(503, Diagnostic.ERROR),
	/** The share of reseller revenue attributed to the account is 0 to 100 percent. */
	ATTRIBUTION_SHARE_RANGE(504, Diagnostic.ERROR),

	/** Every identifiable object has an identifier (saving gives it one). */
	IDENTIFIER_MISSING(601, Diagnostic.WARNING),
	/** No two objects of a portfolio share an identifier. */
	IDENTIFIER_DUPLICATE(602, Diagnostic.ERROR),
	/** Margin, retention rate and discount rate of a lifetime value calculation are 0 to 100 percent. */
	LIFETIME_VALUE_PERCENT_RANGE(603, Diagnostic.ERROR),
	/** A lifetime value calculation looks at least one year ahead. */
	LIFETIME_VALUE_HORIZON(604, Diagnostic.ERROR),
	/** Analysis settings lie in their range: thresholds 0 to 10, weight total above 0, counts and days 0 or more. */
	SETTING_RANGE(605, Diagnostic.ERROR),
	/** In the analysis settings, each minimum is at most its maximum. */
	SETTING_BOUNDS_ORDER(606, Diagnostic.ERROR),

	/** A reference the metamodel requires (such as a score's criterion) is set. */
	REFERENCE_REQUIRED(701, Diagnostic.ERROR),
	/** A referenced object is still in the portfolio. */
	REFERENCE_DANGLING(702, Diagnostic.ERROR),
	/** References that mirror the customer's organisation (contacts, units, team) stay within the account. */
	REFERENCE_OUTSIDE_ACCOUNT(703, Diagnostic.ERROR),
	/** An action's objective and strategy, and a strategy's objectives, belong to the same plan. */
	REFERENCE_OUTSIDE_PLAN(704, Diagnostic.ERROR);

	private final int code;
	private final int severity;

	Constraint(int code, int severity) {
		this.code = code;
		this.severity = severity;
	}

	/** The stable code, as in {@link Diagnostic#getCode()}. */
	public int code() {
		return code;
	}

	/** {@link Diagnostic#ERROR} or {@link Diagnostic#WARNING}. */
	public int severity() {
		return severity;
	}

	/** The constraint with this code, if any. */
	public static Optional<Constraint> ofCode(int code) {
		for (Constraint constraint : values()) {
			if (constraint.code == code) {
				return Optional.of(constraint);
			}
		}
		return Optional.empty();
	}
}
