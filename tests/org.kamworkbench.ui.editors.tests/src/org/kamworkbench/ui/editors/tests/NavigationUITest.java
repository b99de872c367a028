package org.kamworkbench.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.CommonViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kamworkbench.core.validation.PortfolioValidation;
import org.kamworkbench.examples.ExamplePortfolio;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.KamFormat;
import org.kamworkbench.kam.resource.PortfolioFiles;
import org.kamworkbench.tests.support.FailureEvidence;
import org.kamworkbench.tests.support.WorkbenchRobot;
import org.kamworkbench.ui.editors.AccountEditor;
import org.kamworkbench.ui.editors.NewPortfolioPage;
import org.kamworkbench.ui.editors.NewPortfolioPage.Start;
import org.kamworkbench.ui.editors.NewPortfolioWizard;
import org.kamworkbench.ui.editors.PortfolioEditor;

/** Portfolio files and their accounts in the Project Explorer, and File > New > KAM Portfolio. */
@ExtendWith(FailureEvidence.class)
class NavigationUITest {

	/** The project the application puts the example in at the first start. */
	private static final String EXAMPLE_PROJECT = "Example Portfolio"; //$NON-NLS-1$

	private static final List<String> EXAMPLE_ACCOUNTS = List.of("Albion Retail plc  [Key account]",
			"Brouwer Foods Group  [Key account]", "Nordfrisch AG  [Key account]", "PharmaLogix B.V.  [Key account]",
			"Scandi Seafood AS  [Candidate]", "Vlaamse Zuivel NV  [Candidate]");

	private IWorkbenchPage page;
	private IProject project;
	private IFile example;

