package org.kamworkbench.core.tests.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kamworkbench.core.tests.balance.BalanceFixture.balancedAccount;
import static org.kamworkbench.core.tests.balance.BalanceFixture.customerSees;
import static org.kamworkbench.core.tests.balance.BalanceFixture.settings;
import static org.kamworkbench.core.tests.balance.BalanceFixture.weSee;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.core.balance.BalanceVerdict;
import org.kamworkbench.core.balance.BalanceVerdict.Balance;
import org.kamworkbench.core.balance.BalanceVerdict.Reason;
import org.kamworkbench.core.balance.BalanceVerdict.ReasonKind;
import org.kamworkbench.core.balance.PreferencingQuadrant;
import org.kamworkbench.core.kraljic.KeySupplierVerdict;
import org.kamworkbench.core.kraljic.KraljicQuadrant;
import org.kamworkbench.core.tests.kraljic.KraljicFixture;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.DecisionLevel;
import org.kamworkbench.kam.PurchasingCoordination;

class BalanceVerdictTest {

	private static List<ReasonKind> kinds(BalanceVerdict verdict) {
		return verdict.reasons().stream().map(Reason::kind).toList();
	}

	private static String only(BalanceVerdict verdict, ReasonKind kind) {
		List<Reason> reasons = verdict.reasons(kind);
		assertEquals(1, reasons.size(), verdict.messages().toString());
		return reasons.get(0).message();
	}

	@ParameterizedTest(name = "customer: {0}, we: ({1}, {2}) = {3}")
	@CsvSource({
			"STRATEGIC, 8, 8, BALANCED_PARTNERSHIP", // core
			"STRATEGIC, 2, 8, BALANCED_PARTNERSHIP", // development
			"STRATEGIC, 8, 2, THEY_ARE_MORE_COMMITTED", // exploitable
			"STRATEGIC, 2, 2, THEY_ARE_MORE_COMMITTED", // nuisance
			"LEVERAGE, 8, 8, WE_ARE_MORE_COMMITTED", "BOTTLENECK, 2, 8, WE_ARE_MORE_COMMITTED",
			"NON_CRITICAL, 8, 2, NO_KEY_RELATIONSHIP", "LEVERAGE, 2, 2, NO_KEY_RELATIONSHIP" })
	void theCustomersViewBesideOursGivesTheBalance(KraljicQuadrant theirs, double valueToUs,
			double attractivenessToUs, Balance expected) {
		Account account = weSee(customerSees(balancedAccount(), theirs), valueToUs, attractivenessToUs);
		BalanceVerdict verdict = BalanceVerdict.judge(account, settings());
		assertEquals(expected, verdict.balance());
		assertEquals(List.of(ReasonKind.COMMITMENT), kinds(verdict), verdict.messages().toString());
	}

	@Test
	void weAreMoreCommittedReadsAsPlainWords() {
		BalanceVerdict verdict = BalanceVerdict.judge(weSee(customerSees(balancedAccount(), KraljicQuadrant.LEVERAGE), 8, 8),
				settings());
		assertEquals(List.of("We are more committed than the customer: they see our offering as a leverage item while"
				+ " we treat them as a core account."), verdict.messages());
		assertEquals(Optional.of(PreferencingQuadrant.CORE), verdict.ourView());
		assertEquals(KeySupplierVerdict.Outcome.NOT_KEY_SUPPLIER, verdict.customerView().outcome());
	}

	@Test
	void theOtherBalancesReadAsPlainWords() {
		assertEquals("Balanced partnership: the customer sees our offering as a strategic item and we treat them as"
				+ " a development account.", commitment(KraljicQuadrant.STRATEGIC, 2, 8));
		assertEquals("The customer is more committed than we are: they see our offering as a strategic item while"
				+ " we treat them as an exploitable account.", commitment(KraljicQuadrant.STRATEGIC, 8, 2));
		assertEquals("No key relationship on either side: the customer sees our offering as a bottleneck item and"
				+ " we treat them as a nuisance account.", commitment(KraljicQuadrant.BOTTLENECK, 2, 2));
	}

	private static String commitment(KraljicQuadrant theirs, double valueToUs, double attractivenessToUs) {
		return only(BalanceVerdict.judge(weSee(customerSees(balancedAccount(), theirs), valueToUs, attractivenessToUs),
				settings()), ReasonKind.COMMITMENT);
	}

