package org.kamworkbench.exchange.csv;

import static org.kamworkbench.exchange.csv.CsvField.ACCOUNT_ID;
import static org.kamworkbench.exchange.csv.CsvField.ACCOUNT_NAME;
import static org.kamworkbench.exchange.csv.CsvField.ID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.validation.ObjectLabels;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.DecisionLevel;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KamPackage.Literals;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.PurchasingCoordination;

/**
 * Account records: an account is found by its identifier ({@code account id}, or {@code id}) or else by its name,
 * and updated; an account not found is added.
 */
final class AccountRecords {

	private final ImportSession session;

	AccountRecords(ImportSession session) {
		this.session = session;
	}

	void read(Cells cells) {
		ImportPlan.Changes changes = session.plan().record(cells.line());
		String id = identifier(cells);
		String name = cells.text(ACCOUNT_NAME);
		Account account = find(cells, id, name);
		boolean isNew = account == null && cells.ok();
		if (isNew && name.isEmpty()) {
			cells.problem(ACCOUNT_NAME, Messages.Value_newNeedsName);
		}
		AccountStatus status = cells.choice(CsvField.STATUS, AccountStatus.VALUES);
		Person manager = session.person(cells, CsvField.KEY_ACCOUNT_MANAGER);
		Person sponsor = session.person(cells, CsvField.EXECUTIVE_SPONSOR);
		OrganisationUnit owningUnit = session.ourUnit(cells, CsvField.OWNING_UNIT);
		DecisionLevel decisionLevel = cells.choice(CsvField.DECISION_LEVEL, DecisionLevel.VALUES);
		PurchasingCoordination coordination = cells.choice(CsvField.PURCHASING_COORDINATION,
				PurchasingCoordination.VALUES);
		if (account != null && session.isDuplicate(account, cells)) {
			account = null;
		}
		if (!session.finish(cells, changes)) {
			session.accountRejected(cells);
			return;
		}
		if (isNew) {
			Account created = KamFactory.eINSTANCE.createAccount();
			created.setId(ImportSession.newId(id));
			created.setName(name);
			session.index().created(created, created, changes);
			session.isDuplicate(created, cells);
			changes.add(() -> session.portfolio().getAccounts().add(created));
			account = created;
		} else if (!name.isEmpty()) {
			changes.set(account, Literals.NAMED_ELEMENT__NAME, name);
		}
		changes.set(account, Literals.ACCOUNT__STATUS, status);
		changes.set(account, Literals.ACCOUNT__SECTOR, text(cells, CsvField.SECTOR));
		changes.set(account, Literals.ACCOUNT__COUNTRY, text(cells, CsvField.COUNTRY));
		changes.set(account, Literals.NAMED_ELEMENT__DESCRIPTION, text(cells, CsvField.DESCRIPTION));
		changes.set(account, Literals.ACCOUNT__KEY_ACCOUNT_MANAGER, manager);
		changes.set(account, Literals.ACCOUNT__EXECUTIVE_SPONSOR, sponsor);
		changes.set(account, Literals.ACCOUNT__OWNING_UNIT, owningUnit);
		changes.set(account, Literals.ACCOUNT__DECISION_LEVEL, decisionLevel);
		changes.set(account, Literals.ACCOUNT__PURCHASING_COORDINATION, coordination);
	}

	/** The account's identifier: {@code account id}, or {@code id} when only that is given. */
	private static String identifier(Cells cells) {
		String accountId = cells.text(ACCOUNT_ID);
		String id = cells.text(ID);
		if (!accountId.isEmpty() && !id.isEmpty() && !accountId.equals(id)) {
			cells.problem(ID, NLS.bind(Messages.Value_idsDiffer, id, accountId));
		}
		return accountId.isEmpty() ? id : accountId;
	}

	private Account find(Cells cells, String id, String name) {
		if (!id.isEmpty()) {
			EObject known = session.index().byId(id);
			if (known != null && !(known instanceof Account)) {
				cells.problem(cells.has(ACCOUNT_ID) ? ACCOUNT_ID : ID,
						NLS.bind(Messages.Value_idInUse, id, ObjectLabels.label(known)));
			}
			return known instanceof Account account ? account : null;
		}
		if (name.isEmpty()) {
			return null;
		}
		var named = session.index().accountsNamed(name);
		if (named.size() > 1) {
			cells.problem(ACCOUNT_NAME, NLS.bind(Messages.Value_ambiguous, named.size(), name));
			return null;
		}
		return named.isEmpty() ? null : named.get(0);
	}

	/** The text of a cell, or {@code null} (no change) when it is empty. */
	static String text(Cells cells, CsvField field) {
		return cells.has(field) ? cells.text(field) : null;
	}
}
