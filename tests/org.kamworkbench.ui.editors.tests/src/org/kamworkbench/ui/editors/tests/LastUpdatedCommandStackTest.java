package org.kamworkbench.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.KnowledgeNote;
import org.kamworkbench.ui.edit.LastUpdatedCommandStack;

class LastUpdatedCommandStackTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
	private static final LocalDate EARLIER = LocalDate.of(2025, 3, 1);

	private final LastUpdatedCommandStack stack = new LastUpdatedCommandStack(
			Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
			new ReflectiveItemProviderAdapterFactory(), stack);

	private static Account accountWithContact() {
		Account account = KamFactory.eINSTANCE.createAccount();
		account.setLastUpdated(EARLIER);
		Contact contact = KamFactory.eINSTANCE.createContact();
		contact.setLastUpdated(EARLIER);
		account.getContacts().add(contact);
		return account;
	}

	@Test
	void anEditedContactIsDatedTodayAndUndoRestoresItsDate() {
		Account account = accountWithContact();
		Contact contact = account.getContacts().get(0);

		stack.execute(SetCommand.create(domain, contact, KamPackage.Literals.NAMED_ELEMENT__NAME, "Eva Jansen"));
		assertEquals(TODAY, contact.getLastUpdated());
		assertEquals(EARLIER, account.getLastUpdated(), "only the nearest dated object is dated");

		stack.undo();
		assertEquals(EARLIER, contact.getLastUpdated());
		assertNull(contact.getName());

		stack.redo();
		assertEquals(TODAY, contact.getLastUpdated());
		assertEquals("Eva Jansen", contact.getName());
	}

	@Test
	void aNoteAddedToAContactDatesTheContact() {
		Account account = accountWithContact();
		Contact contact = account.getContacts().get(0);
		KnowledgeNote note = KamFactory.eINSTANCE.createKnowledgeNote();

		stack.execute(AddCommand.create(domain, contact, KamPackage.Literals.CONTACT__NOTES, note));

		assertEquals(TODAY, contact.getLastUpdated());
		stack.undo();
		assertEquals(EARLIER, contact.getLastUpdated());
	}

	@Test
	void anEditOfTheAccountItselfDatesTheAccount() {
		Account account = accountWithContact();
		stack.execute(SetCommand.create(domain, account, KamPackage.Literals.ACCOUNT__SECTOR, "Dairy"));
		assertEquals(TODAY, account.getLastUpdated());
		assertEquals(EARLIER, account.getContacts().get(0).getLastUpdated());
	}
}
