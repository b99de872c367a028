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
import org.kamworkbench.ui.editors.PortfolioEditor;

/** A fresh copy of the example portfolio in a test project, and the editors a user opens on it. */
final class ExampleWorkspace {

	private ExampleWorkspace() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** A new copy of the example, in project 'UI Tests', under the given file name. */
	static IFile freshCopy(String fileName) throws Exception {
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

	static PortfolioEditor open(IFile file) throws PartInitException {
		return (PortfolioEditor) IDE.openEditor(page(), file, PortfolioEditor.ID);
	}

	static Account account(PortfolioEditor editor, String name) {
		return editor.portfolio().getAccounts().stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
	}

	static void closeAllWithoutSaving() {
		page().closeAllEditors(false);
	}

	static void delete(IFile file) throws CoreException {
		if (file.exists()) {
			file.delete(true, null);
		}
	}
}
