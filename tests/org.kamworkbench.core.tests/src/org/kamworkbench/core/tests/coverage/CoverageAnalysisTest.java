package org.kamworkbench.core.tests.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.kamworkbench.core.coverage.CoverageAnalysis;
import org.kamworkbench.core.coverage.CoverageFinding;
import org.kamworkbench.core.coverage.FindingKind;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.ActionStatus;
import org.kamworkbench.kam.BuyingRole;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.PlanStatus;
import org.kamworkbench.kam.RelationshipLink;

class CoverageAnalysisTest {

	private static final LocalDate AS_OF = CoverageFixture.AS_OF;

	private final CoverageFixture fixture = new CoverageFixture();

	@Test
	void aCoveredAndUpToDateAccountHasNoFindings() {
		assertEquals(List.of(), CoverageFixture.messages(fixture.findings()));
	}

	// --- buying-centre roles

	@ParameterizedTest
	@EnumSource(value = BuyingRole.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
	void aRoleWithoutContactIsReported(BuyingRole role) {
		fixture.brouwer.getContacts().removeIf(contact -> contact.getBuyingRole() == role);
		CoverageFinding finding = only(fixture.findings());
		assertEquals(FindingKind.ROLE_NOT_COVERED, finding.kind());
		assertEquals(role, finding.role());
		assertSame(fixture.brouwer, finding.subject());
		assertSame(fixture.jan, finding.responsible());
	}

	@Test
	void theRoleMessageNamesAccountRoleAndFix() {
		fixture.brouwer.getContacts().remove(fixture.piet);
		assertEquals("Brouwer Foods has no contact in the buying-centre role economic buyer; "
				+ "find out who that is and add the contact.", only(fixture.findings()).message());
	}

	@Test
	void contactsWithAnUnknownRoleCoverNoRole() {
		for (Contact contact : fixture.brouwer.getContacts()) {
			contact.setBuyingRole(BuyingRole.UNKNOWN);
		}
		List<CoverageFinding> findings = fixture.findings();
		assertEquals(List.of(BuyingRole.DECISION_MAKER, BuyingRole.ECONOMIC_BUYER, BuyingRole.INFLUENCER,
				BuyingRole.USER, BuyingRole.GATEKEEPER), findings.stream().map(CoverageFinding::role).toList());
		findings.forEach(finding -> assertEquals(FindingKind.ROLE_NOT_COVERED, finding.kind()));
	}

	@Test
	void aRoleWhoseContactsHaveNoOwnerHasNoOwner() {
		fixture.eva.setOwner(null);
		CoverageFinding finding = only(fixture.findings());
		assertEquals(FindingKind.ROLE_WITHOUT_OWNER, finding.kind());
		assertEquals(BuyingRole.DECISION_MAKER, finding.role());
		assertEquals("Role decision maker at Brouwer Foods has no owner: none of its contacts (Eva Jansen) has one "
				+ "of our people as owner; assign one.", finding.message());
	}

	@Test
	void oneOwnedContactCoversTheRole() {
		Contact second = CoverageFixture.KAM.createContact();
		second.setName("Rob Kok");
		second.setBuyingRole(BuyingRole.DECISION_MAKER);
		second.setLastContactDate(AS_OF);
		second.setLastUpdated(AS_OF);
		fixture.brouwer.getContacts().add(second);
		fixture.assertNoFindings();
	}

	// --- contacts met

	@Test
	void aContactMetExactlyTheStalenessPeriodAgoIsStillFresh() {
		fixture.eva.setLastContactDate(AS_OF.minusDays(90));
		fixture.assertNoFindings();
	}

	@Test
	void aContactMetOneDayLongerAgoIsReportedWithTheDays() {
		fixture.eva.setLastContactDate(AS_OF.minusDays(91));
		CoverageFinding finding = only(fixture.findings());
		assertEquals(FindingKind.CONTACT_NOT_MET, finding.kind());
		assertSame(fixture.eva, finding.subject());
		assertSame(fixture.jan, finding.responsible());
		assertEquals(OptionalLong.of(91), finding.days());
		assertEquals("Contact Eva Jansen (Brouwer Foods) not met for 91 days.", finding.message());
	}

	@Test
	void theMessageReadsAsTheUserWouldSayIt() {
		fixture.eva.setLastContactDate(AS_OF.minusDays(143));
		assertEquals("Contact Eva Jansen (Brouwer Foods) not met for 143 days.", only(fixture.findings()).message());
	}

	@Test
	void aContactNeverMetIsReported() {
		fixture.tom.setLastContactDate(null);
		CoverageFinding finding = only(fixture.findings());
		assertEquals(FindingKind.CONTACT_NEVER_MET, finding.kind());
		assertEquals(OptionalLong.empty(), finding.days());
		assertEquals("Contact Tom de Wit (Brouwer Foods) never met: no contact date is recorded.", finding.message());
	}

	@Test
	void aRecentMeetingRecordedOnTheRelationshipCounts() {
		fixture.eva.setLastContactDate(null);
		RelationshipLink link = CoverageFixture.KAM.createRelationshipLink();
		link.setOurPerson(fixture.anna);
		link.setContact(fixture.eva);
		link.setLastMet(AS_OF.minusDays(5));
		fixture.brouwer.getRelationshipLinks().add(link);
		fixture.assertNoFindings();

		link.setLastMet(AS_OF.minusDays(100));
		assertEquals(OptionalLong.of(100), only(fixture.findings()).days());
	}

	@Test
	void theContactStalenessPeriodComesFromTheSettings() {
		fixture.settings.setContactStalenessDays(30);
		fixture.eva.setLastContactDate(AS_OF.minusDays(30));
		fixture.assertNoFindings();
		fixture.eva.setLastContactDate(AS_OF.minusDays(31));
		assertEquals(FindingKind.CONTACT_NOT_MET, only(fixture.findings()).kind());
	}

	@Test
	void aContactWithoutOwnerIsFollowedUpByTheKeyAccountManager() {
		Contact second = CoverageFixture.KAM.createContact();
		second.setName("Rob Kok");
		second.setBuyingRole(BuyingRole.USER);
		second.setLastUpdated(AS_OF);
		fixture.brouwer.getContacts().add(second);
		CoverageFinding finding = only(fixture.findings());
		assertEquals(FindingKind.CONTACT_NEVER_MET, finding.kind());
		assertSame(fixture.jan, finding.responsible());
	}

	// --- actions

	@Test
	void anActionDueTodayIsNotOverdue() {
		fixture.workshop.setDueDate(AS_OF);
		fixture.assertNoFindings();
	}

	@Test
	void anActionDueYesterdayIsOverdueWithItsOwner() {
		fixture.workshop.setDueDate(AS_OF.minusDays(1));
		CoverageFinding finding = only(fixture.findings());
		assertEquals(FindingKind.ACTION_OVERDUE, finding.kind());
		assertSame(fixture.anna, finding.responsible());
		assertEquals(OptionalLong.of(1), finding.days());
		assertEquals("Action 'Innovation workshop' (Brouwer Foods > Plan 2026) is 1 day overdue; owner: Anna Smit.",
				finding.message());
	}

	@Test
	void anOverdueActionWithoutOwnerSaysSo() {
		fixture.workshop.setDueDate(AS_OF.minusDays(12));
		fixture.workshop.setOwner(null);
		CoverageFinding finding = only(fixture.findings());
		assertEquals("Action 'Innovation workshop' (Brouwer Foods > Plan 2026) is 12 days overdue and has no owner.",
				finding.message());
		assertSame(fixture.jan, finding.responsible());
	}

	@ParameterizedTest
	@EnumSource(value = ActionStatus.class, names = { "DONE", "CANCELLED" })
	void finishedActionsAreNeverOverdue(ActionStatus status) {
		fixture.workshop.setDueDate(AS_OF.minusDays(40));
		fixture.workshop.setStatus(status);
		fixture.assertNoFindings();
	}

	@ParameterizedTest
	@EnumSource(value = ActionStatus.class, names = { "OPEN", "IN_PROGRESS", "BLOCKED" })
	void unfinishedActionsPastTheirDateAreOverdue(ActionStatus status) {
		fixture.workshop.setDueDate(AS_OF.minusDays(40));
		fixture.workshop.setStatus(status);
		assertEquals(FindingKind.ACTION_OVERDUE, only(fixture.findings()).kind());
	}

	// --- plan reviews

	@Test
	void aPlanWithoutReviewDateIsReported() {
		fixture.plan.setNextReviewDate(null);
		CoverageFinding finding = only(fixture.findings());
		assertEquals(FindingKind.REVIEW_NOT_PLANNED, finding.kind());
		assertSame(fixture.anna, finding.responsible());
		assertEquals("Account plan 'Plan 2026' (Brouwer Foods) has no review planned; set the next review date.",
				finding.message());
	}

	@Test
	void aReviewDueTodayIsNotYetOverdue() {
		fixture.plan.setNextReviewDate(AS_OF);
		fixture.assertNoFindings();
	}

	@Test
	void aReviewDateInThePastIsReported() {
		fixture.plan.setNextReviewDate(AS_OF.minusDays(3));
		CoverageFinding finding = only(fixture.findings());
		assertEquals(FindingKind.REVIEW_OVERDUE, finding.kind());
		assertEquals(OptionalLong.of(3), finding.days());
		assertEquals(true, finding.message().startsWith("Review of account plan 'Plan 2026' (Brouwer Foods) was due on "));
		assertEquals(true, finding.message().endsWith(", 3 days ago; hold it or plan a new date."));
	}

	@Test
	void aClosedPlanNeedsNoReviewAndNoUpdates() {
		fixture.plan.setStatus(PlanStatus.CLOSED);
		fixture.plan.setNextReviewDate(null);
		fixture.plan.setLastUpdated(null);
		fixture.assertNoFindings();
	}

	// --- stale data

	/** One kind of data whose update date is checked. */
	record Data(String name, Function<CoverageFixture, EObject> subject, BiConsumer<CoverageFixture, LocalDate> update,
			String staleMessage, String neverMessage) {

		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Data> data() {
		return Stream.of(
				new Data("account", f -> f.brouwer, (f, d) -> f.brouwer.setLastUpdated(d),
						"Account Brouwer Foods not updated for 181 days.",
						"Account Brouwer Foods never updated: no update date is recorded."),
				new Data("contact", f -> f.karin, (f, d) -> f.karin.setLastUpdated(d),
						"Contact Karin Vos (Brouwer Foods) not updated for 181 days.",
						"Contact Karin Vos (Brouwer Foods) never updated: no update date is recorded."),
				new Data("unit", f -> f.brouwerNl, (f, d) -> f.brouwerNl.setLastUpdated(d),
						"Unit Brouwer NL (Brouwer Foods) not updated for 181 days.",
						"Unit Brouwer NL (Brouwer Foods) never updated: no update date is recorded."),
				new Data("subunit", f -> f.logistics, (f, d) -> f.logistics.setLastUpdated(d),
						"Unit Brouwer NL Logistics (Brouwer Foods) not updated for 181 days.",
						"Unit Brouwer NL Logistics (Brouwer Foods) never updated: no update date is recorded."),
				new Data("plan", f -> f.plan, (f, d) -> f.plan.setLastUpdated(d),
						"Account plan 'Plan 2026' (Brouwer Foods) not updated for 181 days.",
						"Account plan 'Plan 2026' (Brouwer Foods) never updated: no update date is recorded."),
				new Data("result", f -> f.result2025, (f, d) -> f.result2025.setLastUpdated(d),
						"Result 2025 (Brouwer Foods) not updated for 181 days.",
						"Result 2025 (Brouwer Foods) never updated: no update date is recorded."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("data")
	void dataUpdatedExactlyTheStalenessPeriodAgoIsFresh(Data data) {
		data.update().accept(fixture, AS_OF.minusDays(180));
		fixture.assertNoFindings();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("data")
	void dataUpdatedOneDayLongerAgoIsStale(Data data) {
		data.update().accept(fixture, AS_OF.minusDays(181));
		CoverageFinding finding = only(fixture.findings());
		assertEquals(FindingKind.DATA_STALE, finding.kind());
		assertSame(data.subject().apply(fixture), finding.subject());
		assertEquals(OptionalLong.of(181), finding.days());
		assertEquals(data.staleMessage(), finding.message());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("data")
	void dataNeverUpdatedIsReported(Data data) {
		data.update().accept(fixture, null);
		CoverageFinding finding = only(fixture.findings());
		assertEquals(FindingKind.DATA_NEVER_UPDATED, finding.kind());
		assertEquals(data.neverMessage(), finding.message());
	}

	@Test
	void theStalenessPeriodComesFromTheSettings() {
		fixture.settings.setStalenessDays(10);
		fixture.brouwer.setLastUpdated(AS_OF.minusDays(11));
		assertEquals("Account Brouwer Foods not updated for 11 days.", only(fixture.findings()).message());
	}

	@Test
	void olderResultsAreHistoryAndNotExpectedToChange() {
		PeriodResult result2024 = CoverageFixture.KAM.createPeriodResult();
		result2024.setPeriodLabel("2024");
		result2024.setPeriodStart(LocalDate.of(2024, 1, 1));
		result2024.setLastUpdated(LocalDate.of(2025, 1, 15));
		fixture.brouwer.getResults().add(result2024);
		fixture.assertNoFindings();
	}

	@Test
	void theLatestResultOfEachCustomerUnitIsChecked() {
		PeriodResult nl2023 = CoverageFixture.KAM.createPeriodResult();
		nl2023.setPeriodLabel("2023 NL");
		nl2023.setPeriodStart(LocalDate.of(2023, 1, 1));
		nl2023.setAccountUnit(fixture.brouwerNl);
		nl2023.setLastUpdated(LocalDate.of(2024, 1, 15));
		fixture.brouwer.getResults().add(nl2023);
		CoverageFinding finding = only(fixture.findings());
		assertSame(nl2023, finding.subject());
	}

	// --- which accounts

	@Test
	void formerKeyAccountsAreLeftOut() {
		fixture.brouwer.setStatus(AccountStatus.FORMER);
		fixture.brouwer.setLastUpdated(null);
		fixture.eva.setLastContactDate(null);
		fixture.assertNoFindings();
	}

	@Test
	void candidatesAreCheckedToo() {
		fixture.brouwer.setStatus(AccountStatus.CANDIDATE);
		fixture.brouwer.setLastUpdated(null);
		assertEquals(FindingKind.DATA_NEVER_UPDATED, only(fixture.findings()).kind());
	}

	@Test
	void oneAccountCanBeAnalysedWithGivenSettings() {
		fixture.settings.setStalenessDays(1000);
		fixture.brouwer.setLastUpdated(AS_OF.minusDays(200));
		fixture.assertNoFindings();
		List<CoverageFinding> findings = CoverageAnalysis.analyse(fixture.brouwer,
				CoverageFixture.KAM.createAnalysisSettings(), AS_OF);
		assertEquals(FindingKind.DATA_STALE, only(findings).kind());
	}

	@Test
	void findingsComeInAFixedOrderPerAccount() {
		fixture.brouwer.setLastUpdated(null);
		fixture.plan.setNextReviewDate(null);
		fixture.workshop.setDueDate(AS_OF.minusDays(2));
		fixture.eva.setLastContactDate(null);
		fixture.brouwer.getContacts().remove(fixture.lies);
		assertEquals(List.of(FindingKind.ROLE_NOT_COVERED, FindingKind.CONTACT_NEVER_MET, FindingKind.ACTION_OVERDUE,
				FindingKind.REVIEW_NOT_PLANNED, FindingKind.DATA_NEVER_UPDATED),
				fixture.findings().stream().map(CoverageFinding::kind).toList());
	}

	@Test
	void dutchMessagesCountDaysInDutch() throws Exception {
		java.util.Properties dutch = new java.util.Properties();
		try (var in = CoverageAnalysis.class.getResourceAsStream("messages_nl.properties")) {
			dutch.load(in);
		}
		String pattern = dutch.getProperty("Coverage_contactNotMet");
		assertEquals("Contactpersoon Eva Jansen (Brouwer Foods) al 143 dagen niet gesproken.",
				new java.text.MessageFormat(pattern).format(new Object[] { "Eva Jansen", "Brouwer Foods", 143L }));
		assertEquals("Contactpersoon Eva Jansen (Brouwer Foods) al 1 dag niet gesproken.",
				new java.text.MessageFormat(pattern).format(new Object[] { "Eva Jansen", "Brouwer Foods", 1L }));
	}

	private static CoverageFinding only(List<CoverageFinding> findings) {
		assertEquals(1, findings.size(), () -> CoverageFixture.messages(findings).toString());
		return findings.get(0);
	}
}