	@BeforeEach
	void startWithoutEditors() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(EXAMPLE_PROJECT);
		example = project.getFile(ExamplePortfolio.FILE_NAME);
		assertTrue(example.exists(), "the example portfolio is not in the workspace");
	}

	@AfterEach
	void closeEditors() {
		page.closeAllEditors(false);
	}

	@Test
	void theExampleFileShowsItsSixAccountsWithTheirStatus() {
		assertEquals(EXAMPLE_ACCOUNTS, sorted(accountTexts(expand(example))));
	}

	@Test
	void unsavedEditsInTheEditorShowAtOnceAndUndoTakesThemBack() throws Exception {
		PortfolioEditor editor = (PortfolioEditor) IDE.openEditor(page, example, PortfolioEditor.ID);
		TreeItem file = expand(example);
		Account brouwer = account(editor.portfolio(), "Brouwer Foods Group");

		editor.execute(SetCommand.create(editor.getEditingDomain(), brouwer, KamPackage.Literals.NAMED_ELEMENT__NAME,
				"Brouwer Foods Holding"));
		WorkbenchRobot.waitUntil("the Project Explorer shows the new name",
				() -> accountTexts(file).contains("Brouwer Foods Holding  [Key account]"));

		editor.getEditingDomain().getCommandStack().undo();
		WorkbenchRobot.waitUntil("the Project Explorer shows the old name again",
				() -> sorted(accountTexts(file)).equals(EXAMPLE_ACCOUNTS));
	}

	@Test
	void doubleClickOnAnAccountOpensItsEditor() {
		CommonNavigator explorer = explorer();
		TreeItem file = expand(example);
		TreeItem brouwer = Arrays.stream(file.getItems()).filter(item -> item.getText().startsWith("Brouwer"))
				.findFirst().orElseThrow();
		page.activate(explorer);
		explorer.getCommonViewer().getTree().setSelection(brouwer);
		explorer.getCommonViewer().getTree().notifyListeners(SWT.Selection, itemEvent(brouwer));
		explorer.getCommonViewer().getTree().notifyListeners(SWT.DefaultSelection, itemEvent(brouwer));

		WorkbenchRobot.waitUntil("the account editor of Brouwer Foods Group is active",
				() -> page.getActiveEditor() instanceof AccountEditor editor
						&& editor.getPartName().equals("Brouwer Foods Group"));
	}

	@Test
	void aFileThatCannotBeReadShowsNoAccounts() throws Exception {
		IFile broken = project.getFile("broken.kam");
		broken.create(new ByteArrayInputStream("<kam:Portfolio cut short".getBytes(StandardCharsets.UTF_8)), true, null);
		try {
			TreeItem item = expand(broken);
			assertEquals(0, item.getItemCount(), "an unreadable file shows children");
		} finally {
			broken.delete(true, null);
		}
	}

	@Test
	void theWizardMakesAnEmptyPortfolioThatIsValidAndOpensIt() throws Exception {
		IFile file = runWizard("empty.kam", wizardPage -> {
			wizardPage.choose(Start.EMPTY);
			wizardPage.setPortfolioName("Key accounts 2027");
			wizardPage.setOrganisationName("Koudetechniek Noord B.V.");
		});
		try {
			Portfolio portfolio = PortfolioFiles.load(file.getLocation().toPath());
			assertEquals("Key accounts 2027", portfolio.getName());
			assertEquals("Koudetechniek Noord B.V.", portfolio.getOrganisationName());
			assertEquals(KamFormat.CURRENT_VERSION, portfolio.getFormatVersion());
			assertTrue(portfolio.getSettings() != null, "no analysis settings");
			assertEquals(List.of("Exploratory", "Basic", "Cooperative", "Interdependent", "Integrated"),
					portfolio.getRelationshipStageScale().getLevels().stream().map(level -> level.getName()).toList());
			assertEquals(5, portfolio.getBuySellScale().getLevels().size());
			assertEquals(1, portfolio.getActiveCriteriaSet().getVersion());
			assertEquals(List.of(), portfolio.getAccounts());
			Diagnostic diagnostic = PortfolioValidation.validate(portfolio);
			assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, diagnostic.getChildren().toString());
			assertOpenInPortfolioEditor(file);
		} finally {
			page.closeAllEditors(false);
			file.delete(true, null);
		}
	}

	@Test
	void theWizardCopiesTheExampleWithItsSixAccounts() throws Exception {
		IFile file = runWizard("copy.kam", wizardPage -> wizardPage.choose(Start.EXAMPLE));
		try {
			assertEquals(6, PortfolioFiles.load(file.getLocation().toPath()).getAccounts().size());
			assertOpenInPortfolioEditor(file);
			assertEquals(EXAMPLE_ACCOUNTS, sorted(accountTexts(expand(file))));
		} finally {
			page.closeAllEditors(false);
			file.delete(true, null);
		}
	}

	@Test
	void theWizardOffersTheFolderOfThePortfolioBeingEdited() throws Exception {
		IDE.openEditor(page, example, PortfolioEditor.ID);
		WizardDialog dialog = openWizard(StructuredSelection.EMPTY);
		try {
			assertEquals(project.getFullPath(), wizardPage(dialog).getContainerFullPath());
		} finally {
			dialog.close();
		}
	}

	/** Opens the wizard as File > New does, with what is selected. */
	private WizardDialog openWizard(IStructuredSelection selection) {
		NewPortfolioWizard wizard = new NewPortfolioWizard();
		wizard.init(PlatformUI.getWorkbench(), selection);
		WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	private static NewPortfolioPage wizardPage(WizardDialog dialog) {
		return (NewPortfolioPage) dialog.getCurrentPage();
	}

	/** Opens the wizard on the example project, fills in the page and presses Finish. */
	private IFile runWizard(String fileName, Consumer<NewPortfolioPage> fillIn) {
		WizardDialog dialog = openWizard(new StructuredSelection(project));
		wizardPage(dialog).setFileName(fileName);
		fillIn.accept(wizardPage(dialog));
		Button finish = WorkbenchRobot.find(dialog.getShell(), Button.class,
				button -> Integer.valueOf(IDialogConstants.FINISH_ID).equals(button.getData())).get(0);
		assertTrue(finish.isEnabled(), "Finish is not enabled: " + wizardPage(dialog).getErrorMessage());
		finish.notifyListeners(SWT.Selection, new Event());
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "the wizard stayed open");
		IFile file = project.getFile(fileName);
		assertTrue(file.exists(), fileName + " was not created");
		return file;
	}

	private void assertOpenInPortfolioEditor(IFile file) {
		IEditorPart editor = page.getActiveEditor();
		assertInstanceOf(PortfolioEditor.class, editor);
		assertEquals(file, ((IFileEditorInput) editor.getEditorInput()).getFile());
	}

	private static CommonNavigator explorer() {
		return (CommonNavigator) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.findView(IPageLayout.ID_PROJECT_EXPLORER);
	}

	/** Expands the file's item in the Project Explorer, as a click on its arrow does. */
	private static TreeItem expand(IFile file) {
		CommonViewer viewer = explorer().getCommonViewer();
		WorkbenchRobot.waitUntil("the Project Explorer shows " + file.getName(), () -> {
			viewer.expandToLevel(file.getProject(), 1);
			return viewer.testFindItem(file) != null;
		});
		viewer.expandToLevel(file, 1);
		WorkbenchRobot.flushEvents();
		return (TreeItem) viewer.testFindItem(file);
	}

	private static List<String> accountTexts(TreeItem file) {
		return Arrays.stream(file.getItems()).map(TreeItem::getText).toList();
	}

	private static List<String> sorted(List<String> texts) {
		return texts.stream().sorted().toList();
	}

	private static Account account(Portfolio portfolio, String name) {
		Optional<Account> found = portfolio.getAccounts().stream().filter(a -> name.equals(a.getName())).findFirst();
		return found.orElseThrow();
	}

	private static Event itemEvent(TreeItem item) {
		Event event = new Event();
		event.item = item;
		return event;
	}
}
