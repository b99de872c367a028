package org.kamworkbench.ui.editors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.kamworkbench.kam.Contact;

/**
 * Where the relationship map puts each contact: an org chart along {@code reportsTo}, each manager
 * centred above the people who report to them. The charts of separate top people stand side by side
 * and wrap into rows when the width runs out, so that a buying centre without reporting lines reads as
 * a grid rather than one long line.
 */
final class RelationshipMapLayout {

	static final int BOX_WIDTH = 236;
	static final int BOX_HEIGHT = 78;
	static final int GAP_X = 22;
	static final int GAP_Y = 40;
	/** Room above each row for a remark on a box (a reporting circle). */
	static final int REMARK_HEIGHT = 18;
	static final int MARGIN = 12;

	/** A line from a manager's box down to the box of someone who reports to them. */
	record Line(Contact manager, Contact report) {
	}

	private final ReportingLines<Contact> lines;
	private final Map<Contact, Rectangle> boxes = new LinkedHashMap<>();
	private final List<Line> connections = new ArrayList<>();
	private final Map<Contact, Integer> widths = new HashMap<>();
	private final Point size;
	private final int minimumWidth;

	/** Lays out the contacts for a chart {@code width} pixels wide. */
	RelationshipMapLayout(List<Contact> contacts, int width) {
		lines = new ReportingLines<>(contacts, Contact::getReportsTo);
		int x = MARGIN;
		int rowTop = MARGIN;
		int rowHeight = 0;
		int widest = 0;
		int right = 0;
		for (Contact root : lines.roots()) {
			int treeWidth = widthOf(root);
			widest = Math.max(widest, treeWidth);
			if (x > MARGIN && x + treeWidth > width - MARGIN) {
				x = MARGIN;
				rowTop += rowHeight + GAP_Y / 2;
				rowHeight = 0;
			}
			int treeHeight = place(root, x, rowTop + REMARK_HEIGHT) - rowTop;
			rowHeight = Math.max(rowHeight, treeHeight);
			x += treeWidth + GAP_X;
			right = Math.max(right, x - GAP_X);
		}
		size = new Point(right + MARGIN, boxes.isEmpty() ? 0 : rowTop + rowHeight + MARGIN);
		minimumWidth = widest + 2 * MARGIN;
	}

	/** The width of the person's chart: their box, or the boxes of all who report to them side by side. */
	private int widthOf(Contact contact) {
		Integer width = widths.get(contact);
		if (width == null) { // not computeIfAbsent: the computation fills the map itself
			width = Math.max(BOX_WIDTH, childrenWidth(contact));
			widths.put(contact, width);
		}
		return width;
	}

	/** Places the person's chart with its left edge at {@code left}; returns its bottom. */
	private int place(Contact contact, int left, int top) {
		int width = widthOf(contact);
		boxes.put(contact, new Rectangle(left + (width - BOX_WIDTH) / 2, top, BOX_WIDTH, BOX_HEIGHT));
		int bottom = top + BOX_HEIGHT;
		int x = left + (width - childrenWidth(contact)) / 2;
		for (Contact report : lines.reportsOf(contact)) {
			connections.add(new Line(contact, report));
			bottom = Math.max(bottom, place(report, x, top + BOX_HEIGHT + GAP_Y));
			x += widthOf(report) + GAP_X;
		}
		return bottom;
	}

	private int childrenWidth(Contact contact) {
		int width = -GAP_X;
		for (Contact report : lines.reportsOf(contact)) {
			width += widthOf(report) + GAP_X;
		}
		return Math.max(0, width);
	}

	/** Each contact's box, in drawing order. */
	Map<Contact, Rectangle> boxes() {
		return boxes;
	}

	List<Line> connections() {
		return connections;
	}

	/** Whether the contact's reporting line goes round in a circle (and so is not drawn). */
	boolean inCircle(Contact contact) {
		return lines.isCut(contact);
	}

	/** The size the chart needs at the width it was laid out for. */
	Point size() {
		return size;
	}

	/** The width below which the widest chart of one top person no longer fits. */
	int minimumWidth() {
		return minimumWidth;
	}
}
