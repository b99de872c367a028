package org.kamworkbench.core.tests.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.kamworkbench.core.coverage.CoverageAnalysis;
import org.kamworkbench.core.coverage.CoverageFinding;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.Action;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.BuyingRole;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.PlanStatus;
import org.kamworkbench.kam.Portfolio;

/**
 * A key account that is fully covered and up to date on {@link #AS_OF}: a contact with an owner in every
 * buying-centre role, all met and updated today, an active plan with a review ahead and an action not yet due.
 */
final class CoverageFixture {

	static final KamFactory KAM = KamFactory.eINSTANCE;
	static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);

	final Portfolio portfolio = KAM.createPortfolio();
	final AnalysisSettings settings = KAM.createAnalysisSettings();
	final Person jan = KAM.createPerson();
	final Person anna = KAM.createPerson();
	final Account brouwer = KAM.createAccount();
	final AccountUnit brouwerNl = KAM.createAccountUnit();
	final AccountUnit logistics = KAM.createAccountUnit();
	final Contact eva = contact("Eva Jansen", BuyingRole.DECISION_MAKER);
	final Contact piet = contact("Piet Bos", BuyingRole.ECONOMIC_BUYER);
	final Contact karin = contact("Karin Vos", BuyingRole.INFLUENCER);
	final Contact tom = contact("Tom de Wit", BuyingRole.USER);
	final Contact lies = contact("Lies Mol", BuyingRole.GATEKEEPER);
	final AccountPlan plan = KAM.createAccountPlan();
	final Action workshop = KAM.createAction();
	final PeriodResult result2025 = KAM.createPeriodResult();

	CoverageFixture() {
		jan.setName("Jan de Vries");
		anna.setName("Anna Smit");
		portfolio.getPeople().addAll(List.of(jan, anna));
		portfolio.setSettings(settings);

		brouwer.setName("Brouwer Foods");
		brouwer.setStatus(AccountStatus.KEY_ACCOUNT);
		brouwer.setKeyAccountManager(jan);
		brouwer.setLastUpdated(AS_OF);
		portfolio.getAccounts().add(brouwer);

		brouwerNl.setName("Brouwer NL");
		brouwerNl.setLastUpdated(AS_OF);
		logistics.setName("Brouwer NL Logistics");
		logistics.setLastUpdated(AS_OF);
		brouwerNl.getSubunits().add(logistics);
		brouwer.getUnits().add(brouwerNl);

		brouwer.getContacts().addAll(List.of(eva, piet, karin, tom, lies));

		plan.setName("Plan 2026");
		plan.setStatus(PlanStatus.ACTIVE);
		plan.setAuthor(anna);
		plan.setNextReviewDate(AS_OF.plusDays(30));
		plan.setLastUpdated(AS_OF);
		workshop.setName("Innovation workshop");
		workshop.setOwner(anna);
		workshop.setDueDate(AS_OF.plusDays(10));
		plan.getActions().add(workshop);
		brouwer.getPlans().add(plan);

		result2025.setPeriodLabel("2025");
		result2025.setPeriodStart(LocalDate.of(2025, 1, 1));
		result2025.setPeriodEnd(LocalDate.of(2025, 12, 31));
		result2025.setLastUpdated(AS_OF);
		brouwer.getResults().add(result2025);
	}

	private Contact contact(String name, BuyingRole role) {
		Contact contact = KAM.createContact();
		contact.setName(name);
		contact.setBuyingRole(role);
		contact.setOwner(jan);
		contact.setLastContactDate(AS_OF);
		contact.setLastUpdated(AS_OF);
		return contact;
	}

	List<CoverageFinding> findings() {
		return CoverageAnalysis.analyse(portfolio, AS_OF);
	}

	void assertNoFindings() {
		assertEquals(List.of(), messages(findings()));
	}

	static List<String> messages(List<CoverageFinding> findings) {
		return findings.stream().map(CoverageFinding::message).toList();
	}
}
