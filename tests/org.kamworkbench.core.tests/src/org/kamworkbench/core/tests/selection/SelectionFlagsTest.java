package org.kamworkbench.core.tests.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kamworkbench.core.selection.SelectionFlag;
import org.kamworkbench.core.selection.SelectionFlagKind;
import org.kamworkbench.core.selection.SelectionFlags;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.ThresholdSide;

class SelectionFlagsTest {

	private final SelectionFixture fixture = SelectionFixture.oneCriterionPerAxis();

	private List<SelectionFlag> flags(SelectionFlagKind kind) {
		return SelectionFlags.of(fixture.portfolio).stream().filter(f -> f.kind() == kind).toList();
	}

	private List<Account> flagged(SelectionFlagKind kind) {
		return flags(kind).stream().map(SelectionFlag::account).toList();
	}

	@Test
	void aKeyAccountBelowTheSelectionThresholdIsFlagged() {
		fixture.settings.setKeyAccountSelectionThreshold(6);
		Account weak = fixture.account("Weak Key", AccountStatus.KEY_ACCOUNT, 4, 8);
		fixture.account("Good Key", AccountStatus.KEY_ACCOUNT, 7, 8);
		fixture.account("Weak Candidate", AccountStatus.CANDIDATE, 4, 8);

		List<SelectionFlag> flags = flags(SelectionFlagKind.KEY_ACCOUNT_BELOW_THRESHOLD);
		assertEquals(List.of(weak), flags.stream().map(SelectionFlag::account).toList());
		String message = flags.get(0).message();
		assertTrue(message.startsWith("Weak Key "), message);
		assertTrue(message.contains(" 4,") && message.endsWith(" 6"), message);
	}

	@Test
	void aCandidateMeetingTheSelectionThresholdIsFlaggedAsStrong() {
		fixture.settings.setKeyAccountSelectionThreshold(6);
		Account strong = fixture.account("Strong Candidate", AccountStatus.CANDIDATE, 7, 1);
		fixture.account("Weak Candidate", AccountStatus.CANDIDATE, 5, 9);
		fixture.account("Good Key", AccountStatus.KEY_ACCOUNT, 7, 8);
		fixture.account("Former", AccountStatus.FORMER, 9, 9);

		List<SelectionFlag> flags = flags(SelectionFlagKind.STRONG_CANDIDATE);
		assertEquals(List.of(strong), flags.stream().map(SelectionFlag::account).toList());
		assertTrue(flags.get(0).message().startsWith("Strong Candidate "), flags.get(0).message());
	}

	@ParameterizedTest(name = "boundary {0}: key flagged {1}, candidate flagged {2}")
	@CsvSource({ "HIGH, false, true", "LOW, true, false" })
	void aScoreExactlyOnTheSelectionThresholdFallsOnTheConfiguredSide(ThresholdSide side, boolean keyFlagged,
			boolean candidateFlagged) {
		fixture.settings.setBoundarySide(side);
		fixture.settings.setKeyAccountSelectionThreshold(6);
		Account key = fixture.account("Key", AccountStatus.KEY_ACCOUNT, 6, 5);
		Account candidate = fixture.account("Candidate", AccountStatus.CANDIDATE, 6, 5);
		assertEquals(keyFlagged ? List.of(key) : List.of(), flagged(SelectionFlagKind.KEY_ACCOUNT_BELOW_THRESHOLD));
		assertEquals(candidateFlagged ? List.of(candidate) : List.of(), flagged(SelectionFlagKind.STRONG_CANDIDATE));
	}

	@Test
	void anUnknownAttractivenessIsReportedAsMissingNotAsBelowTheThreshold() {
		Account key = fixture.account("Unscored Key", AccountStatus.KEY_ACCOUNT);
		fixture.score(key, fixture.strengthCriterion(), 8);
		Account candidate = fixture.account("Half-scored Candidate", AccountStatus.CANDIDATE);
		fixture.score(candidate, fixture.attractivenessCriterion(), 9);
		Account former = fixture.account("Former", AccountStatus.FORMER);

		assertEquals(List.of(), flagged(SelectionFlagKind.KEY_ACCOUNT_BELOW_THRESHOLD));
		assertEquals(List.of(key, candidate), flagged(SelectionFlagKind.MISSING_SCORES),
				"former accounts are no longer selected: " + former.getName() + " is left out");
		String message = flags(SelectionFlagKind.MISSING_SCORES).get(0).message();
		assertTrue(message.startsWith("Unscored Key ") && message.endsWith(fixture.attractivenessCriterion().getName()),
				message);
	}

	@Test
	void aScoreUnderAnOlderVersionStillCountsAsMissing() {
		Account account = fixture.account("Old Scores", AccountStatus.KEY_ACCOUNT);
		fixture.score(account, fixture.attractivenessCriterion(), 9, 1);
		fixture.score(account, fixture.strengthCriterion(), 9);
		assertEquals(List.of(account), flagged(SelectionFlagKind.MISSING_SCORES));
	}

