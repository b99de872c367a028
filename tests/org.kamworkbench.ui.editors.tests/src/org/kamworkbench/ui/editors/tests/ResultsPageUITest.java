package org.kamworkbench.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kamworkbench.core.Texts;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.IndirectRevenue;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.Reseller;
import org.kamworkbench.tests.support.FailureEvidence;
import org.kamworkbench.tests.support.WorkbenchRobot;
import org.kamworkbench.ui.editors.AccountEditor;
import org.kamworkbench.ui.editors.PortfolioEditor;
import org.kamworkbench.ui.editors.ResultsPage;

/**
 * The Results page of an account with revenue through resellers: a new period's results typed in as a
 * person would, the charts and the computed columns following each entry, and undo taking it all back.
 */
@ExtendWith(FailureEvidence.class)
class ResultsPageUITest {

	/** Albion's total attributed revenue: 2024 is 400,000 + 70% of 1,600,000 + 50% of 500,000, and so on. */
	private static final double[] ALBION_ACTUALS = { 1_770_000, 1_940_000 };

	@AfterEach
	void closeEditors() {
		ExampleWorkspace.closeAllWithoutSaving();
	}

	@Test
	void aNewPeriodTypedIntoTheTablesMovesTheChartsAndTheComputedColumnsAndUndoTakesItBack() throws Exception {
		PortfolioEditor portfolio = ExampleWorkspace.open(ExampleWorkspace.freshCopy("results.kam"));
		Account albion = ExampleWorkspace.account(portfolio, "Albion Retail plc");
		AccountEditor editor = ExampleWorkspace.openAccount(portfolio, albion);
		editor.setActivePage("results");
		WorkbenchRobot.flushEvents();
		ResultsPage page = editor.resultsPage();
		Shell shell = editor.getSite().getShell();
		assertArrayEquals(ALBION_ACTUALS, page.actualRevenue(), 0.01);

		Table periods = table(page, "Direct revenue");
		WorkbenchRobot.press(shell, "Add Period");
		WorkbenchRobot.flushEvents();
		assertEquals(3, albion.getResults().size());
		PeriodResult year = albion.getResults().get(2);
		TableItem row = WorkbenchRobot.row(periods, "2026");
		WorkbenchRobot.typeIntoCell(periods, year, WorkbenchRobot.column(periods, "Direct revenue"), "500000");
		WorkbenchRobot.typeIntoCell(periods, year, WorkbenchRobot.column(periods, "Revenue target"), "2800000");
		WorkbenchRobot.typeIntoCell(periods, year, WorkbenchRobot.column(periods, "Profit contribution"), "a lot");
		assertTrue(page.getManagedForm().getForm().getMessage().contains("'a lot' is not an amount"),
				page.getManagedForm().getForm().getMessage());
		assertEquals(0, year.getProfitContribution());
		WorkbenchRobot.typeIntoCell(periods, year, WorkbenchRobot.column(periods, "Profit contribution"), "200000");
		assertEquals(null, page.getManagedForm().getForm().getMessage(), "the refusal stays after a good entry");

		assertArrayEquals(new double[] { 1_770_000, 1_940_000, 500_000 }, page.actualRevenue(), 0.01);
		assertEquals(Texts.decimal(500_000), text(periods, row, "Total revenue"));
		assertEquals(Texts.percent(500_000 / 2_800_000.0), text(periods, row, "% achieved"));

		// revenue through a reseller of which 70% is attributed to Albion
		Table resellers = table(page, "Reseller");
		WorkbenchRobot.press(shell, "Add Reseller");
		WorkbenchRobot.flushEvents();
		IndirectRevenue reseller = year.getIndirectRevenues().get(0);
		// a name the portfolio does not know makes a new reseller; corrected to a known one, that one is
		// chosen and the mistyped one goes again
		Portfolio model = portfolio.portfolio();
		Reseller coolServ = albion.getResults().get(0).getIndirectRevenues().get(0).getReseller();
		WorkbenchRobot.typeIntoCell(resellers, reseller, WorkbenchRobot.column(resellers, "Reseller"), "CoolServ UK");
		assertEquals(3, model.getResellers().size());
		WorkbenchRobot.typeIntoCell(resellers, reseller, WorkbenchRobot.column(resellers, "Reseller"), "CoolServ UK Ltd");
		assertSame(coolServ, reseller.getReseller());
		assertEquals(2, model.getResellers().size());
		WorkbenchRobot.typeIntoCell(resellers, reseller, WorkbenchRobot.column(resellers, "Revenue"), "1800000");
		WorkbenchRobot.typeIntoCell(resellers, reseller, WorkbenchRobot.column(resellers, "Attribution share %"), "70");
		assertEquals(Texts.decimal(1_260_000), text(resellers, WorkbenchRobot.row(resellers, "CoolServ UK Ltd"),
				"Attributed amount"));
		assertArrayEquals(new double[] { 1_770_000, 1_940_000, 1_760_000 }, page.actualRevenue(), 0.01);
		assertEquals(Texts.decimal(1_260_000), text(periods, row, "Indirect (attributed)"));
		assertEquals(Texts.decimal(1_760_000), text(periods, row, "Total revenue"));
		assertEquals(Texts.percent(1_760_000 / 2_800_000.0), text(periods, row, "% achieved"));

		// the credit split: UK owns the account and gets it all, until the Netherlands gets a share
		Table credits = table(page, "Our unit");
		WorkbenchRobot.press(shell, "Add Unit");
		WorkbenchRobot.press(shell, "Add Unit");
		WorkbenchRobot.flushEvents();
		assertEquals("Delta Refrigeration UK Ltd", credits.getItem(0).getText(0));
		Object netherlands = year.getCredits().get(1);
		WorkbenchRobot.typeIntoCell(credits, netherlands, WorkbenchRobot.column(credits, "Share %"), "30");
		assertTrue(shown(page).contains("Credit shares for 2026 sum to 130%"), shown(page));
		WorkbenchRobot.typeIntoCell(credits, year.getCredits().get(0), WorkbenchRobot.column(credits, "Share %"), "70");
		assertFalse(shown(page).contains("Credit shares for 2026"), shown(page));
		assertEquals(Texts.decimal(1_760_000 * 0.3), text(credits, credits.getItem(1), "Credit"));

		for (int undo = 0; editor.isDirty() && undo < 20; undo++) {
			WorkbenchRobot.executeCommand("org.eclipse.ui.edit.undo");
		}
		WorkbenchRobot.flushEvents();
		assertFalse(editor.isDirty());
		assertEquals(2, albion.getResults().size());
		assertEquals(2, periods.getItemCount());
		assertArrayEquals(ALBION_ACTUALS, page.actualRevenue(), 0.01);

		// with every period removed the charts are empty; undo brings the periods back
		for (PeriodResult period : List.copyOf(albion.getResults())) {
			WorkbenchRobot.viewerOf(periods).setSelection(new StructuredSelection(period));
			WorkbenchRobot.press(shell, "Remove Period");
		}
		WorkbenchRobot.flushEvents();
		assertEquals(0, periods.getItemCount());
		assertEquals(0, page.actualRevenue().length);
		WorkbenchRobot.executeCommand("org.eclipse.ui.edit.undo");
		WorkbenchRobot.executeCommand("org.eclipse.ui.edit.undo");
		WorkbenchRobot.flushEvents();
		assertArrayEquals(ALBION_ACTUALS, page.actualRevenue(), 0.01);
		assertFalse(editor.isDirty());
	}

	private static Table table(ResultsPage page, String column) {
		return WorkbenchRobot.find((Composite) page.getPartControl(), Table.class,
				table -> Arrays.stream(table.getColumns()).anyMatch(c -> c.getText().equals(column))).get(0);
	}

	private static String text(Table table, TableItem row, String column) {
		return row.getText(WorkbenchRobot.column(table, column));
	}

	private static String shown(ResultsPage page) {
		return WorkbenchRobot.visibleText((Composite) page.getPartControl());
	}
}
