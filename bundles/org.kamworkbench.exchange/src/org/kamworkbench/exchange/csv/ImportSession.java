package org.kamworkbench.exchange.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.validation.ObjectLabels;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.Portfolio;

/** What the readers of the four kinds of record share while one source is read: lookups, the plan, duplicates. */
final class ImportSession {

	private final Portfolio portfolio;
	private final PortfolioIndex index;
	private final ImportPlan plan;
	private final Map<EObject, Long> described = new HashMap<>();
	private final Map<String, Long> rejectedAccounts = new HashMap<>();

	ImportSession(Portfolio portfolio, ImportPlan plan) {
		this.portfolio = portfolio;
		this.index = new PortfolioIndex(portfolio);
		this.plan = plan;
	}

	Portfolio portfolio() {
		return portfolio;
	}

	PortfolioIndex index() {
		return index;
	}

	ImportPlan plan() {
		return plan;
	}

	/** Ends a record: its problems are reported, and a record with problems makes no change. */
	boolean finish(Cells cells, ImportPlan.Changes changes) {
		if (!cells.ok()) {
			plan.report(cells.problems());
			changes.reject();
			return false;
		}
		return true;
	}

	/** The identifier a new object gets: the one the record gives, else a new unique one. */
	static String newId(String given) {
		return given.isEmpty() ? EcoreUtil.generateUUID() : given;
	}

	/** Remembers an account record that is not imported, so that the records of that account can say why. */
	void accountRejected(Cells cells) {
		for (CsvField field : List.of(CsvField.ACCOUNT_ID, CsvField.ACCOUNT_NAME)) {
			if (cells.has(field)) {
				rejectedAccounts.putIfAbsent(field + PortfolioIndex.key(cells.text(field)), cells.line());
			}
		}
	}

	/** The account a unit, contact or result record belongs to, by its identifier or else its name. */
	Account account(Cells cells, ImportPlan.Changes changes) {
		CsvField field = cells.has(CsvField.ACCOUNT_ID) ? CsvField.ACCOUNT_ID : CsvField.ACCOUNT_NAME;
		String text = cells.text(field);
		if (text.isEmpty()) {
			cells.problem(CsvField.ACCOUNT_NAME, Messages.Value_accountMissing);
			return null;
		}
		Long rejectedOn = rejectedAccounts.get(field + PortfolioIndex.key(text));
		if (rejectedOn != null) {
			cells.problem(field, NLS.bind(Messages.Value_accountNotImported, text, rejectedOn));
			return null;
		}
		Account account;
		if (field == CsvField.ACCOUNT_ID) {
			account = index.byId(text) instanceof Account found ? found : null;
			if (account == null) {
				cells.problem(field, NLS.bind(Messages.Value_unknownAccount, text));
			}
		} else {
			account = one(cells, field, index.accountsNamed(text), NLS.bind(Messages.Value_unknownAccount, text));
		}
		if (account != null) {
			changes.dependOn(index.creatorOf(account));
		}
		return account;
	}

	/**
	 * The one object found for the cell of {@code field}; a problem when there is none ({@code unknown} says so)
	 * or more than one.
	 */
	<T> T one(Cells cells, CsvField field, List<T> found, String unknown) {
		if (found.size() == 1) {
			return found.get(0);
		}
		cells.problem(field, found.isEmpty() ? unknown : NLS.bind(Messages.Value_ambiguous, found.size(), cells.text(field)));
		return null;
	}

	/** One of our people, by name; {@code null} when the cell is empty or names nobody (a problem). */
	Person person(Cells cells, CsvField field) {
		String name = cells.text(field);
		return name.isEmpty() ? null
				: one(cells, field, index.peopleNamed(name), NLS.bind(Messages.Value_unknownPerson, name));
	}

	/** One of our organisation's units, by name. */
	OrganisationUnit ourUnit(Cells cells, CsvField field) {
		String name = cells.text(field);
		return name.isEmpty() ? null
				: one(cells, field, index.ourUnitsNamed(name), NLS.bind(Messages.Value_unknownOurUnit, name));
	}

	/** A unit of the customer, by name within the account (in the portfolio or from an earlier record). */
	AccountUnit accountUnit(Cells cells, CsvField field, Account account) {
		String name = cells.text(field);
		return name.isEmpty() ? null
				: one(cells, field, index.unitsNamed(account, name),
						NLS.bind(Messages.Value_unknownUnit, account.getName(), name));
	}

	/** The object the identifier names, when it is of {@code type} and part of {@code account}; else a problem. */
	<T extends EObject> T partById(Cells cells, Account account, Class<T> type, String id) {
		EObject found = index.byId(id);
		if (found == null) {
			return null;
		}
		if (type.isInstance(found) && index.belongsTo(found, account)) {
			return type.cast(found);
		}
		cells.problem(CsvField.ID, NLS.bind(Messages.Value_idInUse, id, ObjectLabels.label(found)));
		return null;
	}

	/** Whether another record already describes {@code object}: then this one is a duplicate (a problem). */
	boolean isDuplicate(EObject object, Cells cells) {
		Long first = described.putIfAbsent(object, cells.line());
		if (first != null) {
			cells.problem(NLS.bind(Messages.Value_duplicate, ObjectLabels.label(object), first));
			return true;
		}
		return false;
	}
}
