package org.kamworkbench.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.editor.IFormPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kamworkbench.tests.support.FailureEvidence;
import org.kamworkbench.tests.support.WorkbenchRobot;
import org.kamworkbench.ui.editors.PortfolioEditor;

/**
 * A portfolio of format version 1 opened in the editor: the editor says it was converted and that saving
 * writes the new version; the file stays as it was until the user saves.
 */
@ExtendWith(FailureEvidence.class)
class FormatMigrationUITest {

	private static final String VERSION_1 = """
			<?xml version="1.0" encoding="UTF-8"?>
			<kam:Portfolio xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:kam="http://www.kamworkbench.org/kam/1.0" id="p" name="Old portfolio" formatVersion="1">
			  <accounts id="a" name="Brouwer Foods" status="KEY_ACCOUNT">
			    <results id="r" periodLabel="2025" directRevenue="100000.0">
			      <indirectRevenues id="i" reseller="CoolServ UK Ltd" revenue="50000.0" attributionSharePercent="50.0"/>
			    </results>
			  </accounts>
			</kam:Portfolio>
			""";

	@AfterEach
	void closeEditors() {
		ExampleWorkspace.closeAllWithoutSaving();
	}

	@Test
	void anOldFileIsConvertedOnOpeningAndWrittenInTheNewVersionOnlyWhenSaved() throws Exception {
		IFile file = oldFile("old-format.kam");
		byte[] before = VERSION_1.getBytes(StandardCharsets.UTF_8);

		PortfolioEditor editor = ExampleWorkspace.open(file);
		WorkbenchRobot.flushEvents();
		String notice = notice(editor);
		assertTrue(notice.contains("format version 1") && notice.contains("version 2"), notice);
		assertFalse(editor.isDirty(), "converting is not an edit");
		assertEquals("CoolServ UK Ltd", editor.portfolio().getResellers().get(0).getName());
		ExampleWorkspace.closeAllWithoutSaving();
		assertArrayEquals(before, contents(file), "closing without saving changed the old file");

		editor = ExampleWorkspace.open(file);
		WorkbenchRobot.flushEvents();
		editor.doSave(null);
		WorkbenchRobot.flushEvents();
		String saved = new String(contents(file), StandardCharsets.UTF_8);
		assertTrue(saved.contains("formatVersion=\"2\"") && saved.contains("<resellers"), saved);
		assertNull(notice(editor), "the notice stays after saving");
	}

	/** The text under the heading of the page in view, or {@code null} when there is none. */
	private static String notice(PortfolioEditor editor) {
		IFormPage page = (IFormPage) editor.getActivePageInstance();
		Control headClient = page.getManagedForm().getForm().getForm().getHeadClient();
		return headClient instanceof Label label && !label.isDisposed() ? label.getText() : null;
	}

	private static IFile oldFile(String name) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("UI Tests");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile(name);
		InputStream content = new ByteArrayInputStream(VERSION_1.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, true, false, null);
		} else {
			file.create(content, true, null);
		}
		return file;
	}

	private static byte[] contents(IFile file) throws Exception {
		try (InputStream in = file.getContents(true)) {
			return in.readAllBytes();
		}
	}
}
