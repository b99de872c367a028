package org.kamworkbench.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountTeamMember;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.Attitude;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.KamPackage.Literals;
import org.kamworkbench.kam.KnowledgeNote;
import org.kamworkbench.tests.support.FailureEvidence;
import org.kamworkbench.tests.support.WorkbenchRobot;
import org.kamworkbench.ui.editors.tests.ExampleWorkspace;

/** The account editor's organisation, team, relationship map and notes, on the example's Nordfrisch AG. */
@ExtendWith(FailureEvidence.class)
class AccountPagesUITest {

	private static final String UNDO = "org.eclipse.ui.edit.undo"; //$NON-NLS-1$
	private static final int ATTITUDE_COLUMN = 4;
	private static final int LOCAL_IMPORTANCE_COLUMN = 3;
	private static final int LOCAL_COMMITMENT_COLUMN = 4;

	private AccountEditor editor;
	private Account account;

	@BeforeEach
	void openNordfrisch() throws Exception {
		editor = ExampleAccounts.open("Nordfrisch AG");
		account = editor.account();
	}

	@AfterEach
	void closeWithoutSaving() {
		ExampleWorkspace.closeAllWithoutSaving();
	}

	@Test
	void theOrganisationMarksTheHeadOfficeThatIsKeyCentrallyButNotLocally() {
		OrganisationPage organisation = (OrganisationPage) editor.setActivePage(OrganisationPage.ID);
		Tree tree = organisation.unitsViewer().getTree();

		TreeItem headOffice = item(tree, "Nordfrisch Hamburg (head office)");
		assertEquals(OrganisationPage.CONFLICT_ROW.getRGB(), headOffice.getBackground(0).getRGB());
		assertNotNull(headOffice.getImage(0), "no warning sign on the unit in conflict");
		TreeItem zwolle = item(tree, "Nordfrisch Zwolle");
		assertNotEquals(OrganisationPage.CONFLICT_ROW.getRGB(), zwolle.getBackground(0).getRGB());
		assertNull(zwolle.getImage(0));

		String findings = WorkbenchRobot.visibleText(organisation.findings());
		assertTrue(findings.contains("unit 'Nordfrisch Hamburg (head office)' (DE, Dairy) matters little to our local"
				+ " organisation (local importance 4 of 10, threshold 5)"), findings);
		assertTrue(findings.contains("hardly committed to serving unit 'Nordfrisch Hamburg (head office)'"), findings);
		assertFalse(findings.contains("Zwolle"), findings);
	}

	@Test
	void aLocalValueOutsideTheScaleIsRefusedAndAnEmptyOneMeansNotAssessed() throws Exception {
		OrganisationPage organisation = (OrganisationPage) editor.setActivePage(OrganisationPage.ID);
		AccountUnit zwolle = ExampleAccounts.unit(account, "Nordfrisch Zwolle");

		type(organisation.unitsViewer(), zwolle, LOCAL_IMPORTANCE_COLUMN, "12");
		assertEquals(6.0, zwolle.getLocalImportance());
		assertFalse(editor.isDirty());
		assertTrue(organisation.getManagedForm().getForm().getMessage().contains("outside 0 to 10"),
				organisation.getManagedForm().getForm().getMessage());

		type(organisation.unitsViewer(), zwolle, LOCAL_COMMITMENT_COLUMN, "");
		assertFalse(zwolle.isSetLocalCommitment());
		assertNull(organisation.getManagedForm().getForm().getMessage(), "the refusal stays after a good edit");
		assertEquals("not assessed", item(organisation.unitsViewer().getTree(), "Nordfrisch Zwolle")
				.getText(LOCAL_COMMITMENT_COLUMN));
		assertTrue(WorkbenchRobot.visibleText(organisation.findings())
				.contains("The local commitment to unit 'Nordfrisch Zwolle' (NL, Dairy) is not assessed."));

		WorkbenchRobot.executeCommand(UNDO);
		assertTrue(zwolle.isSetLocalCommitment());
		assertEquals(8.0, zwolle.getLocalCommitment());
	}

