package org.kamworkbench.ui.editors.tests;

import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.kamworkbench.examples.ExamplePortfolio;
import org.kamworkbench.kam.Account;
import org.kamworkbench.ui.editors.AccountEditor;
import org.kamworkbench.ui.editors.PortfolioEditor;

/**
 * A fresh copy of the example portfolio in a test project, and the editors a user opens on it; shared by the
 * UI tests of both packages of this fragment.
 */
public final class ExampleWorkspace {

	private ExampleWorkspace() {
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** A new copy of the example, in project 'UI Tests', under the given file name. */
	public static IFile freshCopy(String fileName) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("UI Tests");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile(fileName);
		try (InputStream example = ExamplePortfolio.open()) {
			if (file.exists()) {
				file.setContents(example, true, false, null);
			} else {
				file.create(example, true, null);
			}
		}
		return file;
	}

	public static PortfolioEditor open(IFile file) throws PartInitException {
		return (PortfolioEditor) IDE.openEditor(page(), file, PortfolioEditor.ID);
	}

	public static Account account(PortfolioEditor editor, String name) {
		return editor.portfolio().getAccounts().stream().filter(a -> a.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no account " + name + " in the example"));
	}

	/** Opens the account's editor from the portfolio's, as a person does. */
	public static AccountEditor openAccount(PortfolioEditor portfolio, Account account) {
		portfolio.openAccount(account);
		return (AccountEditor) page().getActiveEditor();
	}

	public static void closeAllWithoutSaving() {
		page().closeAllEditors(false);
	}

	public static void delete(IFile file) throws CoreException {
		if (file.exists()) {
			file.delete(true, null);
		}
	}
}
