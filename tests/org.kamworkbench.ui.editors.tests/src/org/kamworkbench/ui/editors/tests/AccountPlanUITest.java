package org.kamworkbench.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.forms.editor.IFormPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.Action;
import org.kamworkbench.tests.support.FailureEvidence;
import org.kamworkbench.tests.support.WorkbenchRobot;
import org.kamworkbench.ui.edit.ValidationMarkers;
import org.kamworkbench.ui.editors.AccountEditor;
import org.kamworkbench.ui.editors.PortfolioEditor;

/** The account plan page of Brouwer Foods Group, used as a key account manager would. */
@ExtendWith(FailureEvidence.class)
class AccountPlanUITest {

	private static final String BROUWER = "Brouwer Foods Group";
	private static final String NO_OWNER = "Action 'New action' has no owner; choose one of the account team.";

	private IFile file;
	private Account brouwer;

	@AfterEach
	void closeEditors() {
		ExampleWorkspace.closeAllWithoutSaving();
	}

	private AccountEditor openPlanPage(String fileName) throws Exception {
		file = ExampleWorkspace.freshCopy(fileName);
		PortfolioEditor portfolio = ExampleWorkspace.open(file);
		brouwer = ExampleWorkspace.account(portfolio, BROUWER);
		AccountEditor editor = ExampleWorkspace.openAccount(portfolio, brouwer);
		editor.setActivePage("accountPlan");
		WorkbenchRobot.flushEvents();
		return editor;
	}

	private static Composite pageOf(AccountEditor editor) {
		return (Composite) editor.getActivePageInstance().getPartControl();
	}

	private static void press(Composite page, String label) {
		List<Button> buttons = WorkbenchRobot.find(page, Button.class, button -> button.getText().equals(label));
		assertEquals(1, buttons.size(), "one button '" + label + "' on the page");
		buttons.get(0).notifyListeners(SWT.Selection, new Event());
		WorkbenchRobot.flushEvents();
	}

	private static Table actionsTable(Composite page) {
		List<Table> tables = WorkbenchRobot.find(page, Table.class,
				table -> Arrays.stream(table.getColumns()).anyMatch(column -> column.getText().equals("Cost")));
		assertEquals(1, tables.size(), "the actions table is on the page");
		return tables.get(0);
	}

