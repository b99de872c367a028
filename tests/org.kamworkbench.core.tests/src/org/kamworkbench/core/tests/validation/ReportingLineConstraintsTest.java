package org.kamworkbench.core.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.kamworkbench.core.validation.Constraint;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.resource.Identifiers;

class ReportingLineConstraintsTest {

	private final ValidationFixture fixture = new ValidationFixture();

	@Test
	void contactsReportingToEachOtherAreOneErrorThatNamesTheCircle() {
		fixture.eva.setReportsTo(fixture.piet);
		Diagnostic problem = fixture.onlyProblem(Constraint.CONTACT_REPORTING_CYCLE, fixture.eva);
		assertEquals("Contacts of Brouwer Foods report to each other in a circle: Eva Jansen \u2192 Piet Bos \u2192 "
				+ "Eva Jansen; let one of them report to someone outside the circle or to no one.", problem.getMessage());
		assertTrue(problem.getData().contains(fixture.piet));
	}

	@Test
	void aContactReportingToThemselvesIsACircleOfOne() {
		fixture.piet.setReportsTo(fixture.piet);
		Diagnostic problem = fixture.onlyProblem(Constraint.CONTACT_REPORTING_CYCLE, fixture.piet);
		assertTrue(problem.getMessage().contains(": Piet Bos \u2192 Piet Bos;"), problem.getMessage());
	}

	@Test
	void aContactReportingIntoACircleIsNotReportedAgain() {
		Contact karin = ValidationFixture.KAM.createContact();
		karin.setName("Karin Vos");
		karin.setReportsTo(fixture.piet);
		fixture.brouwer.getContacts().add(0, karin);
		Identifiers.assignMissing(fixture.portfolio);
		fixture.eva.setReportsTo(fixture.piet);
		fixture.onlyProblem(Constraint.CONTACT_REPORTING_CYCLE, fixture.eva);
	}

	@Test
	void aReportingChainWithoutCircleIsValid() {
		Contact karin = ValidationFixture.KAM.createContact();
		karin.setName("Karin Vos");
		karin.setReportsTo(fixture.piet);
		fixture.brouwer.getContacts().add(karin);
		Identifiers.assignMissing(fixture.portfolio);
		fixture.assertValid();
	}

	@Test
	void teamMembersReportingToEachOtherAreAnError() {
		fixture.janInTeam.setReportsTo(fixture.annaInTeam);
		Diagnostic problem = fixture.onlyProblem(Constraint.TEAM_REPORTING_CYCLE, fixture.janInTeam);
		assertEquals("Team members of Brouwer Foods report to each other in a circle: Jan de Vries \u2192 Anna Smit "
				+ "\u2192 Jan de Vries; let one of them report to someone outside the circle or to no one.",
				problem.getMessage());
	}

	@Test
	void managersInACircleAreAnError() {
		fixture.anna.setManager(fixture.jan);
		Diagnostic problem = fixture.onlyProblem(Constraint.MANAGER_CYCLE, fixture.jan);
		assertEquals("Our people are each other's managers in a circle: Jan de Vries \u2192 Anna Smit \u2192 Jan de Vries; "
				+ "give one of them a manager outside the circle or none.", problem.getMessage());
	}
}
