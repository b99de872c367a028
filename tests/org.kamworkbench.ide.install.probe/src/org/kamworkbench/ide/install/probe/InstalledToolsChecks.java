package org.kamworkbench.ide.install.probe;

import static org.kamworkbench.ide.install.probe.UserActions.require;
import static org.kamworkbench.ide.install.probe.UserActions.waitUntil;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.CommonViewer;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.kamworkbench.kam.Account;
import org.kamworkbench.ui.edit.ValidationMarkers;
import org.kamworkbench.ui.editors.AccountEditor;
import org.kamworkbench.ui.editors.NewPortfolioPage;
import org.kamworkbench.ui.editors.NewPortfolioPage.Start;
import org.kamworkbench.ui.editors.NewPortfolioWizard;
import org.kamworkbench.ui.editors.PortfolioEditor;

/**
 * The KAM tools in a plain Eclipse IDE, used as a user who just installed them would: a project with a
 * copy of the example made through File > New, opened from the Project Explorer, an account opened from
 * there, the account edited in the Properties view, and an invalid edit shown in the Problems view.
 * Runs on the UI thread; each step is one check of the report.
 */
final class InstalledToolsChecks {

	private static final String IDE_PRODUCT = "org.eclipse.platform.ide"; //$NON-NLS-1$
	private static final String IDE_APPLICATION = "org.eclipse.ui.ide.workbench"; //$NON-NLS-1$
	private static final String KAM_APPLICATION_BUNDLE = "org.kamworkbench.application"; //$NON-NLS-1$
	private static final String PROJECT = "Key Accounts"; //$NON-NLS-1$
	private static final String FILE = "delta-koeltechniek.kam"; //$NON-NLS-1$
	private static final String ALBION = "Albion Retail plc"; //$NON-NLS-1$
	private static final String ALBION_RENAMED = "Albion Retail Group plc"; //$NON-NLS-1$
	private static final String CRITERION = "Revenue potential (3 years)"; //$NON-NLS-1$

	private final Report report;
	private final IWorkbench workbench = PlatformUI.getWorkbench();
	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private IProject project;
	private IFile file;
	private CommonNavigator explorer;
	private PortfolioEditor portfolioEditor;

	InstalledToolsChecks(Path reportFile) {
		report = new Report(reportFile);
	}

	void runAll(boolean keepOpen) {
		report.check("the IDE is the Eclipse Platform product, without the KAM application", this::plainIde); //$NON-NLS-1$
		report.check("the window title is the IDE's", this::windowTitle); //$NON-NLS-1$
		report.check("*.kam files open in the portfolio editor", this::editorForKamFiles); //$NON-NLS-1$
		report.check("File > New offers KAM Portfolio", this::newWizardOffered); //$NON-NLS-1$
		report.check("File > New > KAM Portfolio copies the example into a project", this::exampleThroughWizard); //$NON-NLS-1$
		report.check("the Project Explorer lists the portfolio's accounts", this::accountsInExplorer); //$NON-NLS-1$
		report.check("a double-click on the file opens the portfolio editor", this::openPortfolioFromExplorer); //$NON-NLS-1$
		report.check("a double-click on an account opens the account editor", this::openAccountFromExplorer); //$NON-NLS-1$
		report.check("the Properties view shows and edits the selected account", this::propertiesOfAccount); //$NON-NLS-1$
		report.check("an invalid edit shows in the Problems view", this::problemOfInvalidEdit); //$NON-NLS-1$
		report.write();
		if (keepOpen) {
			// the whole screen: without a window manager (Xvfb) maximising does nothing
			window.getShell().setBounds(window.getShell().getDisplay().getBounds());
		} else {
			page.closeAllEditors(false);
			workbench.close();
		}
	}

	private void plainIde() {
		IProduct product = Platform.getProduct();
		require(product != null && IDE_PRODUCT.equals(product.getId()),
				"the product is " + (product == null ? "none" : product.getId())); //$NON-NLS-1$ //$NON-NLS-2$
		require(IDE_APPLICATION.equals(product.getApplication()), "the application is " + product.getApplication()); //$NON-NLS-1$
		require(Platform.getBundle(KAM_APPLICATION_BUNDLE) == null, KAM_APPLICATION_BUNDLE + " is installed"); //$NON-NLS-1$
	}

