package org.kamworkbench.ide.install.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * What a user does with the mouse and keyboard, done through the widgets on the UI thread: clicks,
 * double-clicks, typing into a table cell, and waiting for the IDE to show the result.
 */
final class UserActions {

	private static final long TIMEOUT_MS = 20_000;
	/** Where JFace keeps a column's ViewerColumn (ViewerColumn.COLUMN_VIEWER_KEY, not public). */
	private static final String COLUMN_VIEWER_KEY = "org.eclipse.jface.columnViewer"; //$NON-NLS-1$

	private UserActions() {
	}

	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out waiting until " + what); //$NON-NLS-1$
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { /* wakes the loop */ });
				display.sleep();
			}
		}
	}

	static void flushEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep dispatching
		}
	}

	static void require(boolean condition, String otherwise) {
		if (!condition) {
			throw new AssertionError(otherwise);
		}
	}

	static <T extends Control> List<T> find(Control root, Class<T> type, Predicate<? super T> filter) {
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

	/** A click on a tree item, then a double-click, as in the Project Explorer. */
	static void doubleClick(Tree tree, TreeItem item) {
		tree.setSelection(item);
		tree.notifyListeners(SWT.Selection, itemEvent(item));
		flushEvents();
		tree.notifyListeners(SWT.DefaultSelection, itemEvent(item));
		flushEvents();
	}

	/** A click on the arrow of a tree item: its children are created and shown. */
	static void expand(Tree tree, TreeItem item) {
		tree.notifyListeners(SWT.Expand, itemEvent(item));
		item.setExpanded(true);
		flushEvents();
	}

	static void click(Table table, TableItem item) {
		table.setSelection(item);
		table.notifyListeners(SWT.Selection, itemEvent(item));
		flushEvents();
	}

	private static Event itemEvent(Item item) {
		Event event = new Event();
		event.item = item;
		return event;
	}

	static TableItem row(Table table, String firstColumn) {
		for (TableItem item : table.getItems()) {
			if (item.getText(0).equals(firstColumn)) {
				return item;
			}
		}
		throw new AssertionError("no row '" + firstColumn + "'"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static int column(Table table, String title) {
		TableColumn[] columns = table.getColumns();
		for (int i = 0; i < columns.length; i++) {
			if (columns[i].getText().equals(title)) {
				return i;
			}
		}
		throw new AssertionError("no column '" + title + "'"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Starts the cell's editor, replaces its text and presses Enter. */
	static void typeIntoCell(Table table, Object element, int column, String value) {
		if (!(table.getColumn(0).getData(COLUMN_VIEWER_KEY) instanceof ViewerColumn viewerColumn)) {
			throw new AssertionError("the table has no JFace viewer"); //$NON-NLS-1$
		}
		ColumnViewer viewer = viewerColumn.getViewer();
		viewer.editElement(element, column);
		List<Text> editors = find(table, Text.class, Text::isVisible);
		require(!editors.isEmpty(), "the cell in column " + column + " cannot be edited"); //$NON-NLS-1$ //$NON-NLS-2$
		Text editor = editors.get(0);
		editor.setText(value);
		editor.notifyListeners(SWT.DefaultSelection, new Event());
		flushEvents();
	}

	/** The texts of the tree's items, the top level and the level below. */
	static List<String> texts(Tree tree) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			texts.add(item.getText());
			for (TreeItem child : item.getItems()) {
				texts.add(child.getText());
			}
		}
		return texts;
	}
}
