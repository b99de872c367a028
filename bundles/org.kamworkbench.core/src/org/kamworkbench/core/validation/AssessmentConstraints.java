package org.kamworkbench.core.validation;

import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.CompetitorPosition;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.KamPackage.Literals;
import org.kamworkbench.kam.KraljicFactorScore;
import org.kamworkbench.kam.PurchaseCategory;
import org.kamworkbench.kam.RelationshipLink;
import org.kamworkbench.kam.SupplierPreferencing;

/**
 * Judgements on their scales (domain points 3, 4 and the buying centre): Kraljic factors, willingness to
 * invest, internationalisation, local importance and commitment and supplier preferencing on 0 to 10;
 * influence and relationship strength on 0 (unknown) to 5; shares on 0 to 100 percent; Kraljic weights
 * not negative. Both ends of every range are allowed; an unset (not assessed) value is not checked.
 */
final class AssessmentConstraints {

	private static final double SCALE_MAX = 10;
	private static final double RATING_MAX = 5;
	private static final double PERCENT_MAX = 100;

	private AssessmentConstraints() {
	}

	static void check(Account account, Findings findings) {
		findings.inRange(Constraint.BALANCE_ASSESSMENT_RANGE, account, Literals.ACCOUNT__OUR_WILLINGNESS_TO_INVEST, 0,
				SCALE_MAX);
		findings.inRange(Constraint.BALANCE_ASSESSMENT_RANGE, account, Literals.ACCOUNT__THEIR_WILLINGNESS_TO_INVEST, 0,
				SCALE_MAX);
		findings.inRange(Constraint.BALANCE_ASSESSMENT_RANGE, account, Literals.ACCOUNT__OUR_INTERNATIONALISATION, 0,
				SCALE_MAX);
		findings.inRange(Constraint.BALANCE_ASSESSMENT_RANGE, account, Literals.ACCOUNT__THEIR_INTERNATIONALISATION, 0,
				SCALE_MAX);
	}

	static void check(AccountUnit unit, Findings findings) {
		findings.inRange(Constraint.LOCAL_ASSESSMENT_RANGE, unit, Literals.ACCOUNT_UNIT__LOCAL_IMPORTANCE, 0, SCALE_MAX);
		findings.inRange(Constraint.LOCAL_ASSESSMENT_RANGE, unit, Literals.ACCOUNT_UNIT__LOCAL_COMMITMENT, 0, SCALE_MAX);
	}

	static void check(SupplierPreferencing preferencing, Findings findings) {
		findings.inRange(Constraint.PREFERENCING_RANGE, preferencing, Literals.SUPPLIER_PREFERENCING__VALUE_TO_US, 0,
				SCALE_MAX);
		findings.inRange(Constraint.PREFERENCING_RANGE, preferencing,
				Literals.SUPPLIER_PREFERENCING__ATTRACTIVENESS_TO_US, 0, SCALE_MAX);
	}

	static void check(KraljicFactorScore factor, Findings findings) {
		findings.inRange(Constraint.KRALJIC_FACTOR_VALUE, factor, Literals.KRALJIC_FACTOR_SCORE__VALUE, 0, SCALE_MAX);
		findings.atLeast(Constraint.KRALJIC_FACTOR_WEIGHT, factor, Literals.KRALJIC_FACTOR_SCORE__WEIGHT, 0);
	}

	static void check(Contact contact, Findings findings) {
		findings.inRange(Constraint.CONTACT_INFLUENCE_RANGE, contact, Literals.CONTACT__INFLUENCE, 0, RATING_MAX);
	}

	static void check(RelationshipLink link, Findings findings) {
		findings.inRange(Constraint.LINK_STRENGTH_RANGE, link, Literals.RELATIONSHIP_LINK__STRENGTH, 0, RATING_MAX);
	}

	static void check(PurchaseCategory category, Findings findings) {
		findings.inRange(Constraint.SHARE_PERCENT_RANGE, category, Literals.PURCHASE_CATEGORY__OUR_SHARE_PERCENT, 0,
				PERCENT_MAX);
	}

	static void check(CompetitorPosition position, Findings findings) {
		findings.inRange(Constraint.SHARE_PERCENT_RANGE, position, Literals.COMPETITOR_POSITION__SHARE_OF_WALLET_PERCENT,
				0, PERCENT_MAX);
	}
}
