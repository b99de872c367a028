package org.kamworkbench.ui.editors;

import org.kamworkbench.examples.ExamplePortfolio;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.ui.editors.tests.ExampleWorkspace;

/** The example's accounts, opened in their editor on a fresh copy of the example, and their units and contacts. */
final class ExampleAccounts {

	private ExampleAccounts() {
	}

	/** Opens the portfolio as a person does, then the account's editor from it. */
	static AccountEditor open(String accountName) throws Exception {
		PortfolioEditor portfolio = ExampleWorkspace.open(ExampleWorkspace.freshCopy(ExamplePortfolio.FILE_NAME));
		return ExampleWorkspace.openAccount(portfolio, ExampleWorkspace.account(portfolio, accountName));
	}

	static Contact contact(Account account, String name) {
		return account.getContacts().stream().filter(contact -> name.equals(contact.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no contact " + name));
	}

	static AccountUnit unit(Account account, String name) {
		return Choices.units(account).stream().filter(unit -> name.equals(unit.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no unit " + name));
	}
}