	@Test
	void theNumberOfKeyAccountsIsCheckedAgainstTheRuleOfThumb() {
		fixture.settings.setMinimumKeyAccounts(2);
		fixture.settings.setMaximumKeyAccounts(3);
		fixture.account("Key 1", AccountStatus.KEY_ACCOUNT, 8, 8);
		fixture.account("Candidate", AccountStatus.CANDIDATE, 2, 2);
		fixture.account("Former", AccountStatus.FORMER, 8, 8);
		assertEquals(1, flags(SelectionFlagKind.TOO_FEW_KEY_ACCOUNTS).size());
		SelectionFlag advice = flags(SelectionFlagKind.TOO_FEW_KEY_ACCOUNTS).get(0);
		assertNull(advice.account());
		assertTrue(advice.message().contains(": 1,") && advice.message().contains(" 2 ") && advice.message().contains(" 3."),
				advice.message());

		fixture.account("Key 2", AccountStatus.KEY_ACCOUNT, 8, 8);
		assertEquals(List.of(), flags(SelectionFlagKind.TOO_FEW_KEY_ACCOUNTS), "the minimum itself is fine");
		fixture.account("Key 3", AccountStatus.KEY_ACCOUNT, 8, 8);
		assertEquals(List.of(), flags(SelectionFlagKind.TOO_MANY_KEY_ACCOUNTS), "the maximum itself is fine");
		fixture.account("Key 4", AccountStatus.KEY_ACCOUNT, 8, 8);
		assertEquals(1, flags(SelectionFlagKind.TOO_MANY_KEY_ACCOUNTS).size());
		assertEquals(List.of(), flags(SelectionFlagKind.TOO_FEW_KEY_ACCOUNTS));
	}

	@Test
	void theDefaultRuleOfThumbIsFifteenToThirtyFiveKeyAccounts() {
		fixture.portfolio.setSettings(null);
		for (int i = 1; i <= 14; i++) {
			fixture.account("Key " + i, AccountStatus.KEY_ACCOUNT, 8, 8);
		}
		assertEquals(1, flags(SelectionFlagKind.TOO_FEW_KEY_ACCOUNTS).size());
		fixture.account("Key 15", AccountStatus.KEY_ACCOUNT, 8, 8);
		assertEquals(0, flags(SelectionFlagKind.TOO_FEW_KEY_ACCOUNTS).size());
	}

	@Test
	void theNumberOfCriteriaPerAxisIsCheckedAgainstTheRuleOfThumb() {
		// one criterion per axis; the default rule of thumb is 3 to 5
		List<SelectionFlag> tooFew = flags(SelectionFlagKind.TOO_FEW_CRITERIA);
		assertEquals(List.of(Axis.ATTRACTIVENESS, Axis.RELATIVE_STRENGTH),
				tooFew.stream().map(SelectionFlag::axis).toList());
		assertTrue(tooFew.get(0).message().contains(": 1,"), tooFew.get(0).message());

		fixture.settings.setMinimumCriteriaPerAxis(1);
		fixture.settings.setMaximumCriteriaPerAxis(1);
		assertEquals(List.of(), flags(SelectionFlagKind.TOO_FEW_CRITERIA), "the minimum itself is fine");
		assertEquals(List.of(), flags(SelectionFlagKind.TOO_MANY_CRITERIA), "the maximum itself is fine");

		fixture.attractivenessCriterion().setWeight(50);
		fixture.criterion("Reputation effects", Axis.ATTRACTIVENESS, 50);
		List<SelectionFlag> tooMany = flags(SelectionFlagKind.TOO_MANY_CRITERIA);
		assertEquals(List.of(Axis.ATTRACTIVENESS), tooMany.stream().map(SelectionFlag::axis).toList());
		assertNull(tooMany.get(0).account());
	}

	@Test
	void weightsOfAnAxisThatDoNotReachTheTotalAreFlagged() {
		assertEquals(List.of(), flags(SelectionFlagKind.WEIGHTS_NOT_AT_TOTAL));

		Criterion reputation = fixture.criterion("Reputation effects", Axis.RELATIVE_STRENGTH, 0);
		fixture.strengthCriterion().setWeight(60);
		reputation.setWeight(30);
		List<SelectionFlag> flags = flags(SelectionFlagKind.WEIGHTS_NOT_AT_TOTAL);
		assertEquals(List.of(Axis.RELATIVE_STRENGTH), flags.stream().map(SelectionFlag::axis).toList());
		assertTrue(flags.get(0).message().contains(" 90, ") && flags.get(0).message().contains(" 100:"),
				flags.get(0).message());

		reputation.setWeight(40.0000000001);
		assertEquals(List.of(), flags(SelectionFlagKind.WEIGHTS_NOT_AT_TOTAL), "rounding of typed decimals is no flag");

		fixture.settings.setWeightTotal(10);
		fixture.attractivenessCriterion().setWeight(10);
		fixture.strengthCriterion().setWeight(6);
		reputation.setWeight(4);
		assertEquals(List.of(), flags(SelectionFlagKind.WEIGHTS_NOT_AT_TOTAL), "the total comes from the settings");
	}

	@Test
	void anAxisWithoutCriteriaIsAdvisedOnCountNotOnWeights() {
		fixture.criteria.getCriteria().remove(fixture.strengthCriterion());
		assertTrue(flags(SelectionFlagKind.TOO_FEW_CRITERIA).stream().anyMatch(f -> f.axis() == Axis.RELATIVE_STRENGTH));
		assertEquals(List.of(), flags(SelectionFlagKind.WEIGHTS_NOT_AT_TOTAL));
	}

	@Test
	void portfolioAdviceComesBeforeAccountFlags() {
		fixture.account("Weak Key", AccountStatus.KEY_ACCOUNT, 1, 1);
		List<SelectionFlag> all = SelectionFlags.of(fixture.portfolio);
		assertNull(all.get(0).account());
		assertEquals(SelectionFlagKind.KEY_ACCOUNT_BELOW_THRESHOLD, all.get(all.size() - 1).kind());
	}
}