	private List<IMarker> markersAboutTheNewAction() {
		try {
			return Stream.of(file.findMarkers(ValidationMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.filter(marker -> marker.getAttribute(IMarker.MESSAGE, "").contains("action 'New action' has no owner"))
					.toList();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private AccountPlan plan() {
		return brouwer.getPlans().get(0);
	}

	@Test
	void anActionAddedWithoutOwnerShowsInThePlanHealthAndTheProblemsUntilItIsUndone() throws Exception {
		AccountEditor editor = openPlanPage("plan-owner.kam");
		Composite page = pageOf(editor);
		assertTrue(WorkbenchRobot.visibleText(page).contains("% complete"), WorkbenchRobot.visibleText(page));
		assertFalse(WorkbenchRobot.visibleText(page).contains(NO_OWNER));

		press(page, "Add action");

		assertEquals("New action", plan().getActions().get(plan().getActions().size() - 1).getName());
		assertTrue(WorkbenchRobot.visibleText(page).contains(NO_OWNER), WorkbenchRobot.visibleText(page));
		WorkbenchRobot.waitUntil("the Problems view has a marker for the action without owner",
				() -> markersAboutTheNewAction().size() == 1);

		WorkbenchRobot.executeCommand("org.eclipse.ui.edit.undo");
		WorkbenchRobot.flushEvents();

		assertTrue(plan().getActions().stream().noneMatch(action -> action.getName().equals("New action")));
		assertFalse(WorkbenchRobot.visibleText(page).contains(NO_OWNER), WorkbenchRobot.visibleText(page));
		WorkbenchRobot.waitUntil("the marker for the action without owner is gone", () -> markersAboutTheNewAction().isEmpty());
	}

	@Test
	void aNewPlanFollowsTheLatestAndIsChosenFromTheLatestFirstUntilItIsUndone() throws Exception {
		AccountEditor editor = openPlanPage("plan-new.kam");
		Composite page = pageOf(editor);
		assertTrue(WorkbenchRobot.find(page, Combo.class, Combo::isVisible).isEmpty(), "no choice with one plan");

		List<ToolItem> newPlan = Stream.of(WorkbenchRobot.find(page, ToolBar.class, ToolBar::isVisible).get(0).getItems())
				.filter(item -> item.getText().equals("New plan")).toList();
		assertEquals(1, newPlan.size(), "'New plan' is in the page's heading");
		newPlan.get(0).notifyListeners(SWT.Selection, new Event());
		WorkbenchRobot.flushEvents();

		assertEquals(2, brouwer.getPlans().size());
		AccountPlan added = brouwer.getPlans().get(1);
		assertEquals("Account plan 2027", added.getName());
		assertEquals(LocalDate.of(2027, 1, 1), added.getPeriodStart());
		String shown = WorkbenchRobot.visibleText(page);
		assertTrue(shown.contains("Account plan 'Account plan 2027' has no objectives;"), shown);
		Combo plans = WorkbenchRobot.find(page, Combo.class, Combo::isVisible).get(0);
		assertArrayEquals(new String[] { "Account plan 2027 (2027-01-01 to 2027-12-31)",
				"Account plan 2026 (2026-01-01 to 2026-12-31)" }, plans.getItems());
		assertEquals(0, plans.getSelectionIndex());

		plans.select(1);
		plans.notifyListeners(SWT.Selection, new Event());
		WorkbenchRobot.flushEvents();
		assertEquals("Brouwer Foods Group: Account plan 2026", editor.getActivePageInstance().getManagedForm().getForm().getText());
		assertFalse(WorkbenchRobot.visibleText(page).contains("'Account plan 2027'"), WorkbenchRobot.visibleText(page));

		WorkbenchRobot.executeCommand("org.eclipse.ui.edit.undo");
		WorkbenchRobot.flushEvents();
		assertEquals(1, brouwer.getPlans().size());
		assertTrue(WorkbenchRobot.find(page, Combo.class, Combo::isVisible).isEmpty());
	}

	@Test
	void aStrengthIsAddedInItsDialogAndWithoutStrengthsThePlanHealthAsksForOne() throws Exception {
		AccountEditor editor = openPlanPage("plan-swot.kam");
		Composite page = pageOf(editor);
		Composite strengths = WorkbenchRobot.find(page, Label.class, label -> label.getText().equals("Strengths")).get(0)
				.getParent();
		WorkbenchRobot.whenShellOpens(shell -> shell.getText().equals("Add to Strengths"), shell -> {
			WorkbenchRobot.find(shell, Text.class, Text::isVisible).get(0).setText("Retrofit know-how");
			WorkbenchRobot.press(shell, "OK");
		});
		press(strengths, "Add...");

		org.eclipse.swt.widgets.List items = WorkbenchRobot.find(strengths, org.eclipse.swt.widgets.List.class, l -> true).get(0);
		assertEquals(2, items.getItemCount());
		assertEquals("Retrofit know-how", items.getItem(1));
		for (int i = 0; i < 2; i++) {
			items.select(0);
			items.notifyListeners(SWT.Selection, new Event());
			press(strengths, "Remove");
		}

		assertEquals(0, items.getItemCount());
		String shown = WorkbenchRobot.visibleText(page);
		assertTrue(shown.contains("The SWOT of account plan 'Account plan 2026' names no strengths;"), shown);
	}

	@Test
	void theOwnerOfAnActionIsChosenFromTheAccountTeam() throws Exception {
		AccountEditor editor = openPlanPage("plan-team.kam");
		Composite page = pageOf(editor);
		press(page, "Add action");
		Action added = plan().getActions().get(plan().getActions().size() - 1);
		Table table = actionsTable(page);

		WorkbenchRobot.viewerOf(table).editElement(added, WorkbenchRobot.column(table, "Owner"));
		CCombo owners = WorkbenchRobot.find(table, CCombo.class, CCombo::isVisible).get(0);
		String[] team = Stream.concat(Stream.of(""), brouwer.getTeam().stream().map(member -> member.getPerson().getName()))
				.toArray(String[]::new);
		assertArrayEquals(team, owners.getItems(), "the owners offered are the account team's people");
		owners.select(2);
		owners.notifyListeners(SWT.DefaultSelection, new Event());
		WorkbenchRobot.flushEvents();

		assertSame(brouwer.getTeam().get(1).getPerson(), added.getOwner());
		assertFalse(WorkbenchRobot.visibleText(page).contains(NO_OWNER), WorkbenchRobot.visibleText(page));
	}

	@Test
	void aDueDateThatIsNotADateIsExplainedAndChangesNothing() throws Exception {
		AccountEditor editor = openPlanPage("plan-dates.kam");
		Composite page = pageOf(editor);
		Table table = actionsTable(page);
		Action meeting = plan().getActions().stream().filter(action -> action.getName().startsWith("Executive meeting"))
				.findFirst().orElseThrow();
		LocalDate due = meeting.getDueDate();
		int column = WorkbenchRobot.column(table, "Due date");
		IFormPage planPage = editor.getActivePageInstance();

		WorkbenchRobot.typeIntoCell(table, meeting, column, "15-12-2026");

		assertEquals(due, meeting.getDueDate());
		assertEquals("'15-12-2026' is not a date; write it as yyyy-mm-dd, e.g. 2026-12-31. Nothing was changed.",
				planPage.getManagedForm().getForm().getMessage());

		WorkbenchRobot.typeIntoCell(table, meeting, column, "2026-12-15");

		assertEquals(LocalDate.of(2026, 12, 15), meeting.getDueDate());
		assertNull(planPage.getManagedForm().getForm().getMessage());
	}

	@Test
	void anOverdueActionIsRedAndItsTooltipSaysHowManyDaysOverdue() throws Exception {
		AccountEditor editor = openPlanPage("plan-overdue.kam");
		Table table = actionsTable(pageOf(editor));
		Action meeting = plan().getActions().stream().filter(action -> action.getName().startsWith("Executive meeting"))
				.findFirst().orElseThrow();
		meeting.setDueDate(LocalDate.now().minusDays(3)); // set behind the page's back: independent of the clock
		WorkbenchRobot.viewerOf(table).refresh();
		ColumnLabelProvider labels = (ColumnLabelProvider) WorkbenchRobot.viewerOf(table).getLabelProvider(0);

		assertEquals("Overdue by 3 days", labels.getToolTipText(meeting));
		assertEquals(table.getDisplay().getSystemColor(SWT.COLOR_RED),
				WorkbenchRobot.row(table, meeting.getName()).getForeground(0));
		Action done = plan().getActions().stream().filter(action -> action.getName().startsWith("Pilot")).findFirst()
				.orElseThrow();
		assertTrue(done.getDueDate().isBefore(LocalDate.now()));
		assertNull(labels.getToolTipText(done), "a done action is never overdue");
	}
}
