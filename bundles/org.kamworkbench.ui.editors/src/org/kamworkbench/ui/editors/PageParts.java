package org.kamworkbench.ui.editors;

import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The parts the editor pages are built from: titled sections, tables of model objects and their text
 * columns. Each page says where a part goes; the parts themselves look alike on every page.
 */
final class PageParts {

	private PageParts() {
	}

	/**
	 * A section with a title bar, and a description line when {@code description} is given, placed with
	 * {@code layout}; returns its client, laid out in {@code columns} columns.
	 */
	static Composite section(FormToolkit toolkit, Composite parent, String title, String description, int columns,
			GridDataFactory layout) {
		Section section = toolkit.createSection(parent,
				Section.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION));
		if (title != null) {
			section.setText(title);
		}
		if (description != null) {
			section.setDescription(description);
		}
		layout.applyTo(section);
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(columns, false));
		section.setClient(client);
		return client;
	}

	/** A table of objects with headers and lines, placed with {@code layout}; its rows are the input's elements. */
	static TableViewer table(Composite parent, int style, GridDataFactory layout) {
		TableViewer viewer = new TableViewer(parent, style);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		layout.applyTo(viewer.getTable());
		return viewer;
	}

	/** A column that shows {@code text} of each row; the rows are all of type {@code T}. */
	@SuppressWarnings("unchecked")
	static <T> TableViewerColumn column(TableViewer viewer, String title, int width, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((T) element);
			}
		});
		return column;
	}
}
