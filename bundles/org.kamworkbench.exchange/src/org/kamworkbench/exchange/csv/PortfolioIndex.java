package org.kamworkbench.exchange.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.Identified;
import org.kamworkbench.kam.NamedElement;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.Portfolio;

/**
 * Finds what records name: the objects of the portfolio by identifier or name, and the objects earlier records
 * of the same import create (with the record that creates each). Names compare without regard to case or
 * surrounding and repeated spaces.
 */
final class PortfolioIndex {

	private final Portfolio portfolio;
	private final Map<String, EObject> ids = new HashMap<>();
	private final Map<EObject, ImportPlan.Changes> creators = new HashMap<>();
	private final List<Account> newAccounts = new ArrayList<>();
	private final Map<Account, List<EObject>> newParts = new HashMap<>();

	PortfolioIndex(Portfolio portfolio) {
		this.portfolio = portfolio;
		for (Iterator<EObject> all = portfolio.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Identified identified && identified.getId() != null) {
				ids.putIfAbsent(identified.getId(), identified);
			}
		}
	}

	/** The object with this identifier, in the portfolio or created by this import; {@code null} if none. */
	EObject byId(String id) {
		return ids.get(id);
	}

	/** Registers an object this import creates, made by the record {@code creator}. */
	void created(Identified object, Account account, ImportPlan.Changes creator) {
		ids.put(object.getId(), object);
		creators.put(object, creator);
		if (object instanceof Account newAccount) {
			newAccounts.add(newAccount);
		} else {
			newParts.computeIfAbsent(account, key -> new ArrayList<>()).add(object);
		}
	}

	/** The record that creates {@code object}, or {@code null} when the object is already in the portfolio. */
	ImportPlan.Changes creatorOf(EObject object) {
		return creators.get(object);
	}

	List<Account> accountsNamed(String name) {
		return named(Stream.concat(portfolio.getAccounts().stream(), newAccounts.stream()), name);
	}

	List<Person> peopleNamed(String name) {
		return named(portfolio.getPeople().stream(), name);
	}

	List<OrganisationUnit> ourUnitsNamed(String name) {
		List<OrganisationUnit> units = new ArrayList<>();
		collect(portfolio.getUnits(), units);
		return named(units.stream(), name);
	}

	List<AccountUnit> unitsNamed(Account account, String name) {
		return named(partsOf(account, AccountUnit.class), name);
	}

	List<Contact> contactsNamed(Account account, String name) {
		return named(partsOf(account, Contact.class), name);
	}

	/** The results of the account for the period (label compared like names) and customer unit. */
	List<PeriodResult> results(Account account, String period, AccountUnit unit) {
		return partsOf(account, PeriodResult.class)
				.filter(result -> result.getPeriodLabel() != null && key(result.getPeriodLabel()).equals(key(period))
						&& result.getAccountUnit() == unit)
				.toList();
	}

	/** The account an object of the portfolio belongs to, or {@code null}. */
	static Account accountOf(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof Account account) {
				return account;
			}
		}
		return null;
	}

	/** Whether {@code object} is part of {@code account}, already or through this import. */
	boolean belongsTo(EObject object, Account account) {
		return accountOf(object) == account
				|| newParts.getOrDefault(account, List.of()).contains(object);
	}

	private static void collect(List<OrganisationUnit> units, List<OrganisationUnit> into) {
		for (OrganisationUnit unit : units) {
			into.add(unit);
			collect(unit.getSubunits(), into);
		}
	}

	private <T extends EObject> Stream<T> partsOf(Account account, Class<T> type) {
		return Stream.concat(all(account, type), newParts.getOrDefault(account, List.of()).stream()
				.filter(type::isInstance).map(type::cast));
	}

	private static <T extends EObject> Stream<T> all(EObject root, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Iterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			EObject next = contents.next();
			if (type.isInstance(next)) {
				found.add(type.cast(next));
			}
		}
		return found.stream();
	}

	private static <T extends NamedElement> List<T> named(Stream<T> candidates, String name) {
		String wanted = key(name);
		return candidates.filter(candidate -> candidate.getName() != null && key(candidate.getName()).equals(wanted))
				.toList();
	}

	/** A name as compared. */
	static String key(String name) {
		return Objects.requireNonNull(name).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
