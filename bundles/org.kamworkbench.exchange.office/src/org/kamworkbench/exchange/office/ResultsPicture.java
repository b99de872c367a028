package org.kamworkbench.exchange.office;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The revenue target against the actual revenue of each period, as bars side by side, with the share of the
 * target achieved above each actual bar that has a target; amounts in thousands of the portfolio's currency.
 *
 * @param periods     the periods, in order
 * @param targetLabel legend of the target bars
 * @param actualLabel legend of the actual bars
 * @param axisTitle   title of the amount axis, e.g. "EUR thousand"
 * @param thousands   writes an amount in thousands for the axis
 * @param achieved    writes a percentage achieved
 * @param message     shown instead of bars when there are no periods, else {@code null}
 */
record ResultsPicture(List<Period> periods, String targetLabel, String actualLabel, String axisTitle,
		DoubleFunction<String> thousands, DoubleFunction<String> achieved, String message) implements Picture {

	/** One period: its label, target (0 for none) and actual revenue. */
	record Period(String label, double target, double actual) {
	}

	private static final Color TARGET = new Color(184, 190, 198);
	private static final Color ACTUAL = new Color(43, 92, 150);
	private static final Color GRID = new Color(226, 231, 237);
	private static final float WIDTH = 480;
	private static final float HEIGHT = 220;
	private static final float LEFT = 48;
	private static final float BOTTOM = 22;
	private static final float TOP = 26;
	private static final float RIGHT = 8;

	ResultsPicture {
		periods = List.copyOf(periods);
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
		legend(g);
		double step = step(periods.stream().mapToDouble(p -> Math.max(p.target(), p.actual())).max().orElse(0));
		double top = step * 5;
		g.setFont(ReportFonts.awt(Font.PLAIN, 7));
		FontMetrics small = g.getFontMetrics();
		for (int i = 0; i <= 5; i++) {
			float y = TOP + plotHeight - (float) (i * step / top) * plotHeight;
			g.setColor(GRID);
			g.setStroke(new BasicStroke(0.6f));
			g.draw(new Line2D.Float(LEFT, y, LEFT + plotWidth, y));
			String text = thousands.apply(i * step / 1000);
			g.setColor(QuadrantPicture.INK);
			g.drawString(text, LEFT - 4 - small.stringWidth(text), y + 2.5f);
		}
		axisTitle(g, small, plotHeight);
		if (message != null || periods.isEmpty()) {
			g.setFont(ReportFonts.awt(Font.PLAIN, 9));
			String text = message == null ? "" : message; //$NON-NLS-1$
			g.drawString(text, LEFT + (plotWidth - g.getFontMetrics().stringWidth(text)) / 2, TOP + plotHeight / 2);
			return;
		}
		float slot = plotWidth / periods.size();
		float bar = Math.min(28, slot * 0.3f);
		for (int i = 0; i < periods.size(); i++) {
			Period period = periods.get(i);
			float centre = LEFT + slot * (i + 0.5f);
			float base = TOP + plotHeight;
			float targetHeight = (float) (Math.max(0, period.target()) / top) * plotHeight;
			float actualHeight = (float) (Math.max(0, period.actual()) / top) * plotHeight;
			g.setColor(TARGET);
			g.fill(new Rectangle2D.Float(centre - bar - 1, base - targetHeight, bar, targetHeight));
			g.setColor(ACTUAL);
			g.fill(new Rectangle2D.Float(centre + 1, base - actualHeight, bar, actualHeight));
			g.setColor(QuadrantPicture.INK);
			g.setFont(ReportFonts.awt(Font.PLAIN, 8));
			FontMetrics metrics = g.getFontMetrics();
			g.drawString(period.label(), centre - metrics.stringWidth(period.label()) / 2f, base + 11);
			if (period.target() > 0) {
				String share = achieved.apply(period.actual() / period.target() * 100);
				g.setFont(ReportFonts.awt(Font.BOLD, 7.5f));
				metrics = g.getFontMetrics();
				g.drawString(share, centre + 1 + (bar - metrics.stringWidth(share)) / 2, base - actualHeight - 3);
			}
		}
		g.setColor(QuadrantPicture.INK);
		g.setStroke(new BasicStroke(0.8f));
		g.draw(new Line2D.Float(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight));
	}

	private void legend(Graphics2D g) {
		g.setFont(ReportFonts.awt(Font.PLAIN, 8));
		FontMetrics metrics = g.getFontMetrics();
		float x = LEFT;
		for (int i = 0; i < 2; i++) {
			g.setColor(i == 0 ? TARGET : ACTUAL);
			g.fill(new Rectangle2D.Float(x, 6, 9, 9));
			g.setColor(QuadrantPicture.INK);
			String text = i == 0 ? targetLabel : actualLabel;
			g.drawString(text, x + 13, 14);
			x += 13 + metrics.stringWidth(text) + 18;
		}
	}

	private void axisTitle(Graphics2D g, FontMetrics metrics, float plotHeight) {
		java.awt.geom.AffineTransform before = g.getTransform();
		g.translate(9, TOP + (plotHeight + metrics.stringWidth(axisTitle)) / 2);
		g.rotate(-Math.PI / 2);
		g.drawString(axisTitle, 0, 0);
		g.setTransform(before);
	}

	/** A round step for five grid lines that reach above the highest amount: 1, 2 or 5 times a power of ten. */
	static double step(double highest) {
		if (highest <= 0) {
			return 1000;
		}
		double rough = highest / 5;
		double power = Math.pow(10, Math.floor(Math.log10(rough)));
		for (double factor : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (factor * power >= rough) {
				return factor * power;
			}
		}
		return 10 * power;
	}
}
