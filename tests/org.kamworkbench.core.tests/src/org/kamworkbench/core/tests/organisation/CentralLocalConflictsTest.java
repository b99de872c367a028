package org.kamworkbench.core.tests.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kamworkbench.core.tests.organisation.OrganisationFixture.account;
import static org.kamworkbench.core.tests.organisation.OrganisationFixture.settings;
import static org.kamworkbench.core.tests.organisation.OrganisationFixture.unit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.core.organisation.CentralLocalConflicts;
import org.kamworkbench.core.organisation.CentralLocalConflicts.Finding;
import org.kamworkbench.core.organisation.CentralLocalConflicts.Kind;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.ThresholdSide;

class CentralLocalConflictsTest {

	private static List<Kind> kinds(List<Finding> findings) {
		return findings.stream().map(Finding::kind).toList();
	}

	@Test
	void aCentralKeyAccountThatMattersLittleLocallyIsAConflict() {
		Account account = account("Acme", AccountStatus.KEY_ACCOUNT);
		AccountUnit benelux = unit("Acme Benelux", "Netherlands", "Food");
		benelux.setLocalImportance(3);
		benelux.setLocalCommitment(8);
		account.getUnits().add(benelux);
		List<Finding> findings = CentralLocalConflicts.find(account, settings());
		assertEquals(List.of(Kind.CENTRAL_KEY_LOCALLY_UNIMPORTANT), kinds(findings));
		Finding finding = findings.get(0);
		assertSame(benelux, finding.unit());
		assertEquals(3.0, finding.value().getAsDouble());
		assertEquals("'Acme' is a key account centrally, but unit 'Acme Benelux' (Netherlands, Food) matters little"
				+ " to our local organisation (local importance 3 of 10, threshold 5).", finding.message());
	}

	@Test
	void aCentralKeyAccountWithLittleLocalCommitmentIsAConflict() {
		Account account = account("Acme", AccountStatus.KEY_ACCOUNT);
		account.getUnits().add(unit("Acme France", "France", 8, 2));
		List<Finding> findings = CentralLocalConflicts.find(account, settings());
		assertEquals(List.of(Kind.CENTRAL_KEY_LOCALLY_UNCOMMITTED), kinds(findings));
		assertTrue(findings.get(0).message().contains("hardly committed to serving unit 'Acme France' (France)"),
				findings.get(0).message());
	}

	@Test
	void aUnitCanConflictInBothWays() {
		Account account = account("Acme", AccountStatus.KEY_ACCOUNT);
		account.getUnits().add(unit("Acme Italia", "Italy", 1, 1));
		assertEquals(List.of(Kind.CENTRAL_KEY_LOCALLY_UNIMPORTANT, Kind.CENTRAL_KEY_LOCALLY_UNCOMMITTED),
				kinds(CentralLocalConflicts.find(account, settings())));
	}

	@Test
	void aKeyAccountThatMattersLocallyHasNoConflict() {
		Account account = account("Acme", AccountStatus.KEY_ACCOUNT);
		account.getUnits().add(unit("Acme Germany", "Germany", 9, 7));
		assertEquals(List.of(), CentralLocalConflicts.find(account, settings()));
	}

	@ParameterizedTest
	@EnumSource(value = AccountStatus.class, names = { "CANDIDATE", "FORMER" })
	void aUnitThatMattersLocallyOfAnAccountThatIsNotKeyIsAConflict(AccountStatus status) {
		Account account = account("Globex", status);
		AccountUnit spain = unit("Globex Iberia", "Spain", 9, 0);
		account.getUnits().add(spain);
		List<Finding> findings = CentralLocalConflicts.find(account, settings());
		assertEquals(List.of(Kind.LOCALLY_IMPORTANT_NOT_KEY), kinds(findings));
		assertEquals("Our local organisation values unit 'Globex Iberia' (Spain) highly (local importance 9 of 10,"
				+ " threshold 5), but 'Globex' is not a key account centrally.", findings.get(0).message());
	}

	@Test
	void aUnitThatMattersLittleOfAnAccountThatIsNotKeyIsNoConflict() {
		Account account = account("Globex", AccountStatus.CANDIDATE);
		account.getUnits().add(unit("Globex Iberia", "Spain", 2, 2));
		assertEquals(List.of(), CentralLocalConflicts.find(account, settings()));
	}

	@ParameterizedTest(name = "{0} on the threshold with side {1}: {2}")
	@CsvSource({
			"KEY_ACCOUNT, HIGH, ''", // exactly on it is high: no conflict
			"KEY_ACCOUNT, LOW, CENTRAL_KEY_LOCALLY_UNIMPORTANT CENTRAL_KEY_LOCALLY_UNCOMMITTED",
			"CANDIDATE, HIGH, LOCALLY_IMPORTANT_NOT_KEY", "CANDIDATE, LOW, ''" })
	void aValueExactlyOnTheThresholdFallsOnTheConfiguredSide(AccountStatus status, ThresholdSide side,
			String expected) {
		Account account = account("Acme", status);
		account.getUnits().add(unit("Acme Nordics", "Sweden", 6.5, 6.5));
		List<Kind> expectedKinds = expected.isEmpty() ? List.of()
				: List.of(expected.split(" ")).stream().map(Kind::valueOf).toList();
		assertEquals(expectedKinds, kinds(CentralLocalConflicts.find(account, settings(6.5, side))));
	}

