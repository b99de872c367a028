package org.kamworkbench.core.generator;

import static org.kamworkbench.core.generator.PortfolioGenerator.KAM;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.kamworkbench.core.generator.AccountGenerator.AccountParts;
import org.kamworkbench.core.generator.PortfolioGenerator.Organisation;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.IndirectRevenue;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.Reseller;
import org.kamworkbench.kam.UnitCredit;

/**
 * Twelve monthly results of 2025 for an account: revenue with a seasonal peak in summer (refrigeration),
 * cost to serve and profit contribution against their targets, reseller revenue with the share attributed
 * to the account for accounts that also buy through a reseller, and the credit our units receive, which
 * sums to 100 percent in every month.
 */
@SuppressWarnings("nls")
final class ResultsGenerator {

	private static final int YEAR = 2025;
	/** Share of a year's revenue per month, January first; sums to 1. */
	private static final double[] SEASON = { 0.06, 0.065, 0.075, 0.08, 0.09, 0.1, 0.11, 0.105, 0.09, 0.08, 0.075,
			0.07 };

	private final Organisation organisation;
	private final Draw draw;

	ResultsGenerator(Organisation organisation, Draw draw) {
		this.organisation = organisation;
		this.draw = draw;
	}

	List<PeriodResult> year(AccountParts parts) {
		List<OrganisationUnit> creditedUnits = creditedUnits(parts);
		List<Double> shares = shares(creditedUnits.size());
		Reseller reseller = draw.chance(0.6) ? draw.one(organisation.resellers()) : null;
		double resellerShare = draw.amount(20, 100, 5);
		double margin = draw.amount(0.10, 0.22, 0.01);
		List<PeriodResult> results = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			YearMonth period = YearMonth.of(YEAR, month);
			String id = parts.id() + "-r" + period;
			double target = round(parts.annualRevenue() * SEASON[month - 1], 1_000);
			double revenue = round(draw.vary(target, 0.15), 100);
			PeriodResult result = KAM.createPeriodResult();
			result.setId(id);
			result.setPeriodLabel(period.toString());
			result.setPeriodStart(period.atDay(1));
			result.setPeriodEnd(period.atEndOfMonth());
			result.setDirectRevenue(revenue);
			result.setCostToServe(round(revenue * draw.amount(0.06, 0.14, 0.01), 100));
			result.setProfitContribution(round(revenue * draw.vary(margin, 0.2), 100));
			result.setRevenueTarget(target);
			result.setProfitContributionTarget(round(target * margin, 100));
			if (revenue < target * 0.9) {
				result.setComment("Below target: orders postponed by the customer.");
			}
			result.setLastUpdated(period.atEndOfMonth().plusDays(draw.between(5, 20)));
			if (reseller != null) {
				IndirectRevenue indirect = KAM.createIndirectRevenue();
				indirect.setId(id + "-i1");
				indirect.setReseller(reseller);
				indirect.setRevenue(round(draw.vary(revenue * 0.15, 0.3), 100));
				indirect.setAttributionSharePercent(resellerShare);
				indirect.setRationale("Orders of their plants through the reseller.");
				result.getIndirectRevenues().add(indirect);
			}
			for (int i = 0; i < creditedUnits.size(); i++) {
				UnitCredit credit = KAM.createUnitCredit();
				credit.setId(id + "-c" + (i + 1));
				credit.setUnit(creditedUnits.get(i));
				credit.setSharePercent(shares.get(i));
				result.getCredits().add(credit);
			}
			results.add(result);
		}
		return results;
	}

	/** The unit that owns the account, our units serving its units abroad, and sometimes service. */
	private List<OrganisationUnit> creditedUnits(AccountParts parts) {
		List<OrganisationUnit> units = new ArrayList<>();
		units.add(parts.account().getOwningUnit());
		parts.topUnits().stream().map(AccountUnit::getOurUnit).filter(unit -> !units.contains(unit)).findFirst()
				.ifPresent(units::add);
		if (units.size() < 3 && draw.chance(0.4)) {
			units.add(organisation.service());
		}
		return units;
	}

	/** Whole percentages in steps of 5 that sum to exactly 100, the first the largest. */
	private List<Double> shares(int count) {
		List<Double> shares = new ArrayList<>();
		int left = 100;
		for (int i = count; i > 1; i--) {
			int share = 5 * draw.between((left / 5 + 1) / 2, left / 5 - (i - 1));
			shares.add((double) share);
			left -= share;
		}
		shares.add((double) left);
		return shares;
	}

	private static double round(double amount, double step) {
		return Math.round(amount / step) * step;
	}
}
