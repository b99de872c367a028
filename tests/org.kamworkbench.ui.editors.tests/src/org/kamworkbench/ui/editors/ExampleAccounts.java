package org.kamworkbench.ui.editors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.kamworkbench.examples.ExamplePortfolio;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.Contact;

/** Opens the accounts of the example portfolio (which the workbench puts into a new workspace) in their editor. */
final class ExampleAccounts {

	private ExampleAccounts() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static IFile file() {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			IFile file = project.getFile(ExamplePortfolio.FILE_NAME);
			if (file.exists()) {
				return file;
			}
		}
		throw new AssertionError("the example portfolio is not in the workspace");
	}

	/** Opens the portfolio as a person does, then the account's editor from it. */
	static AccountEditor open(String accountName) throws PartInitException {
		IFile file = file();
		PortfolioEditor portfolio = (PortfolioEditor) IDE.openEditor(page(), file);
		Account account = portfolio.portfolio().getAccounts().stream()
				.filter(candidate -> accountName.equals(candidate.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no account " + accountName + " in the example"));
		AccountEditor.open(page(), file, account);
		return (AccountEditor) page().getActiveEditor();
	}

	/** Closes every editor without saving: the example on disk stays as it was. */
	static void closeWithoutSaving() {
		page().closeAllEditors(false);
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
