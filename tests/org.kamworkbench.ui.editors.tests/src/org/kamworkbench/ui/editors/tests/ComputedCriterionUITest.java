package org.kamworkbench.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kamworkbench.core.results.RevenuePotential;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.tests.support.FailureEvidence;
import org.kamworkbench.tests.support.WorkbenchRobot;
import org.kamworkbench.ui.editors.PortfolioEditor;

/** A criterion made computed (as the Properties view does) shows its values read-only and counts them. */
@ExtendWith(FailureEvidence.class)
class ComputedCriterionUITest {

	private static final String REVENUE = "Revenue potential (3 years)";
	private static final String BROUWER = "Brouwer Foods Group";

	@AfterEach
	void closeEditors() {
		ExampleWorkspace.closeAllWithoutSaving();
	}

	private static Table scoreGrid(PortfolioEditor editor) {
		editor.setActivePage("selection");
		WorkbenchRobot.flushEvents();
		List<Table> tables = WorkbenchRobot.find((Composite) editor.getActivePageInstance().getPartControl(), Table.class,
				t -> Arrays.stream(t.getColumns()).anyMatch(c -> c.getText().equals("Attractiveness")));
		return tables.get(0);
	}

	private static String cell(Table grid, String account, String column) {
		return WorkbenchRobot.row(grid, account).getText(WorkbenchRobot.column(grid, column));
	}

	@Test
	void aComputedCriterionIsShownAsComputedWithItsValueAndCountsInTheScores() throws Exception {
		PortfolioEditor editor = ExampleWorkspace.open(ExampleWorkspace.freshCopy("computed.kam"));
		Table grid = scoreGrid(editor);
		String handScored = cell(grid, BROUWER, "Attractiveness");
		Criterion revenue = editor.portfolio().getActiveCriteriaSet().getCriteria().stream()
				.filter(c -> c.getName().equals(REVENUE)).findFirst().orElseThrow();

		assertTrue(editor.execute(SetCommand.create(editor.getEditingDomain(), revenue,
				KamPackage.Literals.CRITERION__COMPUTATION_ID, RevenuePotential.ID)));

		grid = scoreGrid(editor);
		String column = REVENUE + " (computed)";
		assertTrue(cell(grid, BROUWER, column).endsWith(" (computed)"), cell(grid, BROUWER, column));
		assertNotEquals(handScored, cell(grid, BROUWER, "Attractiveness"), "the computed value is counted");

		WorkbenchRobot.executeCommand("org.eclipse.ui.edit.undo");
		grid = scoreGrid(editor);
		assertEquals(handScored, cell(grid, BROUWER, "Attractiveness"));
		assertTrue(Arrays.stream(grid.getColumns()).anyMatch(c -> c.getText().equals(REVENUE)), "scored by hand again");
	}
}