	@Test
	void unitsAreAddedNamedAndRemovedWithTheButtonsAndEachStepUndoes() throws Exception {
		OrganisationPage organisation = (OrganisationPage) editor.setActivePage(OrganisationPage.ID);
		AccountUnit hamburg = ExampleAccounts.unit(account, "Nordfrisch Hamburg (head office)");
		editor.reveal(hamburg);
		press(organisation, "Add subunit");
		assertEquals(1, hamburg.getSubunits().size());
		AccountUnit kiel = hamburg.getSubunits().get(0);
		assertTrue(organisation.unitsViewer().isCellEditorActive(), "the new unit's name is not ready for typing");
		Text name = WorkbenchRobot.find(organisation.unitsViewer().getTree(), Text.class, Text::isVisible).get(0);
		name.setText("Nordfrisch Kiel plant");
		name.notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals("Nordfrisch Kiel plant", kiel.getName());
		assertEquals("not assessed", item(organisation.unitsViewer().getTree(), "Nordfrisch Kiel plant").getText(3));

		press(organisation, "Remove");
		assertTrue(hamburg.getSubunits().isEmpty());
		WorkbenchRobot.executeCommand(UNDO);
		assertEquals(List.of(kiel), hamburg.getSubunits());
		WorkbenchRobot.executeCommand(UNDO);
		WorkbenchRobot.executeCommand(UNDO);
		assertTrue(hamburg.getSubunits().isEmpty());
		assertFalse(editor.isDirty());
	}

	@Test
	void aNoteAddedAboutAContactIsListedWithItAndItsTextIsEditedBelow() throws Exception {
		NotesPage notes = (NotesPage) editor.setActivePage(NotesPage.ID);
		Contact romero = ExampleAccounts.contact(account, "Lucía Romero");
		Combo about = WorkbenchRobot.find((Composite) notes.getPartControl(), Combo.class, Combo::isVisible).get(0);
		about.select(Arrays.asList(about.getItems()).indexOf("Contact Lucía Romero"));
		press(notes, "Add note");
		assertEquals(1, romero.getNotes().size());
		KnowledgeNote note = romero.getNotes().get(0);
		notes.notesViewer().cancelEditing();
		assertEquals("Contact Lucía Romero", notes.notesViewer().getTable().getSelection()[0].getText(1));

		Text text = WorkbenchRobot.find((Composite) notes.getPartControl(), Text.class,
				field -> (field.getStyle() & SWT.MULTI) != 0).get(0);
		text.setText("Prefers Spanish in meetings; reads English.");
		text.notifyListeners(SWT.FocusOut, new Event());
		assertEquals("Prefers Spanish in meetings; reads English.", note.getText());
		WorkbenchRobot.executeCommand(UNDO);
		WorkbenchRobot.executeCommand(UNDO);
		assertTrue(romero.getNotes().isEmpty());
	}

	@Test
	void anAttitudeChangedInTheTableRecoloursItsBoxAndUndoRestoresIt() throws Exception {
		RelationshipMapPage map = (RelationshipMapPage) editor.setActivePage(RelationshipMapPage.ID);
		Contact hoffmann = ExampleAccounts.contact(account, "Dr. Claudia Hoffmann");
		assertEquals(RelationshipMapChart.NEUTRAL, drawnFill(map, hoffmann));

		TableViewer contacts = map.contactsViewer();
		contacts.editElement(hoffmann, ATTITUDE_COLUMN);
		CCombo choice = WorkbenchRobot.find(contacts.getTable(), CCombo.class, CCombo::isVisible).get(0);
		choice.select(Arrays.asList(choice.getItems()).indexOf("Supporter"));
		choice.notifyListeners(SWT.Selection, new Event());
		choice.notifyListeners(SWT.DefaultSelection, new Event());

		assertEquals(Attitude.SUPPORTER, hoffmann.getAttitude());
		assertTrue(editor.isDirty());
		assertEquals(RelationshipMapChart.SUPPORTER, drawnFill(map, hoffmann));

		WorkbenchRobot.executeCommand(UNDO);
		assertEquals(Attitude.NEUTRAL, hoffmann.getAttitude());
		assertFalse(editor.isDirty());
		assertEquals(RelationshipMapChart.NEUTRAL, drawnFill(map, hoffmann));
	}

