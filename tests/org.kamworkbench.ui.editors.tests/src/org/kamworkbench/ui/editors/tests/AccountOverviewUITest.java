package org.kamworkbench.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.forms.widgets.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kamworkbench.kam.Account;
import org.kamworkbench.tests.support.FailureEvidence;
import org.kamworkbench.tests.support.WorkbenchRobot;
import org.kamworkbench.ui.editors.AccountEditor;
import org.kamworkbench.ui.editors.PortfolioEditor;

/** The Overview page of an account shows what an installed analysis (contributed by this fragment) finds. */
@ExtendWith(FailureEvidence.class)
class AccountOverviewUITest {

	@AfterEach
	void closeEditors() {
		ExampleWorkspace.closeAllWithoutSaving();
	}

	@Test
	void anInstalledAnalysisHasASectionWithItsFiguresAndFindings() throws Exception {
		PortfolioEditor portfolio = ExampleWorkspace.open(ExampleWorkspace.freshCopy("overview.kam"));
		Account albion = ExampleWorkspace.account(portfolio, "Albion Retail plc");
		AccountEditor editor = ExampleWorkspace.openAccount(portfolio, albion);
		IFormPage overview = editor.setActivePage("accountOverview");
		WorkbenchRobot.flushEvents();

		List<Section> sections = WorkbenchRobot.find(overview.getManagedForm().getForm().getBody(), Section.class,
				section -> "Customer units counted".equals(section.getText()));
		assertEquals(1, sections.size(), "one section titled after the analysis");
		String shown = WorkbenchRobot.visibleText(sections.get(0));
		assertTrue(shown.contains("Albion Retail plc has 2 customer unit(s)."), shown);
		assertTrue(shown.contains("Customer units: 2"), shown);
	}
}
