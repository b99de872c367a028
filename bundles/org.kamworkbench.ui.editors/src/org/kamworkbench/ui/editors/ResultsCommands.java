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

	static Command addReseller(EditingDomain domain, PeriodResult period, String name, LocalDate today) {
		IndirectRevenue reseller = KamFactory.eINSTANCE.createIndirectRevenue();
		reseller.setReseller(name);
		return stamped(domain,
				AddCommand.create(domain, period, KamPackage.Literals.PERIOD_RESULT__INDIRECT_REVENUES, reseller), period,
				today);
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
