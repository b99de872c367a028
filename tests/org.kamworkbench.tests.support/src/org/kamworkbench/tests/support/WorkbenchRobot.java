package org.kamworkbench.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.core.commands.Command;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.opentest4j.AssertionFailedError;

/**
 * Drives the running workbench from a UI test the way a person would: through its widgets, dialogs and
 * commands. Every method runs on the UI thread (tests run with {@code useUIThread=true}).
 */
public final class WorkbenchRobot {

	private static final long DEFAULT_TIMEOUT_MS = 10_000;
	/** Where JFace keeps a column's ViewerColumn (ViewerColumn.COLUMN_VIEWER_KEY, not public). */
	private static final String COLUMN_VIEWER_KEY = "org.eclipse.jface.columnViewer"; //$NON-NLS-1$

	private WorkbenchRobot() {
	}

	public static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	/** Lets the workbench handle pending events until the condition holds; fails after the timeout. */
	public static void waitUntil(String what, BooleanSupplier condition) {
		Display display = display();
		long deadline = System.currentTimeMillis() + DEFAULT_TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionFailedError("Timed out waiting until " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { /* wakes the loop */ });
				display.sleep();
			}
		}
	}

	/** Handles the events already queued, e.g. after a command that asynchronously updates a view. */
	public static void flushEvents() {
		Display display = display();
		while (display.readAndDispatch()) {
			// keep dispatching
		}
	}

	/**
	 * Arms a watcher for a (modal) shell that an action is about to open: when a shell matching
	 * {@code matches} appears, {@code handle} runs on it. The action that opens the dialog then blocks
	 * until {@code handle} closes it.
	 */
	public static void whenShellOpens(Predicate<Shell> matches, Consumer<Shell> handle) {
		Display display = display();
		long deadline = System.currentTimeMillis() + DEFAULT_TIMEOUT_MS;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && matches.test(shell)) {
					try {
						handle.accept(shell);
					} finally {
						if (!shell.isDisposed()) {
							shell.close();
						}
					}
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(50, poll[0]);
			} else {
				// close whatever modal dialog is open, so that the blocked test can report the failure
				Shell active = display.getActiveShell();
				if (active != null && active.getParent() != null) {
					active.close();
				}
			}
		};
		display.timerExec(50, poll[0]);
	}

	/** All widgets of the given type below {@code root} (depth first) that satisfy the filter. */
	public static <T extends Control> List<T> find(Composite root, Class<T> type, Predicate<? super T> filter) {
		List<T> found = new ArrayList<>();
		collect(root, type, filter, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<? super T> filter,
			List<T> found) {
		if (type.isInstance(control) && filter.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, filter, found);
			}
		}
	}

	/** The text a person reads in a window: labels, links, text fields and styled text, in order. */
	public static String visibleText(Composite root) {
		StringBuilder text = new StringBuilder();
		for (Control control : find(root, Control.class, Control::isVisible)) {
			String shown = switch (control) {
			case Label label -> label.getText();
			case Link link -> link.getText();
			case Text field -> field.getText();
			case StyledText styled -> styled.getText();
			default -> null;
			};
			if (shown != null && !shown.isEmpty()) {
				text.append(shown).append('\n');
			}
		}
		return text.toString();
	}

	/** Presses the button labelled {@code label} (mnemonics ignored) in the shell, as a click would. */
	public static void press(Shell shell, String label) {
		List<Button> buttons = find(shell, Button.class, b -> b.getText().replace("&", "").equals(label)); //$NON-NLS-1$ //$NON-NLS-2$
		if (buttons.isEmpty()) {
			throw new AssertionFailedError("No button '" + label + "' in " + shell.getText()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		buttons.get(0).notifyListeners(SWT.Selection, new Event());
	}

	/** The JFace viewer of a table, found through its first column, where JFace keeps its viewer column. */
	public static ColumnViewer viewerOf(Table table) {
		if (table.getColumnCount() > 0 && table.getColumn(0).getData(COLUMN_VIEWER_KEY) instanceof ViewerColumn column) {
			return column.getViewer();
		}
		throw new AssertionFailedError("The table has no JFace viewer"); //$NON-NLS-1$
	}

	/**
	 * Types a value into a cell as a person would: starts the cell's editor, replaces its text and
	 * presses Enter.
	 */
	public static void typeIntoCell(Table table, Object element, int column, String value) {
		ColumnViewer viewer = viewerOf(table);
		viewer.editElement(element, column);
		List<Text> editors = find(table, Text.class, Text::isVisible);
		if (editors.isEmpty()) {
			throw new AssertionFailedError("The cell in column " + column + " cannot be edited"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Text editor = editors.get(0);
		editor.setText(value);
		editor.notifyListeners(SWT.DefaultSelection, new Event());
		flushEvents();
	}

	/** The index of the column headed {@code title}. */
	public static int column(Table table, String title) {
		TableColumn[] columns = table.getColumns();
		for (int i = 0; i < columns.length; i++) {
			if (columns[i].getText().equals(title)) {
				return i;
			}
		}
		throw new AssertionFailedError("No column '" + title + "'"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The row whose first column reads {@code text}. */
	public static TableItem row(Table table, String text) {
		for (TableItem item : table.getItems()) {
			if (item.getText(0).equals(text)) {
				return item;
			}
		}
		throw new AssertionFailedError("No row '" + text + "'"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Runs a workbench command as its menu item or key binding would. */
	public static Object executeCommand(String commandId) throws Exception {
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		return handlers.executeCommand(commandId, null);
	}

	/** Whether the command exists and has a handler that would run now. */
	public static boolean isCommandEnabled(String commandId) {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Command command = commands.getCommand(commandId);
		return command.isDefined() && command.isEnabled();
	}
}
