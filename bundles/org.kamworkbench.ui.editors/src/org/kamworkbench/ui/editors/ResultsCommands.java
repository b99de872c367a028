package org.kamworkbench.ui.editors;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.IndirectRevenue;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.Reseller;
import org.kamworkbench.kam.UnitCredit;

/**
 * The commands of the Results page. Every change to a period's figures (its resellers and credits
 * included) also marks the period as updated today, in the same undoable step, so that the staleness
 * warnings of the coverage analysis follow what users enter.
 */
final class ResultsCommands {

	private ResultsCommands() {
	}

	/** Sets a recorded value of a period result, a reseller's revenue or a unit's credit. */
	static Command set(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value, LocalDate today) {
		Command set = SetCommand.create(domain, owner, feature, value);
		return stamped(domain, set, resultOf(owner), today);
	}

	/** A new period after the account's latest one: the next calendar year, so yearly results line up. */
	static Command addPeriod(EditingDomain domain, Account account, LocalDate today) {
		int year = account.getResults().stream().map(PeriodResult::getPeriodStart).filter(start -> start != null)
				.mapToInt(LocalDate::getYear).max().orElse(today.getYear() - 1) + 1;
		PeriodResult period = KamFactory.eINSTANCE.createPeriodResult();
		period.setPeriodLabel(Integer.toString(year));
		period.setPeriodStart(LocalDate.of(year, 1, 1));
		period.setPeriodEnd(LocalDate.of(year, 12, 31));
		period.setLastUpdated(today);
		return AddCommand.create(domain, account, KamPackage.Literals.ACCOUNT__RESULTS, period);
	}

	/** Revenue through a reseller not chosen yet: the user types its name into the new row. */
	static Command addReseller(EditingDomain domain, PeriodResult period, LocalDate today) {
		IndirectRevenue revenue = KamFactory.eINSTANCE.createIndirectRevenue();
		return stamped(domain,
				AddCommand.create(domain, period, KamPackage.Literals.PERIOD_RESULT__INDIRECT_REVENUES, revenue), period,
				today);
	}

	/**
	 * The revenue went through the reseller of that name: the portfolio's reseller of exactly that name, or
	 * a new one when there is none, so that one reseller stays one object across periods and accounts. The
	 * reseller it went through before is removed from the portfolio when nothing else refers to it, so that
	 * correcting a typed name leaves no stray reseller behind. A blank name clears the reseller.
	 */
	static Command setReseller(EditingDomain domain, Portfolio portfolio, IndirectRevenue revenue, String name,
			LocalDate today) {
		Reseller previous = revenue.getReseller();
		Reseller chosen = name == null || name.isBlank() ? null
				: portfolio.getResellers().stream().filter(known -> name.equals(known.getName())).findFirst().orElse(null);
		CompoundCommand change = new CompoundCommand(Messages.Results_setReseller);
		if (chosen == null && name != null && !name.isBlank()) {
			chosen = KamFactory.eINSTANCE.createReseller();
			chosen.setName(name);
			change.append(AddCommand.create(domain, portfolio, KamPackage.Literals.PORTFOLIO__RESELLERS, chosen));
		}
		if (chosen == previous) {
			return null;
		}
		change.append(SetCommand.create(domain, revenue, KamPackage.Literals.INDIRECT_REVENUE__RESELLER, chosen));
		if (previous != null && previous.eContainer() == portfolio && onlyUser(portfolio, previous, revenue)) {
			change.append(RemoveCommand.create(domain, portfolio, KamPackage.Literals.PORTFOLIO__RESELLERS, previous));
		}
		return stamped(domain, change, revenue.eContainer() instanceof PeriodResult period ? period : null, today);
	}

	/** Whether {@code revenue} is the only indirect revenue of the portfolio that goes through {@code reseller}. */
	private static boolean onlyUser(Portfolio portfolio, Reseller reseller, IndirectRevenue revenue) {
		return portfolio.getAccounts().stream().flatMap(account -> account.getResults().stream())
				.flatMap(result -> result.getIndirectRevenues().stream())
				.noneMatch(other -> other != revenue && other.getReseller() == reseller);
	}

	/**
	 * Credit for one more of our units: the first of {@code candidates} not credited yet, with the share
	 * still missing from 100, so that a split that added up still does after the user divides it.
	 */
	static Command addCredit(EditingDomain domain, PeriodResult period, List<OrganisationUnit> candidates,
			LocalDate today) {
		List<OrganisationUnit> credited = period.getCredits().stream().map(UnitCredit::getUnit).toList();
		OrganisationUnit unit = candidates.stream().filter(candidate -> !credited.contains(candidate)).findFirst()
				.orElse(candidates.isEmpty() ? null : candidates.get(0));
		if (unit == null) {
			return null;
		}
		double shared = period.getCredits().stream().mapToDouble(UnitCredit::getSharePercent).sum();
		UnitCredit credit = KamFactory.eINSTANCE.createUnitCredit();
		credit.setUnit(unit);
		credit.setSharePercent(Math.max(0, 100 - shared));
		return stamped(domain, AddCommand.create(domain, period, KamPackage.Literals.PERIOD_RESULT__CREDITS, credit),
				period, today);
	}

	/** Removes a reseller or a unit's credit from its period. */
	static Command remove(EditingDomain domain, EObject part, LocalDate today) {
		return stamped(domain, RemoveCommand.create(domain, part), resultOf(part), today);
	}

	private static Command stamped(EditingDomain domain, Command change, PeriodResult period, LocalDate today) {
		if (period == null || today.equals(period.getLastUpdated())) {
			return change;
		}
		CompoundCommand stamped = new CompoundCommand(change.getLabel());
		stamped.append(change);
		stamped.append(SetCommand.create(domain, period, KamPackage.Literals.PERIOD_RESULT__LAST_UPDATED, today));
		return stamped;
	}

	private static PeriodResult resultOf(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof PeriodResult period) {
				return period;
			}
		}
		return null;
	}
}
