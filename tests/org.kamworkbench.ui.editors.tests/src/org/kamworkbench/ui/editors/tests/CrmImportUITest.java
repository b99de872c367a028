package org.kamworkbench.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.BuyingRole;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.tests.support.FailureEvidence;
import org.kamworkbench.tests.support.WorkbenchRobot;
import org.kamworkbench.ui.editors.PortfolioEditor;
import org.kamworkbench.ui.editors.importing.CrmImportWizard;

/**
 * The CRM import wizard on the example portfolio, as a person runs it from the portfolio editor: the file, a column
 * mapped by hand, the problems previewed, the accounts imported, and Undo taking the whole import back.
 */
@ExtendWith(FailureEvidence.class)
class CrmImportUITest {

	private static final String CRM_EXPORT = """
			Record,Account,Name,Contact Role,Influence,Key Account Manager
			account,Hansa Frozen Logistics GmbH,,,,Sanne Dekker
			account,Polar Pharma Distribution B.V.,,,,Joost Bakker
			contact,Hansa Frozen Logistics GmbH,Jörg Lindqvist,decision maker,5,
			contact,Polar Pharma Distribution B.V.,Eva Smits,influencer,9,
			""";

	@TempDir
	Path folder;

	@AfterEach
	void closeEditors() {
		ExampleWorkspace.closeAllWithoutSaving();
	}

	@Test
	void theWizardImportsTheValidRecordsAsOneStepThatUndoTakesBack() throws Exception {
		IFile file = ExampleWorkspace.freshCopy("crm-import.kam");
		PortfolioEditor editor = ExampleWorkspace.open(file);
		Portfolio portfolio = editor.portfolio();
		int accountsBefore = portfolio.getAccounts().size();
		Path csv = folder.resolve("crm-export.csv");
		Files.writeString(csv, CRM_EXPORT);
		List<String> problemRows = new ArrayList<>();
		List<String> summaries = new ArrayList<>();

		WorkbenchRobot.whenShellOpens(shell -> shell.getText().equals("Import CRM Records"), shell -> {
			Text path = WorkbenchRobot.find(shell, Text.class, text -> text.isVisible()
					&& (text.getStyle() & SWT.READ_ONLY) == 0).get(0);
			path.setText(csv.toString());
			WorkbenchRobot.press(shell, "Next >");
			Combo role = WorkbenchRobot.find(shell, Combo.class, combo -> "Contact Role".equals(combo.getData())).get(0);
			assertEquals("(ignore)", role.getText(), "a column the importer does not know is ignored until mapped");
			role.select(role.indexOf("buying role"));
			role.notifyListeners(SWT.Selection, new Event());
			WorkbenchRobot.press(shell, "Next >");
			Table problems = WorkbenchRobot.find(shell, Table.class, Table::isVisible).get(0);
			for (TableItem item : problems.getItems()) {
				problemRows.add(item.getText(0) + " " + item.getText(1) + ": " + item.getText(2));
			}
			summaries.add(WorkbenchRobot.visibleText(shell));
			WorkbenchRobot.press(shell, "Finish");
		});
		WorkbenchRobot.executeCommand(CrmImportWizard.ID);
		WorkbenchRobot.flushEvents();

		assertEquals(List.of("5 Influence: 9 is out of range: from 0 to 5"), problemRows);
		assertTrue(summaries.get(0).contains("3 record(s) will be imported; 1 problem(s)"), summaries.get(0));
		assertEquals(accountsBefore + 2, portfolio.getAccounts().size());
		Account hansa = ExampleWorkspace.account(editor, "Hansa Frozen Logistics GmbH");
		assertEquals(BuyingRole.DECISION_MAKER, hansa.getContacts().get(0).getBuyingRole());
		assertTrue(editor.isDirty());

		WorkbenchRobot.executeCommand("org.eclipse.ui.edit.undo");

		assertEquals(accountsBefore, portfolio.getAccounts().size(), "one Undo removes everything imported");
		assertTrue(portfolio.getAccounts().stream().noneMatch(a -> a.getName().equals("Hansa Frozen Logistics GmbH")));
		assertTrue(!editor.isDirty());
	}
}
