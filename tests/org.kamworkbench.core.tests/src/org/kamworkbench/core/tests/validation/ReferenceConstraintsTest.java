package org.kamworkbench.core.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.kamworkbench.core.validation.Constraint;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.Objective;
import org.kamworkbench.kam.resource.Identifiers;

class ReferenceConstraintsTest {

	private final ValidationFixture fixture = new ValidationFixture();

	@Test
	void aMissingRequiredReferenceIsOneReadableError() {
		fixture.revenueScore.setCriterion(null);
		Diagnostic problem = fixture.onlyProblem(Constraint.REFERENCE_REQUIRED, fixture.revenueScore);
		assertEquals("Brouwer Foods > score has no criterion; choose one.", problem.getMessage());
	}

	@Test
	void aTeamMemberWithoutPersonIsAnError() {
		fixture.annaInTeam.setPerson(null);
		fixture.onlyProblem(Constraint.REFERENCE_REQUIRED, fixture.annaInTeam);
	}

	@Test
	void aReferenceToSomethingRemovedFromThePortfolioIsAnError() {
		fixture.portfolio.getUnits().remove(fixture.germany);
		Diagnostic problem = fixture.onlyProblem(Constraint.REFERENCE_DANGLING, fixture.germanyCredit);
		assertEquals("Brouwer Foods > 2025 > unit credit 'Germany' refers as unit to organisation unit 'Germany', "
				+ "which is no longer in the portfolio; choose another or clear it.", problem.getMessage());
		assertSame(fixture.germany, problem.getData().get(2));
	}

	@Test
	void aContactReportingToAContactOfAnotherAccountIsAnError() {
		Contact karel = otherAccountContact();
		fixture.piet.setReportsTo(karel);
		Diagnostic problem = fixture.onlyProblem(Constraint.REFERENCE_OUTSIDE_ACCOUNT, fixture.piet);
		assertEquals("Brouwer Foods > contact 'Piet Bos' refers as reports to to Acme > contact 'Karel Smit', "
				+ "which belongs to another account; choose one of Brouwer Foods.", problem.getMessage());
	}

	@Test
	void aContactWorkingInAUnitOfAnotherAccountIsAnError() {
		Account acme = (Account) otherAccountContact().eContainer();
		AccountUnit acmeNl = ValidationFixture.KAM.createAccountUnit();
		acmeNl.setName("Acme NL");
		acme.getUnits().add(acmeNl);
		Identifiers.assignMissing(fixture.portfolio);
		fixture.eva.setUnit(acmeNl);
		fixture.onlyProblem(Constraint.REFERENCE_OUTSIDE_ACCOUNT, fixture.eva);
	}

	@Test
	void theCustomerSponsorIsAContactOfTheAccount() {
		fixture.brouwer.setCustomerSponsor(otherAccountContact());
		fixture.onlyProblem(Constraint.REFERENCE_OUTSIDE_ACCOUNT, fixture.brouwer);
	}

	@Test
	void whoMeetsWhomStaysWithinTheAccount() {
		fixture.janMeetsEva.setContact(otherAccountContact());
		fixture.onlyProblem(Constraint.REFERENCE_OUTSIDE_ACCOUNT, fixture.janMeetsEva);
	}

	@Test
	void anActionServesAnObjectiveOfItsOwnPlan() {
		AccountPlan plan2027 = ValidationFixture.KAM.createAccountPlan();
		plan2027.setName("Plan 2027");
		Objective keepShare = ValidationFixture.KAM.createObjective();
		keepShare.setName("Keep share");
		keepShare.setTarget(40);
		keepShare.setDueDate(fixture.growShare.getDueDate());
		plan2027.getObjectives().add(keepShare);
		plan2027.setNextReviewDate(fixture.growShare.getDueDate());
		fixture.brouwer.getPlans().add(plan2027);
		Identifiers.assignMissing(fixture.portfolio);
		fixture.assertValid();

		fixture.workshop.setObjective(keepShare);
		Diagnostic problem = fixture.onlyProblem(Constraint.REFERENCE_OUTSIDE_PLAN, fixture.workshop);
		assertEquals("Brouwer Foods > Plan 2026 > action 'Innovation workshop' refers as objective to "
				+ "Brouwer Foods > Plan 2027 > objective 'Keep share', which belongs to another plan; "
				+ "choose one of plan 'Plan 2026'.", problem.getMessage());
	}

	private Contact otherAccountContact() {
		Account acme = ValidationFixture.KAM.createAccount();
		acme.setName("Acme");
		Contact karel = ValidationFixture.KAM.createContact();
		karel.setName("Karel Smit");
		acme.getContacts().add(karel);
		fixture.portfolio.getAccounts().add(acme);
		Identifiers.assignMissing(fixture.portfolio);
		return karel;
	}
}
