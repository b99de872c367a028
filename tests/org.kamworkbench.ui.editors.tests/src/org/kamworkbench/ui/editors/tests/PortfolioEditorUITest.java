package org.kamworkbench.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kamworkbench.core.selection.PortfolioQuadrant;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.Score;
import org.kamworkbench.tests.support.FailureEvidence;
import org.kamworkbench.tests.support.WorkbenchRobot;
import org.kamworkbench.ui.edit.ItemPropertySourceProvider;
import org.kamworkbench.ui.edit.LoadFailurePage;
import org.kamworkbench.ui.edit.ValidationMarkers;
import org.kamworkbench.ui.editors.MatrixPage;
import org.kamworkbench.ui.editors.PortfolioEditor;

/** The portfolio editor driven as a consultant uses it: the score grid, the matrix, undo, save, Problems. */
@ExtendWith(FailureEvidence.class)
class PortfolioEditorUITest {

	private static final String ALBION = "Albion Retail plc";
	private static final String PRODUCT_FIT = "Product fit versus best competitor";

	@AfterEach
	void closeEditors() {
		ExampleWorkspace.closeAllWithoutSaving();
	}

	private static Table scoreGrid(PortfolioEditor editor) {
		editor.setActivePage("selection");
		WorkbenchRobot.flushEvents();
		List<Table> tables = WorkbenchRobot.find((Composite) editor.getActivePageInstance().getPartControl(), Table.class,
				t -> Arrays.stream(t.getColumns()).anyMatch(c -> c.getText().equals("Attractiveness")));
		assertEquals(1, tables.size(), "the score grid is not on the Selection page");
		return tables.get(0);
	}

	private static void typeScore(PortfolioEditor editor, String account, String value) {
		Table grid = scoreGrid(editor);
		WorkbenchRobot.typeIntoCell(grid, WorkbenchRobot.row(grid, account).getData(),
				WorkbenchRobot.column(grid, PRODUCT_FIT), value);
	}

	/** Looks at the matrix page, as a person would, and reads where the account is drawn. */
	private static PortfolioQuadrant quadrantInMatrix(PortfolioEditor editor, String account) {
		editor.setActivePage("matrix");
		WorkbenchRobot.flushEvents();
		MatrixPage matrix = editor.matrixPage();
		return matrix.placed().stream().filter(p -> p.account().getName().equals(account)).findFirst().orElseThrow()
				.quadrant();
	}

	@Test
	void aScoreTypedInTheGridMovesTheAccountInTheMatrixAndUndoMovesItBack() throws Exception {
		PortfolioEditor editor = ExampleWorkspace.open(ExampleWorkspace.freshCopy("grid.kam"));
		editor.setActivePage("matrix");
		WorkbenchRobot.flushEvents();
		assertEquals(PortfolioQuadrant.STAR, quadrantInMatrix(editor, ALBION));

		typeScore(editor, ALBION, "9");

		assertEquals(PortfolioQuadrant.STRATEGIC, quadrantInMatrix(editor, ALBION), "the matrix did not follow the score");
		assertTrue(editor.isDirty());
		assertEquals("5.9", grid(editor, ALBION, "Strength"), "the grid's strength column did not follow");

		WorkbenchRobot.executeCommand("org.eclipse.ui.edit.undo");

		assertEquals(PortfolioQuadrant.STAR, quadrantInMatrix(editor, ALBION), "undo did not move the account back");
		assertFalse(editor.isDirty(), "after undoing every change the portfolio is as saved");
	}

	private static String grid(PortfolioEditor editor, String account, String column) {
		Table grid = scoreGrid(editor);
		return WorkbenchRobot.row(grid, account).getText(WorkbenchRobot.column(grid, column));
	}

