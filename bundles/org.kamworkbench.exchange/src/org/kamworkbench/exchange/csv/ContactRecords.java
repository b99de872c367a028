package org.kamworkbench.exchange.csv;

import static org.kamworkbench.exchange.csv.CsvField.ID;
import static org.kamworkbench.exchange.csv.CsvField.NAME;
import static org.kamworkbench.exchange.csv.CsvField.REPORTS_TO;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.Attitude;
import org.kamworkbench.kam.BuyingRole;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KamPackage.Literals;
import org.kamworkbench.kam.Person;

/**
 * Contact records: a person at the customer, found by {@code id} or else by name within the account. Contacts are
 * read in two rounds, so that {@code reports to} may name a contact on a later line: first who each record is
 * about, then the values.
 */
final class ContactRecords {

	private static final int INFLUENCE_MAX = 5;

	/** A record whose contact is known after the first round. */
	private record Identified(Cells cells, ImportPlan.Changes changes, Account account, Contact contact,
			boolean isNew) {
	}

	private final ImportSession session;
	private final List<Identified> identified = new ArrayList<>();

	ContactRecords(ImportSession session) {
		this.session = session;
	}

	/** First round: which contact the record describes; a new contact is known by name from here on. */
	void identify(Cells cells) {
		ImportPlan.Changes changes = session.plan().record(cells.line());
		Account account = session.account(cells, changes);
		String id = cells.text(ID);
		String name = cells.text(NAME);
		Contact contact = null;
		if (account != null) {
			contact = find(cells, account, id, name);
			if (contact == null && cells.ok() && name.isEmpty()) {
				cells.problem(NAME, Messages.Value_newNeedsName);
			}
		}
		if (contact != null && session.isDuplicate(contact, cells)) {
			contact = null;
		}
		if (!session.finish(cells, changes)) {
			return;
		}
		boolean isNew = contact == null;
		if (isNew) {
			contact = KamFactory.eINSTANCE.createContact();
			contact.setId(ImportSession.newId(id));
			contact.setName(name);
			session.index().created(contact, account, changes);
			session.isDuplicate(contact, cells);
		}
		identified.add(new Identified(cells, changes, account, contact, isNew));
	}

	/** Second round: the values of every identified record. */
	void readValues() {
		for (Identified record : identified) {
			readValues(record);
		}
	}

	private void readValues(Identified record) {
		Cells cells = record.cells();
		ImportPlan.Changes changes = record.changes();
		Account account = record.account();
		Contact contact = record.contact();
		AccountUnit unit = session.accountUnit(cells, CsvField.UNIT_NAME, account);
		BuyingRole role = cells.choice(CsvField.BUYING_ROLE, BuyingRole.VALUES);
		Integer influence = cells.wholeNumber(CsvField.INFLUENCE, 0, INFLUENCE_MAX);
		Attitude attitude = cells.choice(CsvField.ATTITUDE, Attitude.VALUES);
		Contact reportsTo = cells.has(REPORTS_TO) ? session.one(cells, REPORTS_TO,
				session.index().contactsNamed(account, cells.text(REPORTS_TO)),
				NLS.bind(Messages.Value_unknownContact, account.getName(), cells.text(REPORTS_TO))) : null;
		if (reportsTo == contact) {
			cells.problem(REPORTS_TO, Messages.Value_reportsToSelf);
		}
		Person owner = session.person(cells, CsvField.OWNER);
		LocalDate lastContact = cells.date(CsvField.LAST_CONTACT);
		if (!session.finish(cells, changes)) {
			return;
		}
		if (record.isNew()) {
			changes.add(() -> account.getContacts().add(contact));
		} else if (cells.has(NAME)) {
			changes.set(contact, Literals.NAMED_ELEMENT__NAME, cells.text(NAME));
		}
		changes.dependOn(unit == null ? null : session.index().creatorOf(unit));
		changes.dependOn(reportsTo == null ? null : session.index().creatorOf(reportsTo));
		changes.set(contact, Literals.CONTACT__UNIT, unit);
		changes.set(contact, Literals.CONTACT__JOB_TITLE, AccountRecords.text(cells, CsvField.JOB_TITLE));
		changes.set(contact, Literals.CONTACT__DEPARTMENT, AccountRecords.text(cells, CsvField.DEPARTMENT));
		changes.set(contact, Literals.CONTACT__EMAIL, AccountRecords.text(cells, CsvField.EMAIL));
		changes.set(contact, Literals.CONTACT__PHONE, AccountRecords.text(cells, CsvField.PHONE));
		changes.set(contact, Literals.CONTACT__LANGUAGE, AccountRecords.text(cells, CsvField.LANGUAGE));
		changes.set(contact, Literals.CONTACT__BUYING_ROLE, role);
		changes.set(contact, Literals.CONTACT__INFLUENCE, influence);
		changes.set(contact, Literals.CONTACT__ATTITUDE, attitude);
		changes.set(contact, Literals.CONTACT__REPORTS_TO, reportsTo);
		changes.set(contact, Literals.CONTACT__OWNER, owner);
		changes.set(contact, Literals.CONTACT__LAST_CONTACT_DATE, lastContact);
	}

	/**
	 * Leaves out the records that name, in {@code reports to}, a new contact whose own record is left out; until
	 * none is left: a contact never points to one that is not imported.
	 */
	void leaveOutDependents() {
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Identified record : identified) {
				ImportPlan.Changes missing = record.changes().isRejected() ? null
						: ImportPlan.rejectedDependency(record.changes());
				if (missing != null) {
					record.changes().reject();
					record.cells().problem(REPORTS_TO, NLS.bind(Messages.Value_dependsOnRejected, missing.line()));
					session.plan().report(record.cells().problems());
					changed = true;
				}
			}
		}
	}

	private Contact find(Cells cells, Account account, String id, String name) {
		if (!id.isEmpty()) {
			return session.partById(cells, account, Contact.class, id);
		}
		if (name.isEmpty()) {
			return null;
		}
		var named = session.index().contactsNamed(account, name);
		if (named.size() > 1) {
			cells.problem(NAME, NLS.bind(Messages.Value_ambiguous, named.size(), name));
			return null;
		}
		return named.isEmpty() ? null : named.get(0);
	}
}
