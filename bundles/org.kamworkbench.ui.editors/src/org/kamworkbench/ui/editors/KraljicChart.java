package org.kamworkbench.ui.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.Range;

/**
 * A 2x2 matrix of bubbles on a 0-10 by 0-10 plane, with threshold lines and quadrant names: the Kraljic
 * matrix (supply risk across, profit impact up) and the supplier-preferencing matrix. Bubbles can be
 * dragged; where one is dropped is reported in data coordinates.
 */
final class KraljicChart {

	/** One bubble: what it stands for, where, how big (pixels), highlighted or not. */
	record Bubble(Object subject, String label, double x, double y, int diameter, boolean highlighted) {
	}

	private final Chart chart;
	private final List<Bubble> bubbles = new ArrayList<>();
	private String[] quadrantNames = new String[4];
	private double thresholdX;
	private double thresholdY;
	private Bubble dragged;
	private Point dragAt;
	private Point pressedAt;

	/** Pixels the mouse may move during a click: a click is no drag, and moves nothing. */
	private static final int CLICK_TOLERANCE = 3;

	KraljicChart(Composite parent, String xTitle, String yTitle) {
		chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setVisible(false);
		chart.getLegend().setVisible(false);
		IAxis x = chart.getAxisSet().getXAxis(0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		x.getTitle().setText(xTitle);
		y.getTitle().setText(yTitle);
		x.setRange(new Range(0, 10));
		y.setRange(new Range(0, 10));
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent event) {
				paint(event.gc);
			}

			@Override
			public boolean drawBehindSeries() {
				return false;
			}
		});
	}

	Chart control() {
		return chart;
	}

	Control plotArea() {
		return chart.getPlotArea().getControl();
	}

	/**
	 * Lets the user drag bubbles; {@code dropped} gets the subject and the new position (x, y in data
	 * coordinates, within 0-10).
	 */
	void enableDragging(BiConsumer<Object, double[]> dropped) {
		Control plot = plotArea();
		plot.addListener(SWT.MouseDown, event -> {
			dragged = at(event.x, event.y);
			dragAt = dragged == null ? null : new Point(event.x, event.y);
			pressedAt = dragAt;
		});
		plot.addListener(SWT.MouseMove, event -> {
			if (dragged != null) {
				dragAt = new Point(event.x, event.y);
				plot.redraw();
			}
		});
		plot.addListener(SWT.MouseUp, event -> {
			Bubble moved = dragged;
			Point from = pressedAt;
			dragged = null;
			if (moved != null && from != null && Math.hypot(event.x - from.x, event.y - from.y) > CLICK_TOLERANCE) {
				dropped.accept(moved.subject(), dataAt(event.x, event.y));
			} else {
				plot.redraw();
			}
		});
	}

	/** The data coordinates (within 0-10) of a point of the plot area. */
	double[] dataAt(int pixelX, int pixelY) {
		double x = chart.getAxisSet().getXAxis(0).getDataCoordinate(pixelX);
		double y = chart.getAxisSet().getYAxis(0).getDataCoordinate(pixelY);
		return new double[] { clamp(x), clamp(y) };
	}

	/** Where a subject's bubble is drawn, in the plot area's pixels, or {@code null}. */
	Point pixelOf(Object subject) {
		for (Bubble bubble : bubbles) {
			if (bubble.subject() == subject) {
				return pixel(bubble);
			}
		}
		return null;
	}

	private static double clamp(double value) {
		return Math.max(0, Math.min(10, value));
	}

	/** Quadrant names: high-high (top right), low-x-high-y (top left), high-x-low-y, low-low. */
	void show(List<Bubble> shown, double thresholdAcross, double thresholdUp, String[] names) {
		bubbles.clear();
		bubbles.addAll(shown);
		thresholdX = thresholdAcross;
		thresholdY = thresholdUp;
		quadrantNames = names.clone();
		chart.redraw();
		plotArea().redraw();
	}

	private Point pixel(Bubble bubble) {
		return new Point(chart.getAxisSet().getXAxis(0).getPixelCoordinate(bubble.x()),
				chart.getAxisSet().getYAxis(0).getPixelCoordinate(bubble.y()));
	}

	private Bubble at(int x, int y) {
		for (Bubble bubble : bubbles) {
			Point centre = pixel(bubble);
			if (Math.hypot(centre.x - x, centre.y - y) <= Math.max(8, bubble.diameter() / 2.0)) {
				return bubble;
			}
		}
		return null;
	}

	private void paint(GC gc) {
		IAxis x = chart.getAxisSet().getXAxis(0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		Point size = chart.getPlotArea().getSize();
		gc.setAntialias(SWT.ON);
		gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.setLineStyle(SWT.LINE_DASH);
		gc.drawLine(x.getPixelCoordinate(thresholdX), 0, x.getPixelCoordinate(thresholdX), size.y);
		gc.drawLine(0, y.getPixelCoordinate(thresholdY), size.x, y.getPixelCoordinate(thresholdY));
		gc.setLineStyle(SWT.LINE_SOLID);
		name(gc, quadrantNames[0], x.getPixelCoordinate(7.5), y.getPixelCoordinate(9.7));
		name(gc, quadrantNames[1], x.getPixelCoordinate(2.5), y.getPixelCoordinate(9.7));
		name(gc, quadrantNames[2], x.getPixelCoordinate(7.5), y.getPixelCoordinate(0.8));
		name(gc, quadrantNames[3], x.getPixelCoordinate(2.5), y.getPixelCoordinate(0.8));
		Color ours = new Color(240, 160, 48);
		Color theirs = new Color(159, 184, 214);
		for (Bubble bubble : bubbles) {
			Point centre = bubble == dragged && dragAt != null ? dragAt : pixel(bubble);
			int d = bubble.diameter();
			gc.setBackground(bubble.highlighted() ? ours : theirs);
			gc.setAlpha(bubble == dragged ? 120 : 200);
			gc.fillOval(centre.x - d / 2, centre.y - d / 2, d, d);
			gc.setAlpha(255);
			gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawOval(centre.x - d / 2, centre.y - d / 2, d, d);
			gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.drawText(bubble.label(), centre.x + d / 2 + 4, centre.y - 8, true);
		}
	}

	private static void name(GC gc, String text, int centreX, int y) {
		if (text == null) {
			return;
		}
		String upper = text.toUpperCase();
		gc.drawText(upper, centreX - gc.textExtent(upper).x / 2, y, true);
	}

	/** For UI tests: presses the mouse on a subject, drags it to a data position and releases it. */
	void drag(Object subject, double toX, double toY) {
		Point from = pixelOf(subject);
		Point to = new Point(chart.getAxisSet().getXAxis(0).getPixelCoordinate(toX),
				chart.getAxisSet().getYAxis(0).getPixelCoordinate(toY));
		mouse(SWT.MouseDown, from);
		mouse(SWT.MouseMove, to);
		mouse(SWT.MouseUp, to);
	}

	private void mouse(int type, Point at) {
		Event event = new Event();
		event.x = at.x;
		event.y = at.y;
		event.button = 1;
		plotArea().notifyListeners(type, event);
	}
}