	@Test
	void withoutTheCustomersViewTheBalanceIsUnknown() {
		BalanceVerdict verdict = BalanceVerdict.judge(weSee(balancedAccount(), 8, 8), settings());
		assertEquals(Balance.UNKNOWN, verdict.balance());
		assertEquals(List.of(ReasonKind.COMMITMENT, ReasonKind.MISSING_INFORMATION), kinds(verdict));
		assertTrue(only(verdict, ReasonKind.MISSING_INFORMATION).contains("key supplier"), verdict.messages().toString());
	}

	@Test
	void withoutOurPreferencingTheBalanceIsUnknown() {
		BalanceVerdict verdict = BalanceVerdict.judge(customerSees(balancedAccount(), KraljicQuadrant.STRATEGIC),
				settings());
		assertEquals(Balance.UNKNOWN, verdict.balance());
		assertEquals(Optional.empty(), verdict.ourView());
		assertEquals("Our own view of the account (supplier preferencing) is not recorded.",
				only(verdict, ReasonKind.MISSING_INFORMATION));
	}

	@Test
	void aCustomerWithUnplacedCategoriesGivesAnUnknownBalance() {
		Account account = weSee(balancedAccount(), 8, 8);
		KraljicFixture.category(account, "Logistics", 1000,
				KraljicFixture.offering(account, "Cold-chain logistics"));
		assertEquals(Balance.UNKNOWN, BalanceVerdict.judge(account, settings()).balance());
	}

	private static BalanceVerdict judge(Account account, double tolerance) {
		AnalysisSettings settings = settings();
		settings.setBalanceTolerance(tolerance);
		return BalanceVerdict.judge(weSee(customerSees(account, KraljicQuadrant.STRATEGIC), 8, 8), settings);
	}

	@Test
	void unequalWillingnessToInvestIsReportedEitherWay() {
		Account weInvestMore = balancedAccount();
		weInvestMore.setOurWillingnessToInvest(8);
		weInvestMore.setTheirWillingnessToInvest(5);
		assertEquals("We are more willing to invest in the relationship than the customer (we 8, they 5 of 10: more"
				+ " than 2 apart).", only(judge(weInvestMore, 2), ReasonKind.UNEQUAL_WILLINGNESS_TO_INVEST));

		Account theyInvestMore = balancedAccount();
		theyInvestMore.setOurWillingnessToInvest(1);
		theyInvestMore.setTheirWillingnessToInvest(9);
		assertTrue(only(judge(theyInvestMore, 2), ReasonKind.UNEQUAL_WILLINGNESS_TO_INVEST)
				.startsWith("The customer is more willing to invest"));
	}

	@Test
	void aDifferenceExactlyAtTheToleranceIsStillBalanced() {
		Account account = balancedAccount();
		account.setOurWillingnessToInvest(7);
		account.setTheirWillingnessToInvest(4);
		account.setOurInternationalisation(2);
		account.setTheirInternationalisation(5);
		assertEquals(List.of(ReasonKind.COMMITMENT), kinds(judge(account, 3)));
		// the tolerance is data: a smaller one reports both
		assertEquals(List.of(ReasonKind.COMMITMENT, ReasonKind.UNEQUAL_WILLINGNESS_TO_INVEST,
				ReasonKind.UNEQUAL_INTERNATIONALISATION), kinds(judge(account, 2.5)));
	}

	@Test
	void unequalInternationalisationIsReportedEitherWay() {
		Account theyMoreInternational = balancedAccount();
		theyMoreInternational.setOurInternationalisation(2);
		theyMoreInternational.setTheirInternationalisation(9);
		assertEquals("The customer is more international than we are (we 2, they 9 of 10: more than 2 apart): we may"
				+ " not be able to serve it everywhere it operates.",
				only(judge(theyMoreInternational, 2), ReasonKind.UNEQUAL_INTERNATIONALISATION));

		Account weMoreInternational = balancedAccount();
		weMoreInternational.setOurInternationalisation(9);
		weMoreInternational.setTheirInternationalisation(1);
		assertTrue(only(judge(weMoreInternational, 2), ReasonKind.UNEQUAL_INTERNATIONALISATION)
				.startsWith("We are more international than the customer"));
	}

