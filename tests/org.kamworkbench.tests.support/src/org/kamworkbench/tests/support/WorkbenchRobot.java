package org.kamworkbench.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.core.commands.Command;
import org.eclipse.swt.custom.StyledText;
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
