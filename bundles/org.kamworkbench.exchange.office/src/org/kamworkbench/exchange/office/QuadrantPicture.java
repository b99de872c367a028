package org.kamworkbench.exchange.office;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A 2x2 matrix on a 0-10 by 0-10 plane, as the editors draw it: the thresholds as dashed lines, the quadrants
 * named in their corners, and points (accounts or purchase categories) with their names; highlighted points
 * are the ones the document is about. Used for the portfolio matrix and the Kraljic matrix.
 *
 * @param xTitle        title of the horizontal axis
 * @param yTitle        title of the vertical axis
 * @param xThreshold    threshold on the horizontal axis (0-10)
 * @param yThreshold    threshold on the vertical axis (0-10)
 * @param highXOnLeft   whether high values of the horizontal axis lie on the left
 * @param quadrantNames names of the quadrants: high x and high y, low x and high y, high x and low y, low x and
 *                      low y
 * @param points        what is placed
 * @param message       shown in the middle instead of points when there is nothing to place, else {@code null}
 */
record QuadrantPicture(String xTitle, String yTitle, double xThreshold, double yThreshold, boolean highXOnLeft,
		List<String> quadrantNames, List<Point> points, String message) implements Picture {

	/** One placed thing; {@code size} is its diameter in points. */
	record Point(String label, double x, double y, float size, boolean highlighted) {
	}

	static final Color INK = new Color(33, 43, 54);
	static final Color NAVY = new Color(31, 58, 95);
	static final Color OURS = new Color(232, 145, 30);
	static final Color THEIRS = new Color(150, 176, 208);
	private static final Color PLANE = new Color(246, 248, 251);
	private static final Color KEY_QUADRANT = new Color(228, 236, 246);
	private static final Color FRAME = new Color(176, 188, 202);
	private static final Color THRESHOLD = new Color(112, 126, 143);
	private static final Color QUADRANT_NAME = new Color(92, 110, 132);

	private static final float WIDTH = 320;
	private static final float HEIGHT = 280;
	private static final float LEFT = 34;
	private static final float BOTTOM = 34;
	private static final float TOP = 6;
	private static final float RIGHT = 8;

	QuadrantPicture {
		quadrantNames = List.copyOf(quadrantNames);
		points = List.copyOf(points);
	}

	@Override
	public float width() {
		return WIDTH;
	}

	@Override
	public float height() {
		return HEIGHT;
	}

	@Override
	public void paint(Graphics2D g) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		float plotWidth = WIDTH - LEFT - RIGHT;
		float plotHeight = HEIGHT - TOP - BOTTOM;
		Rectangle2D.Float plot = new Rectangle2D.Float(LEFT, TOP, plotWidth, plotHeight);
		g.setColor(PLANE);
		g.fill(plot);
		// the quadrant high on both axes is where the document's subject wants to be: tinted
		double keyLeft = highXOnLeft ? plot.x : px(xThreshold);
		double keyRight = highXOnLeft ? px(xThreshold) : plot.x + plotWidth;
		g.setColor(KEY_QUADRANT);
		g.fill(new Rectangle2D.Double(keyLeft, plot.y, keyRight - keyLeft, py(yThreshold) - plot.y));
		g.setColor(FRAME);
		g.setStroke(new BasicStroke(0.8f));
		g.draw(plot);
		ticks(g);
		g.setColor(THRESHOLD);
		g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 3f }, 0f));
		g.draw(new Line2D.Double(px(xThreshold), plot.y, px(xThreshold), plot.y + plotHeight));
		g.draw(new Line2D.Double(plot.x, py(yThreshold), plot.x + plotWidth, py(yThreshold)));
		quadrantNames(g, plot);
		axisTitles(g, plot);
		if (message != null) {
			g.setFont(ReportFonts.awt(Font.PLAIN, 9));
			g.setColor(INK);
			FontMetrics metrics = g.getFontMetrics();
			g.drawString(message, plot.x + (plotWidth - metrics.stringWidth(message)) / 2, plot.y + plotHeight / 2);
		}
		// ours last, so that they lie on top
		points.stream().filter(point -> !point.highlighted()).forEach(point -> point(g, point));
		points.stream().filter(Point::highlighted).forEach(point -> point(g, point));
	}

	private double px(double x) {
		double share = (highXOnLeft ? 10 - x : x) / 10;
		return LEFT + share * (WIDTH - LEFT - RIGHT);
	}

	private double py(double y) {
		return TOP + (1 - y / 10) * (HEIGHT - TOP - BOTTOM);
	}

	private void ticks(Graphics2D g) {
		g.setFont(ReportFonts.awt(Font.PLAIN, 7));
		FontMetrics metrics = g.getFontMetrics();
		g.setColor(QUADRANT_NAME);
		for (int value = 0; value <= 10; value += 2) {
			String text = Integer.toString(value);
			g.drawString(text, (float) px(value) - metrics.stringWidth(text) / 2f, HEIGHT - BOTTOM + 10);
			g.drawString(text, LEFT - 4 - metrics.stringWidth(text), (float) py(value) + 2.5f);
		}
	}

	private void quadrantNames(Graphics2D g, Rectangle2D.Float plot) {
		g.setFont(ReportFonts.awt(Font.BOLD, 8));
		g.setColor(QUADRANT_NAME);
		FontMetrics metrics = g.getFontMetrics();
		float top = plot.y + 12;
		float bottom = plot.y + plot.height - 5;
		for (int i = 0; i < 4; i++) {
			String name = quadrantNames.get(i).toUpperCase(java.util.Locale.ROOT);
			boolean highX = i % 2 == 0;
			boolean right = highX != highXOnLeft;
			float x = right ? plot.x + plot.width - 5 - metrics.stringWidth(name) : plot.x + 5;
			g.drawString(name, x, i < 2 ? top : bottom);
		}
	}

	private void axisTitles(Graphics2D g, Rectangle2D.Float plot) {
		g.setFont(ReportFonts.awt(Font.PLAIN, 8));
		g.setColor(INK);
		FontMetrics metrics = g.getFontMetrics();
		g.drawString(xTitle, plot.x + (plot.width - metrics.stringWidth(xTitle)) / 2, HEIGHT - 6);
		AffineTransform before = g.getTransform();
		g.translate(10, plot.y + (plot.height + metrics.stringWidth(yTitle)) / 2);
		g.rotate(-Math.PI / 2);
		g.drawString(yTitle, 0, 0);
		g.setTransform(before);
	}

	private void point(Graphics2D g, Point point) {
		double x = px(point.x());
		double y = py(point.y());
		float d = point.size();
		Ellipse2D.Double circle = new Ellipse2D.Double(x - d / 2, y - d / 2, d, d);
		g.setColor(point.highlighted() ? OURS : THEIRS);
		g.fill(circle);
		g.setColor(point.highlighted() ? OURS.darker() : THEIRS.darker());
		g.setStroke(new BasicStroke(0.7f));
		g.draw(circle);
		g.setFont(ReportFonts.awt(point.highlighted() ? Font.BOLD : Font.PLAIN, point.highlighted() ? 8.5f : 7));
		g.setColor(INK);
		FontMetrics metrics = g.getFontMetrics();
		float labelX = (float) (x + d / 2 + 3);
		if (labelX + metrics.stringWidth(point.label()) > WIDTH - RIGHT) {
			labelX = (float) (x - d / 2 - 3 - metrics.stringWidth(point.label())); // no room on the right
		}
		g.drawString(point.label(), labelX, (float) y + 3);
	}
}