	@Test
	void unassessedWillingnessIsReportedNotCompared() {
		Account ours = balancedAccount();
		ours.unsetOurWillingnessToInvest();
		ours.setTheirWillingnessToInvest(10); // would be far apart from 0
		BalanceVerdict verdict = judge(ours, 2);
		assertEquals(List.of(), verdict.reasons(ReasonKind.UNEQUAL_WILLINGNESS_TO_INVEST));
		assertEquals("Our willingness to invest in the relationship is not assessed.",
				only(verdict, ReasonKind.MISSING_INFORMATION));

		Account theirs = balancedAccount();
		theirs.unsetTheirWillingnessToInvest();
		assertEquals("The customer's willingness to invest in the relationship is not assessed.",
				only(judge(theirs, 2), ReasonKind.MISSING_INFORMATION));
	}

	@Test
	void unassessedInternationalisationIsReportedNotCompared() {
		Account account = balancedAccount();
		account.unsetOurInternationalisation();
		account.unsetTheirInternationalisation();
		BalanceVerdict verdict = judge(account, 2);
		assertEquals(List.of(), verdict.reasons(ReasonKind.UNEQUAL_INTERNATIONALISATION));
		assertEquals(List.of("Our internationalisation is not assessed.",
				"The customer's internationalisation is not assessed."),
				verdict.reasons(ReasonKind.MISSING_INFORMATION).stream().map(Reason::message).toList());
	}

	@ParameterizedTest
	@EnumSource(value = DecisionLevel.class, names = { "INTERNATIONAL", "REGIONAL", "GLOBAL" })
	void aCustomerBeyondOneCountryWithoutCentralPurchasingIsReported(DecisionLevel level) {
		Account account = balancedAccount();
		account.setDecisionLevel(level);
		account.setPurchasingCoordination(PurchasingCoordination.DECENTRALISED);
		String message = only(judge(account, 2), ReasonKind.WITHOUT_CENTRAL_PURCHASING);
		assertTrue(message.endsWith("without central purchasing: a central agreement binds no one locally."), message);
	}

	@Test
	void theWorldwideCustomerReadsAsPlainWords() {
		Account account = balancedAccount();
		account.setDecisionLevel(DecisionLevel.GLOBAL);
		account.setPurchasingCoordination(PurchasingCoordination.DECENTRALISED);
		assertEquals("A worldwide customer without central purchasing: a central agreement binds no one locally.",
				only(judge(account, 2), ReasonKind.WITHOUT_CENTRAL_PURCHASING));
	}

	@ParameterizedTest(name = "{0} with {1} purchasing")
	@CsvSource({ "NATIONAL, DECENTRALISED", "GLOBAL, CENTRAL", "GLOBAL, MIXED", "REGIONAL, CENTRAL" })
	void otherwisePurchasingCoordinationIsNoIssue(DecisionLevel level, PurchasingCoordination coordination) {
		Account account = balancedAccount();
		account.setDecisionLevel(level);
		account.setPurchasingCoordination(coordination);
		assertEquals(List.of(ReasonKind.COMMITMENT), kinds(judge(account, 2)));
	}

	@Test
	void anUnknownDecisionLevelOrCoordinationIsMissingInformation() {
		Account account = balancedAccount();
		account.setDecisionLevel(DecisionLevel.UNKNOWN);
		account.setPurchasingCoordination(PurchasingCoordination.UNKNOWN);
		List<String> missing = judge(account, 2).reasons(ReasonKind.MISSING_INFORMATION).stream().map(Reason::message)
				.toList();
		assertEquals(2, missing.size(), missing.toString());
		assertTrue(missing.get(0).contains("decision"), missing.get(0));
		assertTrue(missing.get(1).contains("coordinates purchasing"), missing.get(1));
	}

	@Test
	void allReasonsAreListedTogether() {
		Account account = weSee(customerSees(KraljicFixture.account("Acme"), KraljicQuadrant.LEVERAGE), 8, 8);
		account.setOurWillingnessToInvest(9);
		account.setTheirWillingnessToInvest(2);
		account.setDecisionLevel(DecisionLevel.GLOBAL);
		account.setPurchasingCoordination(PurchasingCoordination.DECENTRALISED);
		BalanceVerdict verdict = BalanceVerdict.judge(account, settings());
		assertEquals(Balance.WE_ARE_MORE_COMMITTED, verdict.balance());
		assertEquals(List.of(ReasonKind.COMMITMENT, ReasonKind.UNEQUAL_WILLINGNESS_TO_INVEST,
				ReasonKind.MISSING_INFORMATION, ReasonKind.MISSING_INFORMATION, ReasonKind.WITHOUT_CENTRAL_PURCHASING),
				kinds(verdict));
	}
}
