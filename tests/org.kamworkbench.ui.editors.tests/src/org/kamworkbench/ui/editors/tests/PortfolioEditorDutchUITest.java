package org.kamworkbench.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kamworkbench.tests.support.FailureEvidence;
import org.kamworkbench.tests.support.WorkbenchRobot;
import org.kamworkbench.ui.editors.PortfolioEditor;

/** Runs in a workbench started with -nl nl (the ui-test-nl execution): the editor speaks Dutch. */
@ExtendWith(FailureEvidence.class)
class PortfolioEditorDutchUITest {

	@AfterEach
	void closeEditors() {
		ExampleWorkspace.closeAllWithoutSaving();
	}

	@Test
	void thePortfolioEditorIsInDutch() throws Exception {
		PortfolioEditor editor = ExampleWorkspace.open(ExampleWorkspace.freshCopy("nl.kam"));
		Composite container = (Composite) editor.getActivePageInstance().getPartControl().getParent();
		List<CTabFolder> folders = WorkbenchRobot.find(container.getParent(), CTabFolder.class, f -> true);
		List<String> tabs = Arrays.stream(folders.get(0).getItems()).map(CTabItem::getText).toList();
		assertEquals(List.of("Overzicht", "Selectie", "Portfoliomatrix", "Accounts"), tabs);

		editor.setActivePage("accounts");
		WorkbenchRobot.flushEvents();
		Table accounts = WorkbenchRobot.find((Composite) editor.getActivePageInstance().getPartControl(), Table.class, t -> true)
				.get(0);
		assertEquals("Kandidaat", WorkbenchRobot.row(accounts, "Vlaamse Zuivel NV")
				.getText(WorkbenchRobot.column(accounts, "Status")));
		assertTrue(WorkbenchRobot.column(accounts, "Kwadrant") > 0);
	}
}
