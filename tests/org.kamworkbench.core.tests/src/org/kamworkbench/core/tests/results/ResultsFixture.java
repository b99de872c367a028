package org.kamworkbench.core.tests.results;

import java.time.LocalDate;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.IndirectRevenue;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.Reseller;
import org.kamworkbench.kam.UnitCredit;

/** A portfolio with one key account to which tests add period results. */
final class ResultsFixture {

	static final KamFactory KAM = KamFactory.eINSTANCE;

	final Portfolio portfolio = KAM.createPortfolio();
	final OrganisationUnit benelux = KAM.createOrganisationUnit();
	final OrganisationUnit germany = KAM.createOrganisationUnit();
	final Account brouwer = KAM.createAccount();
	final AccountUnit brouwerNl = KAM.createAccountUnit();

	ResultsFixture() {
		portfolio.setCurrency("EUR");
		benelux.setName("Benelux");
		germany.setName("Germany");
		portfolio.getUnits().add(benelux);
		portfolio.getUnits().add(germany);
		brouwer.setName("Brouwer Foods");
		brouwer.setStatus(AccountStatus.KEY_ACCOUNT);
		brouwerNl.setName("Brouwer NL");
		brouwer.getUnits().add(brouwerNl);
		portfolio.getAccounts().add(brouwer);
	}

	/** Adds a result of the whole group for the period, with its direct revenue. */
	PeriodResult result(String label, LocalDate start, LocalDate end, double directRevenue) {
		PeriodResult result = KAM.createPeriodResult();
		result.setPeriodLabel(label);
		result.setPeriodStart(start);
		result.setPeriodEnd(end);
		result.setDirectRevenue(directRevenue);
		brouwer.getResults().add(result);
		return result;
	}

	PeriodResult year(int year, double directRevenue) {
		return result(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), directRevenue);
	}

	/** Revenue through the reseller of that name, which the portfolio holds once. */
	static void indirect(PeriodResult result, String reseller, double revenue, double attributionSharePercent) {
		Portfolio portfolio = (Portfolio) EcoreUtil.getRootContainer(result);
		IndirectRevenue indirect = KAM.createIndirectRevenue();
		indirect.setReseller(portfolio.getResellers().stream().filter(known -> known.getName().equals(reseller))
				.findFirst().orElseGet(() -> {
					Reseller added = KAM.createReseller();
					added.setName(reseller);
					portfolio.getResellers().add(added);
					return added;
				}));
		indirect.setRevenue(revenue);
		indirect.setAttributionSharePercent(attributionSharePercent);
		result.getIndirectRevenues().add(indirect);
	}

	static void credit(PeriodResult result, OrganisationUnit unit, double sharePercent) {
		UnitCredit credit = KAM.createUnitCredit();
		credit.setUnit(unit);
		credit.setSharePercent(sharePercent);
		result.getCredits().add(credit);
	}
}
