package org.kamworkbench.ui.editors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.kamworkbench.kam.Account;

/**
 * A page of the account editor that edits part of the account in tables: every edit is one command,
 * and a value that cannot be taken is refused with a message in the page's header.
 */
abstract class AccountPage extends KamPage {

	private Control focus;

	AccountPage(AccountEditor editor, String id, String title) {
		super(editor, id, title);
	}

	/** Gives the page's main table the focus when the page is shown, rather than its first field. */
	void focusOn(Control control) {
		focus = control;
	}

	@Override
	public void setFocus() {
		if (focus != null && !focus.isDisposed()) {
			focus.setFocus();
		} else {
			super.setFocus();
		}
	}

	/** The account, or {@code null} once it is gone from the portfolio (the editor then closes). */
	Account account() {
		return ((AccountEditor) getEditor()).account();
	}

	/** Runs the command on the editor's command stack; a change that was made clears an earlier refusal. */
	boolean execute(Command command) {
		boolean done = kamEditor().execute(command);
		if (done) {
			showProblem(null);
		}
		return done;
	}

	/** Says in the page's header why an edit was refused; {@code null} clears it. */
	void showProblem(String message) {
		if (getManagedForm() != null) {
			getManagedForm().getForm().setMessage(message, message == null ? IMessageProvider.NONE : IMessageProvider.ERROR);
		}
	}

	/** Whether the page's controls exist and the account still does. */
	boolean isShowing(StructuredViewer viewer) {
		return viewer != null && !viewer.getControl().isDisposed() && account() != null;
	}

	static Composite section(FormToolkit toolkit, Composite parent, String title, String description, boolean grab) {
		return PageParts.section(toolkit, parent, title, description, 1, GridDataFactory.fillDefaults().grab(true, grab));
	}

	/** A row of buttons above a table. */
	static Composite buttonRow(FormToolkit toolkit, Composite parent) {
		Composite row = toolkit.createComposite(parent);
		GridLayout layout = new GridLayout(0, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		row.setLayout(layout);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		return row;
	}

	static Button button(FormToolkit toolkit, Composite row, String text, Runnable action) {
		((GridLayout) row.getLayout()).numColumns++;
		Button button = toolkit.createButton(row, text, SWT.PUSH);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	/** A button enabled only while something is selected in the viewer. */
	static Button selectionButton(FormToolkit toolkit, Composite row, String text, StructuredViewer viewer,
			Runnable action) {
		Button button = button(toolkit, row, text, action);
		Runnable update = () -> button.setEnabled(!viewer.getSelection().isEmpty());
		viewer.addSelectionChangedListener(event -> update.run());
		update.run();
		return button;
	}

	/** The first selected object of the viewer if it is of the type, else {@code null}. */
	static <T> T selected(StructuredViewer viewer, Class<T> type) {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return type.isInstance(first) ? type.cast(first) : null;
	}

	/** Removes the selected objects with the Delete key too. */
	static void deleteKey(StructuredViewer viewer, Runnable remove) {
		viewer.getControl().addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.DEL && event.stateMask == 0) {
				remove.run();
			}
		});
	}
}
