package org.kamworkbench.core.tests.kraljic;

import java.util.List;

import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KraljicAssessment;
import org.kamworkbench.kam.KraljicDimension;
import org.kamworkbench.kam.KraljicFactorScore;
import org.kamworkbench.kam.Offering;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.PurchaseCategory;
import org.kamworkbench.kam.ThresholdSide;

/** Small models for the Kraljic tests: an account of a portfolio with purchase categories and offerings. */
public final class KraljicFixture {

	private static final KamFactory KAM = KamFactory.eINSTANCE;

	private KraljicFixture() {
	}

	/** The defaults: both Kraljic thresholds 5, a point on a threshold counts as high. */
	public static AnalysisSettings settings() {
		return KAM.createAnalysisSettings();
	}

	public static AnalysisSettings settings(double profitImpactThreshold, double supplyRiskThreshold, ThresholdSide side) {
		AnalysisSettings settings = KAM.createAnalysisSettings();
		settings.setKraljicProfitImpactThreshold(profitImpactThreshold);
		settings.setKraljicSupplyRiskThreshold(supplyRiskThreshold);
		settings.setBoundarySide(side);
		return settings;
	}

	/** An account in a portfolio, without a Kraljic assessment. */
	public static Account account(String name) {
		Portfolio portfolio = KAM.createPortfolio();
		Account account = KAM.createAccount();
		account.setName(name);
		portfolio.getAccounts().add(account);
		return account;
	}

	/** One of our offerings, held by the account's portfolio. */
	public static Offering offering(Account account, String name) {
		Offering offering = KAM.createOffering();
		offering.setName(name);
		((Portfolio) account.eContainer()).getOfferings().add(offering);
		return offering;
	}

	/** A category of the account's Kraljic assessment (created when needed), without factor scores. */
	public static PurchaseCategory category(Account account, String name, double spend, Offering... offerings) {
		KraljicAssessment assessment = account.getKraljicAssessment();
		if (assessment == null) {
			assessment = KAM.createKraljicAssessment();
			account.setKraljicAssessment(assessment);
		}
		PurchaseCategory category = KAM.createPurchaseCategory();
		category.setName(name);
		category.setSpend(spend);
		category.getOfferings().addAll(List.of(offerings));
		assessment.getCategories().add(category);
		return category;
	}

	/** A category scored with one factor per dimension, so its profit impact and supply risk are exact. */
	public static PurchaseCategory placed(Account account, String name, double spend, double profitImpact,
			double supplyRisk, Offering... offerings) {
		PurchaseCategory category = category(account, name, spend, offerings);
		factor(category, KraljicDimension.PROFIT_IMPACT, 1, profitImpact);
		factor(category, KraljicDimension.SUPPLY_RISK, 1, supplyRisk);
		return category;
	}

	public static KraljicFactorScore factor(PurchaseCategory category, KraljicDimension dimension, double weight,
			double value) {
		KraljicFactorScore factor = KAM.createKraljicFactorScore();
		factor.setDimension(dimension);
		factor.setFactor(dimension + " factor " + (category.getFactorScores().size() + 1));
		factor.setWeight(weight);
		factor.setValue(value);
		category.getFactorScores().add(factor);
		return factor;
	}
}
