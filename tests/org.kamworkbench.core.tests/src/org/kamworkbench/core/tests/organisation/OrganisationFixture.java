package org.kamworkbench.core.tests.organisation;

import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.ThresholdSide;

/** Small models for the central-versus-local tests: an account with a hierarchy of units. */
final class OrganisationFixture {

	private static final KamFactory KAM = KamFactory.eINSTANCE;

	private OrganisationFixture() {
	}

	static AnalysisSettings settings() {
		return KAM.createAnalysisSettings();
	}

	static AnalysisSettings settings(double attractivenessThreshold, ThresholdSide side) {
		AnalysisSettings settings = settings();
		settings.setAttractivenessThreshold(attractivenessThreshold);
		settings.setBoundarySide(side);
		return settings;
	}

	static Account account(String name, AccountStatus status) {
		Account account = KAM.createAccount();
		account.setName(name);
		account.setStatus(status);
		return account;
	}

	/** A unit without local importance or commitment (not assessed). */
	static AccountUnit unit(String name, String country, String businessUnit) {
		AccountUnit unit = KAM.createAccountUnit();
		unit.setName(name);
		unit.setCountry(country);
		unit.setBusinessUnit(businessUnit);
		return unit;
	}

	/** A unit with both local importance and local commitment assessed. */
	static AccountUnit unit(String name, String country, double importance, double commitment) {
		AccountUnit unit = unit(name, country, null);
		unit.setLocalImportance(importance);
		unit.setLocalCommitment(commitment);
		return unit;
	}
}
