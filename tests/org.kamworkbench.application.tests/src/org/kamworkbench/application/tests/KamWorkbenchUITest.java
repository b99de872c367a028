package org.kamworkbench.application.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kamworkbench.application.ExampleProject;
import org.kamworkbench.application.KeyAccountsPerspective;
import org.kamworkbench.examples.ExamplePortfolio;
import org.kamworkbench.tests.support.FailureEvidence;
import org.kamworkbench.tests.support.WorkbenchRobot;

@ExtendWith(FailureEvidence.class)
class KamWorkbenchUITest {

	@Test
	void theWindowOpensInTheKeyAccountsPerspective() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "no workbench window is open");
		assertTrue(window.getShell().getText().endsWith("KAM Workbench"), window.getShell().getText());
		IWorkbenchPage page = window.getActivePage();
		assertEquals(KeyAccountsPerspective.ID, page.getPerspective().getId());
		assertEquals("Key Accounts", page.getPerspective().getLabel());
	}

	@Test
	void theProjectExplorerShowsTheWorkspace() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IViewPart view = page.findView(IPageLayout.ID_PROJECT_EXPLORER);
		assertNotNull(view, "the Project Explorer is not in the perspective");
		assertTrue(page.isPartVisible(view), "the Project Explorer is not visible");
		CommonNavigator explorer = (CommonNavigator) view;
		assertEquals(ResourcesPlugin.getWorkspace().getRoot(), explorer.getCommonViewer().getInput());
	}

	@Test
	void aNewUserFindsTheExamplePortfolioInTheProjectExplorer() {
		IFile example = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProject.PROJECT_NAME)
				.getFile(ExamplePortfolio.FILE_NAME);
		assertTrue(example.exists(), "the example portfolio was not put into the new workspace");

		CommonNavigator explorer = (CommonNavigator) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
				.getActivePage().findView(IPageLayout.ID_PROJECT_EXPLORER);
		Tree tree = explorer.getCommonViewer().getTree();
		WorkbenchRobot.waitUntil("the Project Explorer lists the example project", () -> Arrays
				.stream(tree.getItems()).anyMatch(item -> item.getText().equals(ExampleProject.PROJECT_NAME)));
	}

	@Test
	void theAboutDialogNamesTheProductAndItsVersion() throws Exception {
		AtomicReference<String> title = new AtomicReference<>();
		AtomicReference<String> text = new AtomicReference<>();
		WorkbenchRobot.whenShellOpens(shell -> shell.getText().contains("About"), shell -> {
			title.set(shell.getText());
			text.set(WorkbenchRobot.visibleText(shell));
		});
		WorkbenchRobot.executeCommand("org.eclipse.ui.help.aboutAction");
		assertEquals("About KAM Workbench", title.get());
		assertTrue(text.get().contains("KAM Workbench"), text.get());
		assertTrue(text.get().matches("(?s).*Version: \\d+\\.\\d+\\.\\d+.*"), text.get());
	}

	@Test
	void theHelpMenuOffersInstallNewSoftwareForExtensions() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		MenuItem help = Arrays.stream(shell.getMenuBar().getItems())
				.filter(item -> item.getText().replace("&", "").equals("Help")).findFirst().orElseThrow();
		Menu menu = help.getMenu();
		menu.notifyListeners(SWT.Show, new Event()); // as opening the menu does: fills in the contributed items
		try {
			assertTrue(Arrays.stream(menu.getItems()).anyMatch(
					item -> item.getText().replace("&", "").startsWith("Install New Software")),
					Arrays.toString(menu.getItems()));
		} finally {
			menu.notifyListeners(SWT.Hide, new Event());
		}
	}
}
