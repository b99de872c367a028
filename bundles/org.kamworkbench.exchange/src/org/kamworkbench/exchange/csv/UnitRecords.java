package org.kamworkbench.exchange.csv;

import static org.kamworkbench.exchange.csv.CsvField.ID;
import static org.kamworkbench.exchange.csv.CsvField.NAME;
import static org.kamworkbench.exchange.csv.CsvField.PARENT_UNIT;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KamPackage.Literals;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.Person;

/**
 * Unit records: a customer unit of an account, found by {@code id} or else by name within the account. A new unit
 * goes under its {@code parent unit} when one is named (the parent must be in the portfolio or on an earlier line);
 * an existing unit stays where it is.
 */
final class UnitRecords {

	private static final double SCORE_MAX = 10;

	private final ImportSession session;

	UnitRecords(ImportSession session) {
		this.session = session;
	}

	void read(Cells cells) {
		ImportPlan.Changes changes = session.plan().record(cells.line());
		Account account = session.account(cells, changes);
		String id = cells.text(ID);
		String name = cells.text(NAME);
		AccountUnit unit = null;
		AccountUnit parent = null;
		boolean isNew = false;
		if (account != null) {
			unit = find(cells, account, id, name);
			isNew = unit == null && cells.ok();
			if (isNew && name.isEmpty()) {
				cells.problem(NAME, Messages.Value_newNeedsName);
			}
			if (isNew && cells.has(PARENT_UNIT)) {
				parent = session.accountUnit(cells, PARENT_UNIT, account);
			}
		}
		Double importance = cells.number(CsvField.LOCAL_IMPORTANCE, 0.0, SCORE_MAX);
		Double commitment = cells.number(CsvField.LOCAL_COMMITMENT, 0.0, SCORE_MAX);
		Double revenue = cells.number(CsvField.LOCAL_REVENUE, 0.0, null);
		OrganisationUnit ourUnit = session.ourUnit(cells, CsvField.OUR_UNIT);
		Person manager = session.person(cells, CsvField.LOCAL_ACCOUNT_MANAGER);
		if (unit != null && session.isDuplicate(unit, cells)) {
			unit = null;
		}
		if (!session.finish(cells, changes)) {
			return;
		}
		if (isNew) {
			AccountUnit created = KamFactory.eINSTANCE.createAccountUnit();
			created.setId(ImportSession.newId(id));
			created.setName(name);
			session.index().created(created, account, changes);
			session.isDuplicate(created, cells);
			AccountUnit container = parent;
			Account owner = account;
			changes.dependOn(parent == null ? null : session.index().creatorOf(parent));
			changes.add(() -> (container == null ? owner.getUnits() : container.getSubunits()).add(created));
			unit = created;
		} else if (!name.isEmpty()) {
			changes.set(unit, Literals.NAMED_ELEMENT__NAME, name);
		}
		changes.set(unit, Literals.ACCOUNT_UNIT__COUNTRY, AccountRecords.text(cells, CsvField.COUNTRY));
		changes.set(unit, Literals.ACCOUNT_UNIT__BUSINESS_UNIT, AccountRecords.text(cells, CsvField.BUSINESS_UNIT));
		changes.set(unit, Literals.ACCOUNT_UNIT__LANGUAGE, AccountRecords.text(cells, CsvField.LANGUAGE));
		changes.set(unit, Literals.ACCOUNT_UNIT__LOCAL_IMPORTANCE, importance);
		changes.set(unit, Literals.ACCOUNT_UNIT__LOCAL_COMMITMENT, commitment);
		changes.set(unit, Literals.ACCOUNT_UNIT__LOCAL_REVENUE, revenue);
		changes.set(unit, Literals.ACCOUNT_UNIT__OUR_UNIT, ourUnit);
		changes.set(unit, Literals.ACCOUNT_UNIT__LOCAL_ACCOUNT_MANAGER, manager);
	}

	private AccountUnit find(Cells cells, Account account, String id, String name) {
		if (!id.isEmpty()) {
			return session.partById(cells, account, AccountUnit.class, id);
		}
		if (name.isEmpty()) {
			return null;
		}
		var named = session.index().unitsNamed(account, name);
		if (named.size() > 1) {
			cells.problem(NAME, NLS.bind(Messages.Value_ambiguous, named.size(), name));
			return null;
		}
		return named.isEmpty() ? null : named.get(0);
	}
}
