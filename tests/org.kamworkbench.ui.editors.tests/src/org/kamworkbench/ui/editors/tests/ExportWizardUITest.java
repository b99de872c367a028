package org.kamworkbench.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kamworkbench.tests.support.FailureEvidence;
import org.kamworkbench.tests.support.WorkbenchRobot;
import org.kamworkbench.ui.editors.AccountEditor;
import org.kamworkbench.ui.editors.PortfolioEditor;
import org.kamworkbench.ui.editors.exporting.ExportWizard;

/** File &gt; Export &gt; KAM Workbench &gt; Account plan, and Export... in the account editor, driven as a person would. */
@ExtendWith(FailureEvidence.class)
class ExportWizardUITest {

	private IFile example;
	private Path folder;

	@BeforeEach
	void freshExample() throws Exception {
		example = ExampleWorkspace.freshCopy("export-wizard.kam");
		folder = example.getLocation().toFile().toPath().getParent();
	}

	@AfterEach
	void cleanUp() throws Exception {
		ExampleWorkspace.closeAllWithoutSaving();
		ExampleWorkspace.delete(example);
		Files.deleteIfExists(folder.resolve("export-wizard-brouwer-foods-group.pdf"));
		Files.deleteIfExists(folder.resolve("export-wizard-brouwer-foods-group.pptx"));
	}

	@Test
	void writesTheChosenAccountsPlanAndAsksBeforeReplacingAFile() throws Exception {
		Path pdf = folder.resolve("export-wizard-brouwer-foods-group.pdf");
		WizardDialog dialog = open();
		Shell shell = dialog.getShell();
		Combo formats = combo(shell, "Account plan as PDF (*.pdf)");
		assertTrue(Arrays.asList(formats.getItems()).contains("Account plan as PowerPoint (*.pptx)"),
				"the installed exporters are offered");
		choose(combo(shell, "Brouwer Foods Group"), "Brouwer Foods Group");
		assertEquals(pdf.toString(), destination(shell).getText(), "the file is named after portfolio and account");
		WorkbenchRobot.press(shell, "Finish");
		WorkbenchRobot.waitUntil("the wizard closes", shell::isDisposed);
		byte[] written = Files.readAllBytes(pdf);
		assertEquals("%PDF-", new String(written, 0, 5, StandardCharsets.ISO_8859_1));

		dialog = open();
		Shell again = dialog.getShell();
		choose(combo(again, "Brouwer Foods Group"), "Brouwer Foods Group");
		String[] asked = new String[1];
		WorkbenchRobot.whenShellOpens(s -> "Replace the file?".equals(s.getText()), question -> {
			asked[0] = WorkbenchRobot.visibleText(question);
			WorkbenchRobot.press(question, "No");
		});
		WorkbenchRobot.press(again, "Finish");
		WorkbenchRobot.waitUntil("the question is answered", () -> asked[0] != null);
		assertTrue(asked[0].contains(pdf + " exists. Replace it with the export?"), asked[0]);
		assertFalse(again.isDisposed(), "the wizard stays open to choose another file");
		assertArrayEquals(written, Files.readAllBytes(pdf), "the file is left as it was");

		choose(combo(again, "Account plan as PDF (*.pdf)"), "Account plan as PowerPoint (*.pptx)");
		assertEquals(folder.resolve("export-wizard-brouwer-foods-group.pptx").toString(), destination(again).getText());
		WorkbenchRobot.press(again, "Finish");
		WorkbenchRobot.waitUntil("the wizard closes", again::isDisposed);
		byte[] pptx = Files.readAllBytes(folder.resolve("export-wizard-brouwer-foods-group.pptx"));
		assertArrayEquals(new byte[] { 'P', 'K' }, Arrays.copyOf(pptx, 2));
	}

	@Test
	void withoutAnAccountTheWizardCannotFinish() throws Exception {
		WizardDialog dialog = open();
		try {
			assertTrue(WorkbenchRobot.visibleText(dialog.getShell()).contains("Choose the account whose plan to export."));
			assertFalse(dialog.getCurrentPage().isPageComplete());
		} finally {
			dialog.close();
		}
	}

	@Test
	void theAccountEditorExportsItsAccount() throws Exception {
		PortfolioEditor portfolio = ExampleWorkspace.open(example);
		AccountEditor account = ExampleWorkspace.openAccount(portfolio,
				ExampleWorkspace.account(portfolio, "Nordfrisch AG"));
		ToolItem export = exportItem(account);
		String[] shown = new String[2];
		WorkbenchRobot.whenShellOpens(s -> "Export an Account Plan".equals(s.getText()), wizard -> {
			Combo accounts = combo(wizard, "Nordfrisch AG");
			shown[0] = accounts.getText();
			shown[1] = destination(wizard).getText();
			WorkbenchRobot.press(wizard, "Cancel");
		});
		export.notifyListeners(SWT.Selection, new Event());
		assertEquals("Nordfrisch AG", shown[0]);
		assertEquals(folder.resolve("export-wizard-nordfrisch-ag.pdf").toString(), shown[1]);
		assertFalse(Files.exists(folder.resolve("export-wizard-nordfrisch-ag.pdf")), "cancelled: nothing written");
	}

	private WizardDialog open() {
		ExportWizard wizard = new ExportWizard.AccountPlan();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(example));
		Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		WizardDialog dialog = new WizardDialog(parent, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		WorkbenchRobot.flushEvents();
		return dialog;
	}

	private static Combo combo(Shell shell, String item) {
		List<Combo> combos = WorkbenchRobot.find(shell, Combo.class, c -> Arrays.asList(c.getItems()).contains(item));
		assertEquals(1, combos.size(), "one drop-down offers " + item);
		return combos.get(0);
	}

	private static void choose(Combo combo, String item) {
		combo.select(Arrays.asList(combo.getItems()).indexOf(item));
		combo.notifyListeners(SWT.Selection, new Event());
	}

	private static Text destination(Shell shell) {
		return WorkbenchRobot.find(shell, Text.class, text -> text.getText().contains(".")).get(0);
	}

	private static ToolItem exportItem(AccountEditor editor) {
		for (ToolBar bar : WorkbenchRobot.find((org.eclipse.swt.widgets.Composite) editor.getActivePageInstance()
				.getPartControl(), ToolBar.class, bar -> true)) {
			for (ToolItem item : bar.getItems()) {
				if ("Export this account's plan as PDF or PowerPoint".equals(item.getToolTipText())) {
					return item;
				}
			}
		}
		throw new AssertionError("no Export... in the account editor's heading");
	}
}