	@Test
	void clickingABoxSelectsTheContactForTheProperties() {
		RelationshipMapPage map = (RelationshipMapPage) editor.setActivePage(RelationshipMapPage.ID);
		Contact braun = ExampleAccounts.contact(account, "Markus Braun");
		Rectangle box = map.boxes().get(braun);
		Event click = new Event();
		click.button = 1;
		click.x = box.x + box.width / 2;
		click.y = box.y + box.height / 2;
		map.chartControl().notifyListeners(SWT.MouseDown, click);

		assertEquals(braun, first(map.contactsViewer().getStructuredSelection()));
		assertEquals(braun, first((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()));
	}

	@Test
	void contactsWhoReportInACircleAreEachDrawnOnce() throws Exception {
		RelationshipMapPage map = (RelationshipMapPage) editor.setActivePage(RelationshipMapPage.ID);
		Contact hoffmann = ExampleAccounts.contact(account, "Dr. Claudia Hoffmann");
		Contact braun = ExampleAccounts.contact(account, "Markus Braun"); // reports to Hoffmann
		editor.execute(SetCommand.create(editor.getEditingDomain(), hoffmann, Literals.CONTACT__REPORTS_TO, braun));
		WorkbenchRobot.flushEvents();

		assertEquals(new HashSet<>(account.getContacts()), map.boxes().keySet());
		List<Rectangle> boxes = new ArrayList<>(map.boxes().values());
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				assertFalse(boxes.get(i).intersects(boxes.get(j)), "boxes overlap: " + boxes);
			}
		}
		WorkbenchRobot.executeCommand(UNDO);
	}

	@Test
	void revealShowsEachObjectOnItsPageAndSelectsIt() {
		AccountUnit valencia = ExampleAccounts.unit(account, "Nordfrisch Valencia");
		editor.reveal(valencia);
		OrganisationPage organisation = (OrganisationPage) editor.getActivePageInstance();
		assertEquals(valencia, first(organisation.unitsViewer().getStructuredSelection()));

		AccountTeamMember local = account.getTeam().get(1);
		editor.reveal(local);
		assertEquals(local, first(((TeamPage) editor.getActivePageInstance()).membersViewer().getStructuredSelection()));

		Contact braun = ExampleAccounts.contact(account, "Markus Braun");
		KnowledgeNote note = braun.getNotes().get(0);
		editor.reveal(note);
		NotesPage notes = (NotesPage) editor.getActivePageInstance();
		assertEquals(note, first(notes.notesViewer().getStructuredSelection()));
		assertEquals("Contact Markus Braun", notes.notesViewer().getTable().getSelection()[0].getText(1));

		editor.reveal(braun);
		RelationshipMapPage map = (RelationshipMapPage) editor.getActivePageInstance();
		assertEquals(braun, first(map.contactsViewer().getStructuredSelection()));
	}

	private static void press(AccountPage page, String label) {
		Button button = WorkbenchRobot.find((Composite) page.getPartControl(), Button.class,
				candidate -> candidate.getText().equals(label) && candidate.isEnabled()).get(0);
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** Types into a cell as a person does: opens its editor, types, presses Enter. */
	private static void type(ColumnViewer viewer, Object element, int column, String text) {
		viewer.editElement(element, column);
		Text field = WorkbenchRobot.find((Composite) viewer.getControl(), Text.class, Text::isVisible).get(0);
		field.setText(text);
		field.notifyListeners(SWT.DefaultSelection, new Event());
	}

	/** The colour inside the contact's box as the chart draws it (away from its text and border). */
	private static RGB drawnFill(RelationshipMapPage map, Contact contact) {
		WorkbenchRobot.flushEvents();
		Control chart = map.chartControl();
		Rectangle box = map.boxes().get(contact);
		Point size = chart.getSize();
		Image image = new Image(chart.getDisplay(), size.x, size.y);
		GC gc = new GC(image);
		try {
			chart.print(gc);
			ImageData data = image.getImageData();
			return data.palette.getRGB(data.getPixel(box.x + box.width - 12, box.y + box.height - 10));
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static TreeItem item(Tree tree, String text) {
		List<TreeItem> pending = new ArrayList<>(List.of(tree.getItems()));
		while (!pending.isEmpty()) {
			TreeItem item = pending.remove(0);
			if (item.getText(0).equals(text)) {
				return item;
			}
			pending.addAll(List.of(item.getItems()));
		}
		throw new AssertionError("no row " + text);
	}

	private static Object first(IStructuredSelection selection) {
		return selection.getFirstElement();
	}
}
