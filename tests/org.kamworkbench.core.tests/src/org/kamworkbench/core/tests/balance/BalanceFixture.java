package org.kamworkbench.core.tests.balance;

import org.kamworkbench.core.kraljic.KraljicQuadrant;
import org.kamworkbench.core.tests.kraljic.KraljicFixture;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.DecisionLevel;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.PurchasingCoordination;
import org.kamworkbench.kam.SupplierPreferencing;
import org.kamworkbench.kam.ThresholdSide;

/** Small models for the balance tests: both views of the relationship and the balance checks. */
final class BalanceFixture {

	private BalanceFixture() {
	}

	static AnalysisSettings settings() {
		return KamFactory.eINSTANCE.createAnalysisSettings();
	}

	static AnalysisSettings preferencingSettings(double valueThreshold, double attractivenessThreshold,
			ThresholdSide side) {
		AnalysisSettings settings = settings();
		settings.setPreferencingValueThreshold(valueThreshold);
		settings.setPreferencingAttractivenessThreshold(attractivenessThreshold);
		settings.setBoundarySide(side);
		return settings;
	}

	/**
	 * An account on which every balance check passes (equal willingness and internationalisation, a
	 * national customer with central purchasing), so that a test changes only what it is about.
	 */
	static Account balancedAccount() {
		Account account = KraljicFixture.account("Acme");
		account.setOurWillingnessToInvest(6);
		account.setTheirWillingnessToInvest(6);
		account.setOurInternationalisation(4);
		account.setTheirInternationalisation(4);
		account.setDecisionLevel(DecisionLevel.NATIONAL);
		account.setPurchasingCoordination(PurchasingCoordination.CENTRAL);
		return account;
	}

	/** Records that the customer buys our only offering as a category of the given quadrant. */
	static Account customerSees(Account account, KraljicQuadrant quadrant) {
		boolean highImpact = quadrant == KraljicQuadrant.STRATEGIC || quadrant == KraljicQuadrant.LEVERAGE;
		boolean highRisk = quadrant == KraljicQuadrant.STRATEGIC || quadrant == KraljicQuadrant.BOTTLENECK;
		KraljicFixture.placed(account, "Logistics", 500_000, highImpact ? 8 : 2, highRisk ? 8 : 2,
				KraljicFixture.offering(account, "Cold-chain logistics"));
		return account;
	}

	/** Records our supplier preferencing of the account. */
	static Account weSee(Account account, double valueToUs, double attractivenessToUs) {
		SupplierPreferencing preferencing = KamFactory.eINSTANCE.createSupplierPreferencing();
		preferencing.setValueToUs(valueToUs);
		preferencing.setAttractivenessToUs(attractivenessToUs);
		account.setSupplierPreferencing(preferencing);
		return account;
	}
}