	private void windowTitle() {
		window = workbench.getActiveWorkbenchWindow();
		page = window.getActivePage();
		String title = window.getShell().getText();
		require(title.contains(Platform.getProduct().getName()) && !title.contains("KAM"), "the title is " + title); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void editorForKamFiles() {
		IEditorDescriptor editor = workbench.getEditorRegistry().getDefaultEditor(FILE);
		require(editor != null && PortfolioEditor.ID.equals(editor.getId()),
				"*.kam opens in " + (editor == null ? "no editor" : editor.getId())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void newWizardOffered() {
		require(workbench.getNewWizardRegistry().findWizard(NewPortfolioWizard.ID) != null, "no KAM Portfolio wizard"); //$NON-NLS-1$
		List<String> shortcuts = Arrays.asList(page.getNewWizardShortcuts());
		require(shortcuts.contains(NewPortfolioWizard.ID), "File > New of the perspective " //$NON-NLS-1$
				+ page.getPerspective().getLabel() + " lists only " + shortcuts); //$NON-NLS-1$
	}

	private void exampleThroughWizard() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		project.create(null);
		project.open(null);
		IWizardDescriptor descriptor = workbench.getNewWizardRegistry().findWizard(NewPortfolioWizard.ID);
		IWorkbenchWizard wizard = descriptor.createWizard();
		wizard.init(workbench, new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		NewPortfolioPage wizardPage = (NewPortfolioPage) dialog.getCurrentPage();
		wizardPage.setFileName(FILE);
		wizardPage.choose(Start.EXAMPLE);
		Button finish = UserActions.find(dialog.getShell(), Button.class,
				button -> Integer.valueOf(IDialogConstants.FINISH_ID).equals(button.getData())).get(0);
		require(finish.isEnabled(), "Finish is disabled: " + wizardPage.getErrorMessage()); //$NON-NLS-1$
		finish.notifyListeners(SWT.Selection, new Event());
		file = project.getFile(FILE);
		require(file.exists(), "the wizard made no " + file.getFullPath()); //$NON-NLS-1$
		// the wizard opened it; the next checks open it the way a user who comes back to it does
		page.closeAllEditors(false);
	}

	private void accountsInExplorer() throws Exception {
		explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		List<String> accounts = Arrays.stream(fileItem().getItems()).map(TreeItem::getText).toList();
		require(accounts.stream().anyMatch(text -> text.startsWith(ALBION)), "under the file: " + accounts); //$NON-NLS-1$
	}

	/** The file's item in the Project Explorer, expanded as a click on its arrow does. */
	private TreeItem fileItem() {
		CommonViewer viewer = explorer.getCommonViewer();
		waitUntil("the Project Explorer shows " + file.getFullPath(), () -> { //$NON-NLS-1$
			viewer.expandToLevel(project, 1);
			return viewer.testFindItem(file) != null;
		});
		viewer.expandToLevel(file, 1);
		UserActions.flushEvents();
		return (TreeItem) viewer.testFindItem(file);
	}

	private void openPortfolioFromExplorer() {
		page.activate(explorer);
		UserActions.doubleClick(explorer.getCommonViewer().getTree(), fileItem());
		waitUntil("the portfolio editor is active", () -> page.getActiveEditor() instanceof PortfolioEditor); //$NON-NLS-1$
		portfolioEditor = (PortfolioEditor) page.getActiveEditor();
		require(file.equals(portfolioEditor.getEditorInput().getAdapter(IFile.class)),
				"the editor shows " + portfolioEditor.getEditorInput().getName()); //$NON-NLS-1$
	}

	private void openAccountFromExplorer() {
		page.activate(explorer);
		TreeItem albion = Arrays.stream(fileItem().getItems()).filter(item -> item.getText().startsWith(ALBION))
				.findFirst().orElseThrow();
		UserActions.doubleClick(explorer.getCommonViewer().getTree(), albion);
		waitUntil("the account editor of " + ALBION + " is active", //$NON-NLS-1$
				() -> page.getActiveEditor() instanceof AccountEditor editor && editor.getPartName().equals(ALBION));
	}

	private void propertiesOfAccount() throws Exception {
		PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(portfolioEditor);
		portfolioEditor.setActivePage("accounts"); //$NON-NLS-1$
		UserActions.flushEvents();
		Table accounts = UserActions.find((Composite) portfolioEditor.getActivePageInstance().getPartControl(),
				Table.class, table -> true).get(0);
		TableItem row = UserActions.row(accounts, ALBION);
		Account albion = (Account) row.getData();
		UserActions.click(accounts, row);

		Tree sheet = UserActions.find(properties.getCurrentPage().getControl(), Tree.class, tree -> true).get(0);
		waitUntil("the Properties view shows the name " + ALBION, () -> nameIn(sheet) != null //$NON-NLS-1$
				&& nameIn(sheet).getText(1).equals(ALBION));
		IPropertySheetEntry name = (IPropertySheetEntry) nameIn(sheet).getData();
		CellEditor cell = name.getEditor(sheet);
		cell.setValue(ALBION_RENAMED);
		name.applyEditorValue();
		require(ALBION_RENAMED.equals(albion.getName()), "the account is still called " + albion.getName()); //$NON-NLS-1$
		require(portfolioEditor.isDirty(), "the edit did not make the portfolio editor dirty"); //$NON-NLS-1$

		page.activate(portfolioEditor);
		window.getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null); //$NON-NLS-1$
		require(ALBION.equals(albion.getName()), "Edit > Undo left the name " + albion.getName()); //$NON-NLS-1$
	}

	private static TreeItem nameIn(Tree sheet) {
		return Arrays.stream(sheet.getItems()).filter(item -> item.getText(0).equals("Name")).findFirst() //$NON-NLS-1$
				.orElse(null);
	}

	private void problemOfInvalidEdit() throws Exception {
		page.activate(portfolioEditor);
		portfolioEditor.setActivePage("selection"); //$NON-NLS-1$
		UserActions.flushEvents();
		Table criteria = UserActions.find((Composite) portfolioEditor.getActivePageInstance().getPartControl(),
				Table.class, table -> Arrays.stream(table.getColumns()).anyMatch(c -> c.getText().equals("Weight"))) //$NON-NLS-1$
				.get(0);
		UserActions.typeIntoCell(criteria, UserActions.row(criteria, CRITERION).getData(),
				UserActions.column(criteria, "Weight"), "20"); //$NON-NLS-1$ //$NON-NLS-2$

		waitUntil("a problem marker on the file about the weights", () -> weightProblem() != null); //$NON-NLS-1$
		IMarker marker = weightProblem();
		require(marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR, "the weight problem is no error"); //$NON-NLS-1$
		String message = marker.getAttribute(IMarker.MESSAGE, ""); //$NON-NLS-1$

		page.showView(IPageLayout.ID_PROBLEM_VIEW);
		page.activate(portfolioEditor);
		waitUntil("the Problems view lists: " + message, () -> problemsTree() != null //$NON-NLS-1$
				&& UserActions.texts(problemsTree()).contains(message));
	}

	/** The Problems view's tree: it groups what it lists under "Errors (n items)"; expanded as a click does. */
	private Tree problemsTree() {
		for (Tree tree : UserActions.find(window.getShell(), Tree.class, Tree::isVisible)) {
			for (TreeItem category : tree.getItems()) {
				if (category.getText().startsWith("Errors")) { //$NON-NLS-1$
					UserActions.expand(tree, category);
					return tree;
				}
			}
		}
		return null;
	}

	private IMarker weightProblem() {
		try {
			return Arrays.stream(file.findMarkers(ValidationMarkers.TYPE, true, IResource.DEPTH_ZERO))
					.filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("sum to")).findFirst().orElse(null); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (CoreException e) {
			return null;
		}
	}
}
