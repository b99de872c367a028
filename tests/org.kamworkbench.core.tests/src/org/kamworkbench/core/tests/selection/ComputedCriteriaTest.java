package org.kamworkbench.core.tests.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.kamworkbench.core.criteria.ComputationDescriptor;
import org.kamworkbench.core.criteria.ComputedValue;
import org.kamworkbench.core.criteria.CriterionComputation;
import org.kamworkbench.core.criteria.CriterionComputations;
import org.kamworkbench.core.selection.AccountScores;
import org.kamworkbench.core.selection.ComputedCriteria;
import org.kamworkbench.core.selection.ComputedScore;
import org.kamworkbench.core.selection.PortfolioMatrix;
import org.kamworkbench.core.selection.PortfolioQuadrant;
import org.kamworkbench.core.selection.SelectionFlagKind;
import org.kamworkbench.core.selection.SelectionFlags;
import org.kamworkbench.core.selection.SelectionScoring;
import org.kamworkbench.core.selection.SensitivityAnalysis;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.ScaleDirection;
import org.kamworkbench.kam.Score;

class ComputedCriteriaTest {

	private static final double EXACT = 1e-9;
	private static final String CONTACTS = "org.kamworkbench.core.tests.contactCount";

	private final SelectionFixture fixture = new SelectionFixture();
	private final Criterion revenue = fixture.criterion("Revenue", Axis.ATTRACTIVENESS, 50);
	private final Criterion computed = fixture.criterion(fixture.criteria, "Contacts", Axis.ATTRACTIVENESS, 50, 0, 4,
			ScaleDirection.HIGHER_IS_BETTER);
	private final Criterion strength = fixture.criterion("Product fit", Axis.RELATIVE_STRENGTH, 100);
	private final Account account = fixture.account("Brouwer Foods", AccountStatus.KEY_ACCOUNT);
	private final Score revenueScore;

	ComputedCriteriaTest() {
		computed.setComputationId(CONTACTS);
		revenueScore = fixture.score(account, revenue, 6);
		fixture.score(account, strength, 7);
	}

	private void contacts(Account of, int count) {
		for (int i = 0; i < count; i++) {
			Contact contact = fixture.kam.createContact();
			contact.setName("Contact " + i);
			of.getContacts().add(contact);
		}
	}

	@Test
	void aComputedValueIsCountedOnItsScaleInPlaceOfScoresGivenByHand() {
		contacts(account, 3);
		fixture.score(account, computed, 0); // a hand score on a computed criterion is not counted
		AccountScores scores = SelectionScoring.score(fixture.portfolio, account);
		// contacts 3 on 0-4 is 7.5 on 0-10; with revenue 6 at equal weights: 6.75
		assertEquals(6.75, scores.attractiveness().score().getAsDouble(), EXACT);
		assertEquals(List.of(revenue, computed), scores.attractiveness().counted());
		ComputedScore value = scores.computed().get(0);
		assertEquals(ComputedScore.State.COMPUTED, value.state());
		assertEquals(3.0, value.value().getAsDouble(), EXACT);
		assertEquals("3 contacts", value.message());
		assertTrue(scores.missing().isEmpty(), "a computed criterion needs no score by hand");
	}

	@Test
	void theContributedComputationIsFoundInTheRegistryAndOneWithoutClassIsLeftOut() {
		List<String> ids = CriterionComputations.installed().stream().map(ComputationDescriptor::id).toList();
		assertTrue(ids.contains(CONTACTS), ids.toString());
		assertTrue(ids.contains("org.kamworkbench.core.revenuePotential"), ids.toString());
		assertFalse(ids.contains("org.kamworkbench.core.tests.withoutClass"), ids.toString());
		assertEquals("Contacts counted", CriterionComputations.find(CONTACTS).orElseThrow().name());
	}

	@Test
	void aComputationThatIsNotInstalledIsReportedAndNeverCountedAsZero() {
		computed.setComputationId("com.example.notInstalled");
		revenue.setWeight(0);
		AccountScores scores = SelectionScoring.score(fixture.portfolio, account);
		assertFalse(scores.attractiveness().isKnown(), "unknown, not 0");
		ComputedScore value = scores.notComputed().get(0);
		assertEquals(ComputedScore.State.NOT_INSTALLED, value.state());
		assertEquals("its computation 'com.example.notInstalled' is not installed", value.message());
		assertTrue(PortfolioMatrix.place(fixture.portfolio).get(0).quadrant().isEmpty());
		var flag = SelectionFlags.of(fixture.portfolio).stream()
				.filter(f -> f.kind() == SelectionFlagKind.NOT_COMPUTED).findFirst().orElseThrow();
		assertEquals("Brouwer Foods: 'Contacts' is not counted: its computation 'com.example.notInstalled' is not installed",
				flag.message());
	}

	@Test
	void anAccountWithoutTheDataIsScoredOnTheOtherCriteriaAndTheReasonIsKept() {
		AccountScores scores = SelectionScoring.score(fixture.portfolio, account);
		assertEquals(6.0, scores.attractiveness().score().getAsDouble(), EXACT);
		assertEquals(ComputedScore.State.NO_VALUE, scores.notComputed().get(0).state());
		assertEquals("no contacts", scores.notComputed().get(0).message());
	}

	@Test
	void aFailingComputationIsReportedAsFailedAndTheRestIsStillScored() {
		CriterionComputation failing = (portfolio, criterion) -> a -> {
			throw new IllegalStateException("out of order");
		};
		ComputedCriteria values = ComputedCriteria.of(fixture.portfolio,
				id -> Optional.of(new ComputationDescriptor(id, "Failing", "", "test", () -> failing)));
		AccountScores scores = SelectionScoring.score(account, fixture.criteria, values);
		assertEquals(ComputedScore.State.FAILED, scores.notComputed().get(0).state());
		assertTrue(scores.notComputed().get(0).message().contains("out of order"));
		assertEquals(6.0, scores.attractiveness().score().getAsDouble(), EXACT);
	}

	@Test
	void eachComputationIsPreparedOncePerPassAndItsValuesAreKept() {
		AtomicInteger prepared = new AtomicInteger();
		AtomicInteger asked = new AtomicInteger();
		CriterionComputation counting = (portfolio, criterion) -> {
			prepared.incrementAndGet();
			return a -> {
				asked.incrementAndGet();
				return ComputedValue.of(2, "two");
			};
		};
		Account other = fixture.account("Other", AccountStatus.CANDIDATE);
		ComputedCriteria values = ComputedCriteria.of(fixture.portfolio,
				id -> Optional.of(new ComputationDescriptor(id, "Counting", "", "test", () -> counting)));
		for (int run = 0; run < 3; run++) {
			SelectionScoring.score(account, fixture.criteria, values);
			SelectionScoring.score(other, fixture.criteria, values);
		}
		assertEquals(1, prepared.get());
		assertEquals(2, asked.get());
	}

	@Test
	void theMatrixAndTheSensitivityAnalysisPlaceAccountsWithTheComputedValue() {
		revenueScore.setValue(2);
		contacts(account, 4); // 10 on 0-10: attractiveness (2 + 10) / 2 = 6, high; without it 2, low
		assertEquals(Optional.of(PortfolioQuadrant.STRATEGIC), PortfolioMatrix.place(fixture.portfolio).get(0).quadrant());
		var result = SensitivityAnalysis.analyse(fixture.portfolio, 7);
		assertEquals(PortfolioQuadrant.STRATEGIC, result.accounts().get(0).baseQuadrant());
	}
}