	@Test
	void theThresholdIsTheAttractivenessThresholdOfTheSettings() {
		Account account = account("Acme", AccountStatus.KEY_ACCOUNT);
		account.getUnits().add(unit("Acme Nordics", "Sweden", 6, 6));
		assertEquals(List.of(), CentralLocalConflicts.find(account, settings()));
		assertEquals(2, CentralLocalConflicts.find(account, settings(7, ThresholdSide.HIGH)).size());
	}

	@Test
	void subunitsAreSearchedAtEveryDepthInOrder() {
		Account account = account("Acme", AccountStatus.KEY_ACCOUNT);
		AccountUnit europe = unit("Acme Europe", null, 9, 9);
		AccountUnit benelux = unit("Acme Benelux", "Netherlands", 8, 8);
		AccountUnit rotterdam = unit("Rotterdam plant", "Netherlands", "Chemicals");
		rotterdam.setLocalImportance(2);
		rotterdam.setLocalCommitment(9);
		AccountUnit asia = unit("Acme Asia", "Singapore", 9, 1);
		benelux.getSubunits().add(rotterdam);
		europe.getSubunits().add(benelux);
		account.getUnits().add(europe);
		account.getUnits().add(asia);
		List<Finding> findings = CentralLocalConflicts.find(account, settings());
		assertEquals(List.of(rotterdam, asia), findings.stream().map(Finding::unit).toList());
		assertEquals(List.of(Kind.CENTRAL_KEY_LOCALLY_UNIMPORTANT, Kind.CENTRAL_KEY_LOCALLY_UNCOMMITTED), kinds(findings));
		assertTrue(findings.get(0).message().contains("unit 'Rotterdam plant' (Netherlands, Chemicals)"),
				findings.get(0).message());
	}

	@Test
	void unsetValuesAreReportedAsNotAssessedNeverAsConflicts() {
		Account key = account("Acme", AccountStatus.KEY_ACCOUNT);
		AccountUnit unassessed = unit("Acme Poland", "Poland", "Retail");
		key.getUnits().add(unassessed);
		List<Finding> findings = CentralLocalConflicts.find(key, settings());
		assertEquals(List.of(Kind.NOT_ASSESSED, Kind.NOT_ASSESSED), kinds(findings));
		assertEquals(List.of("The local importance of unit 'Acme Poland' (Poland, Retail) is not assessed.",
				"The local commitment to unit 'Acme Poland' (Poland, Retail) is not assessed."),
				findings.stream().map(Finding::message).toList());
		assertTrue(findings.stream().allMatch(finding -> finding.value().isEmpty()));
		assertFalse(Kind.NOT_ASSESSED.isConflict());
		assertEquals(List.of(), CentralLocalConflicts.conflicts(key, settings()));
	}

	@Test
	void onlyTheValueThatMattersIsReportedWhenUnset() {
		Account key = account("Acme", AccountStatus.KEY_ACCOUNT);
		AccountUnit importanceOnly = unit("Acme Poland", "Poland", null);
		importanceOnly.setLocalImportance(2);
		key.getUnits().add(importanceOnly);
		assertEquals(List.of(Kind.CENTRAL_KEY_LOCALLY_UNIMPORTANT, Kind.NOT_ASSESSED),
				kinds(CentralLocalConflicts.find(key, settings())));
		assertEquals(List.of(Kind.CENTRAL_KEY_LOCALLY_UNIMPORTANT),
				kinds(CentralLocalConflicts.conflicts(key, settings())));

		// for an account that is not key, local commitment does not matter; local importance does
		Account candidate = account("Globex", AccountStatus.CANDIDATE);
		AccountUnit commitmentOnly = unit("Globex Poland", "Poland", null);
		commitmentOnly.setLocalCommitment(9);
		candidate.getUnits().add(commitmentOnly);
		List<Finding> findings = CentralLocalConflicts.find(candidate, settings());
		assertEquals(List.of(Kind.NOT_ASSESSED), kinds(findings));
		assertTrue(findings.get(0).message().startsWith("The local importance"), findings.get(0).message());
	}

	@Test
	void aUnitWithoutCountryOrBusinessUnitIsNamedAlone() {
		Account account = account("Acme", AccountStatus.KEY_ACCOUNT);
		account.getUnits().add(unit("Head office", null, 1, 9));
		assertTrue(CentralLocalConflicts.find(account, settings()).get(0).message()
				.contains("but unit 'Head office' matters little"));
	}
}