	@Test
	void thePropertiesViewShowsAndEditsTheSelectedAccountUndoably() throws Exception {
		PortfolioEditor editor = ExampleWorkspace.open(ExampleWorkspace.freshCopy("properties.kam"));
		PropertySheet properties = (PropertySheet) ExampleWorkspace.page().showView(IPageLayout.ID_PROP_SHEET);
		ExampleWorkspace.page().activate(editor);
		editor.setActivePage("accounts");
		WorkbenchRobot.flushEvents();
		Table accounts = WorkbenchRobot.find((Composite) editor.getActivePageInstance().getPartControl(), Table.class,
				t -> true).get(0);
		TableItem albion = WorkbenchRobot.row(accounts, ALBION);
		accounts.setSelection(albion);
		accounts.notifyListeners(SWT.Selection, selectionOf(albion));
		WorkbenchRobot.flushEvents();

		Tree tree = WorkbenchRobot.find((Composite) properties.getCurrentPage().getControl(), Tree.class, t -> true).get(0);
		WorkbenchRobot.waitUntil("the Properties view shows the account", () -> Arrays.stream(tree.getItems())
				.anyMatch(item -> item.getText(0).equals("Name") && item.getText(1).equals(ALBION)));

		IPropertySource source = new ItemPropertySourceProvider(editor.document().adapterFactory())
				.getPropertySource(albion.getData());
		Object name = Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals("Name"))
				.findFirst().orElseThrow().getId();
		source.setPropertyValue(name, "Albion Retail Group plc");
		assertEquals("Albion Retail Group plc", ExampleWorkspace.account(editor, "Albion Retail Group plc").getName());
		assertTrue(editor.isDirty());
		WorkbenchRobot.executeCommand("org.eclipse.ui.edit.undo");
		assertEquals(ALBION, ((Account) albion.getData()).getName());
	}

	private static Event selectionOf(TableItem item) {
		Event event = new Event();
		event.item = item;
		return event;
	}

	@Test
	void aSavedScoreIsThereWhenThePortfolioIsOpenedAgain() throws Exception {
		IFile file = ExampleWorkspace.freshCopy("save.kam");
		PortfolioEditor editor = ExampleWorkspace.open(file);
		typeScore(editor, ALBION, "8.5");
		WorkbenchRobot.executeCommand("org.eclipse.ui.file.save");
		assertFalse(editor.isDirty());
		ExampleWorkspace.closeAllWithoutSaving();

		PortfolioEditor reopened = ExampleWorkspace.open(file);
		Account albion = ExampleWorkspace.account(reopened, ALBION);
		Criterion productFit = reopened.portfolio().getActiveCriteriaSet().getCriteria().stream()
				.filter(c -> c.getName().equals(PRODUCT_FIT)).findFirst().orElseThrow();
		Score score = albion.getScores().stream().filter(s -> s.getCriterion() == productFit).findFirst().orElseThrow();
		assertEquals(8.5, score.getValue());
		assertEquals("8.5", grid(reopened, ALBION, PRODUCT_FIT));
	}

	@Test
	void aScoreOutsideItsScaleIsRefusedWithAMessage() throws Exception {
		PortfolioEditor editor = ExampleWorkspace.open(ExampleWorkspace.freshCopy("scale.kam"));
		typeScore(editor, ALBION, "12");
		assertEquals("4", grid(editor, ALBION, PRODUCT_FIT), "a score outside the scale was accepted");
		assertFalse(editor.isDirty());
		String message = editor.getActivePageInstance().getManagedForm().getForm().getMessage();
		assertTrue(message != null && message.contains("outside the scale"), String.valueOf(message));
	}

	@Test
	void aWeightThatBreaksTheSumShowsAProblemThatOpensOnItsCriterion() throws Exception {
		IFile file = ExampleWorkspace.freshCopy("weights.kam");
		PortfolioEditor editor = ExampleWorkspace.open(file);
		scoreGrid(editor);
		List<Table> tables = WorkbenchRobot.find((Composite) editor.getActivePageInstance().getPartControl(), Table.class,
				t -> Arrays.stream(t.getColumns()).anyMatch(c -> c.getText().equals("Weight")));
		Table criteria = tables.get(0);
		WorkbenchRobot.typeIntoCell(criteria, WorkbenchRobot.row(criteria, "Revenue potential (3 years)").getData(),
				WorkbenchRobot.column(criteria, "Weight"), "20");

		WorkbenchRobot.waitUntil("a Problems marker about the weights", () -> weightMarker(file) != null);
		IMarker marker = weightMarker(file);
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("Key account selection 2026"));

		editor.setActivePage("overview");
		IDE.gotoMarker(editor, marker);
		assertEquals("selection", editor.getActivePageInstance().getId(), "opening the marker did not show its page");

		WorkbenchRobot.executeCommand("org.eclipse.ui.edit.undo");
		WorkbenchRobot.waitUntil("the marker disappears after undo", () -> weightMarker(file) == null);
	}

	private static IMarker weightMarker(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(ValidationMarkers.TYPE, true, IResource.DEPTH_ZERO))
					.filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("sum to")).findFirst().orElse(null);
		} catch (Exception e) {
			return null;
		}
	}

	@Test
	void aDamagedFileOpensOnAnErrorPageAndIsNeverWritten() throws Exception {
		IFile file = ExampleWorkspace.freshCopy("damaged.kam");
		Path path = file.getLocation().toPath();
		String text = Files.readString(path, StandardCharsets.UTF_8);
		Files.writeString(path, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		byte[] before = Files.readAllBytes(path);

		PortfolioEditor editor = ExampleWorkspace.open(file);

		assertEquals(LoadFailurePage.ID, editor.getActivePageInstance().getId());
		String shown = WorkbenchRobot.visibleText((Composite) editor.getActivePageInstance().getPartControl());
		assertTrue(shown.contains("damaged or cut short") && shown.contains("line "), shown);
		assertFalse(editor.isDirty());
		assertFalse(WorkbenchRobot.isCommandEnabled("org.eclipse.ui.file.save"), "a file that was not read can be saved");
		ExampleWorkspace.closeAllWithoutSaving();
		assertArrayEquals(before, Files.readAllBytes(path), "the damaged file was changed");
	}

	@Test
	void aFileChangedOnDiskIsReloadedOnlyWhenTheUserAgrees() throws Exception {
		IFile file = ExampleWorkspace.freshCopy("disk.kam");
		PortfolioEditor editor = ExampleWorkspace.open(file);
		typeScore(editor, ALBION, "9");
		Path path = file.getLocation().toPath();
		Files.writeString(path, Files.readString(path).replace("Albion Retail plc", "Albion Retail Group plc"));

		WorkbenchRobot.whenShellOpens(shell -> shell.getText().equals("File changed on disk"),
				shell -> WorkbenchRobot.press(shell, "Yes"));
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		WorkbenchRobot.waitUntil("the editor shows the version on disk",
				() -> editor.portfolio().getAccounts().stream().anyMatch(a -> a.getName().equals("Albion Retail Group plc")));
		assertFalse(editor.isDirty());
		assertNotNull(editor.matrixPage());
	}
}
