package org.kamworkbench.model.tests;

import java.time.LocalDate;

import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.Score;

/** A portfolio small enough to read in a test, with the reference kinds real files have. */
final class SmallPortfolio {

	private SmallPortfolio() {
	}

	static Portfolio create() {
		KamFactory kam = KamFactory.eINSTANCE;
		Portfolio portfolio = kam.createPortfolio();
		portfolio.setId("portfolio");
		portfolio.setName("Test portfolio");
		portfolio.setOrganisationName("Van Dijk Verpakkingen B.V.");

		Person manager = kam.createPerson();
		manager.setId("p-anna");
		manager.setName("Anna de Vries");
		portfolio.getPeople().add(manager);

		CriteriaSet criteria = kam.createCriteriaSet();
		criteria.setId("cs-1");
		criteria.setName("Selection 2026");
		Criterion revenue = kam.createCriterion();
		revenue.setId("cr-revenue");
		revenue.setName("Revenue potential");
		revenue.setAxis(Axis.ATTRACTIVENESS);
		revenue.setWeight(100);
		criteria.getCriteria().add(revenue);
		portfolio.getCriteriaSets().add(criteria);
		portfolio.setActiveCriteriaSet(criteria);

		Account account = kam.createAccount();
		account.setId("a-brouwer");
		account.setName("Brouwer Foods \u00e9\u00e8 & <Co>");
		account.setStatus(AccountStatus.KEY_ACCOUNT);
		account.setKeyAccountManager(manager);
		account.setLastUpdated(LocalDate.of(2026, 3, 1));
		// the buyer reports to a director written after her: a forward reference, as real files have
		Contact buyer = kam.createContact();
		buyer.setId("c-buyer");
		buyer.setName("Eva Jansen");
		Contact director = kam.createContact();
		director.setId("c-director");
		director.setName("Karel Smit");
		buyer.setReportsTo(director);
		buyer.setLastContactDate(LocalDate.of(2026, 2, 14));
		account.getContacts().add(buyer);
		account.getContacts().add(director);
		Score score = kam.createScore();
		score.setId("s-1");
		score.setCriterion(revenue);
		score.setValue(7.5);
		score.setRationale("Grows 12% a year in our categories");
		score.setCriteriaVersion(1);
		account.getScores().add(score);
		portfolio.getAccounts().add(account);
		return portfolio;
	}
}
