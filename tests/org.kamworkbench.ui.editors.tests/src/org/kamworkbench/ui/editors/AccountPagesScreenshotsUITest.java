package org.kamworkbench.ui.editors;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kamworkbench.kam.Account;
import org.kamworkbench.tests.support.FailureEvidence;
import org.kamworkbench.tests.support.WorkbenchRobot;
import org.kamworkbench.ui.editors.tests.ExampleWorkspace;

/**
 * The screenshots of the account pages in {@code docs/}, of the example's Brouwer Foods Group. Taken only
 * when asked for: {@code ./kam test -Dkam.screenshots=$PWD/docs}.
 */
@ExtendWith(FailureEvidence.class)
// Tycho passes an empty property on as "null": only a real folder turns the screenshots on
@EnabledIfSystemProperty(named = "kam.screenshots", matches = "^(?!null$).+")
class AccountPagesScreenshotsUITest {

	private Rectangle windowBounds;

	/** The whole screen for the window, the window for the editor: the pages as a person studying them sees them. */
	@BeforeEach
	void enlarge() {
		Shell shell = ExampleWorkspace.page().getWorkbenchWindow().getShell();
		windowBounds = shell.getBounds();
		shell.setBounds(shell.getDisplay().getBounds());
	}

	@AfterEach
	void restore() {
		ExampleWorkspace.closeAllWithoutSaving();
		ExampleWorkspace.page().getWorkbenchWindow().getShell().setBounds(windowBounds);
	}

	@Test
	void screenshotsOfEachPage() throws Exception {
		AccountEditor editor = ExampleAccounts.open("Brouwer Foods Group");
		IWorkbenchPage page = ExampleWorkspace.page();
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		Account account = editor.account();
		editor.reveal(ExampleAccounts.unit(account, "Brouwer Foods Deutschland"));
		save(editor, "account-organisation.png");
		editor.reveal(account.getTeam().get(3));
		save(editor, "account-team.png");
		editor.reveal(ExampleAccounts.contact(account, "Hendrik de Vries"));
		save(editor, "account-relationship-map.png");
		NotesPage notes = (NotesPage) editor.setActivePage(NotesPage.ID);
		notes.notesViewer().setSelection(new StructuredSelection(account.getNotes().get(0)), true);
		save(editor, "account-notes.png");
	}

	/** The workbench window as it is on screen, cut out of the (larger) screen. */
	private static void save(AccountEditor editor, String name) throws Exception {
		Display display = editor.getSite().getShell().getDisplay();
		long until = System.currentTimeMillis() + 800;
		while (System.currentTimeMillis() < until) { // let the views follow the selection and paint
			WorkbenchRobot.flushEvents();
			Thread.sleep(50);
		}
		Shell shell = editor.getSite().getShell();
		Rectangle bounds = display.map(shell, null, shell.getClientArea()).intersection(display.getBounds());
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path folder = Path.of(System.getProperty("kam.screenshots")); //$NON-NLS-1$
			Files.createDirectories(folder);
			loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
