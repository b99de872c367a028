package org.kamworkbench.ui.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.forms.IManagedForm;
import org.kamworkbench.core.Texts;
import org.kamworkbench.core.Thresholds;
import org.kamworkbench.core.selection.PortfolioMatrix;
import org.kamworkbench.core.selection.PortfolioPosition;
import org.kamworkbench.core.selection.PortfolioQuadrant;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AnalysisSettings;

/**
 * McDonald's portfolio matrix of the accounts: attractiveness up, relative strength across in the
 * direction the settings choose (stated on the chart), the thresholds as lines and the quadrants named.
 * Hovering names an account; double-clicking opens it.
 */
public class MatrixPage extends KamPage {

	static final String ID = "matrix"; //$NON-NLS-1$
	private static final String SERIES = "accounts"; //$NON-NLS-1$
	private static final int HIT_RADIUS = 8;

	private Chart chart;
	private final List<Placed> placed = new ArrayList<>();

	/** An account as drawn: where, and what it says. */
	public record Placed(Account account, double strength, double attractiveness, PortfolioQuadrant quadrant) {
	}

	MatrixPage(KamEditor editor) {
		super(editor, ID, Messages.Matrix_tab);
	}

	@Override
	protected void createContent(IManagedForm managedForm) {
		managedForm.getForm().setText(Messages.Matrix_title);
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(1, false));
		chart = new Chart(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).hint(700, 500).applyTo(chart);
		chart.getTitle().setVisible(false);
		chart.getLegend().setVisible(false);
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, SERIES);
		series.setLineStyle(LineStyle.NONE);
		series.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
		series.setSymbolSize(6);
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(org.eclipse.swt.events.PaintEvent event) {
				paintQuadrants(event.gc);
			}

			@Override
			public boolean drawBehindSeries() {
				return false;
			}
		});
		Control plot = chart.getPlotArea().getControl();
		plot.addListener(SWT.MouseMove, this::hover);
		plot.addListener(SWT.MouseDoubleClick, this::open);
	}

	@Override
	void refresh() {
		if (chart == null || chart.isDisposed()) {
			return;
		}
		AnalysisSettings settings = Thresholds.of(portfolio());
		placed.clear();
		for (PortfolioPosition position : PortfolioMatrix.place(portfolio())) {
			OptionalDouble strength = position.scores().relativeStrength().score();
			OptionalDouble attractiveness = position.scores().attractiveness().score();
			if (strength.isPresent() && attractiveness.isPresent() && position.quadrant().isPresent()) {
				placed.add(new Placed(position.account(), strength.getAsDouble(), attractiveness.getAsDouble(),
						position.quadrant().get()));
			}
		}
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().getSeries(SERIES);
		series.setXSeries(placed.stream().mapToDouble(Placed::strength).toArray());
		series.setYSeries(placed.stream().mapToDouble(Placed::attractiveness).toArray());
		IAxis x = chart.getAxisSet().getXAxis(0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		x.setRange(new Range(0, 10));
		y.setRange(new Range(0, 10));
		x.setReversed(settings.isStrengthHighOnLeft());
		x.getTitle().setText(PortfolioMatrix.strengthDirection(portfolio()).statement());
		y.getTitle().setText(Messages.Matrix_attractiveness);
		chart.redraw();
	}

	/** The accounts as the chart shows them now (also what UI tests check). */
	public List<Placed> placed() {
		return List.copyOf(placed);
	}

	private void paintQuadrants(GC gc) {
		AnalysisSettings settings = Thresholds.of(portfolio());
		IAxis x = chart.getAxisSet().getXAxis(0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		Point size = chart.getPlotArea().getSize();
		Color lines = chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		gc.setForeground(lines);
		gc.setLineStyle(SWT.LINE_DASH);
		int thresholdX = x.getPixelCoordinate(settings.getStrengthThreshold());
		int thresholdY = y.getPixelCoordinate(settings.getAttractivenessThreshold());
		gc.drawLine(thresholdX, 0, thresholdX, size.y);
		gc.drawLine(0, thresholdY, size.x, thresholdY);
		gc.setLineStyle(SWT.LINE_SOLID);
		int strongX = x.getPixelCoordinate(9.5);
		int weakX = x.getPixelCoordinate(0.5);
		int top = y.getPixelCoordinate(9.6);
		int bottom = y.getPixelCoordinate(1.4);
		label(gc, PortfolioQuadrant.STRATEGIC.label(), strongX, top);
		label(gc, PortfolioQuadrant.STAR.label(), weakX, top);
		label(gc, PortfolioQuadrant.STATUS.label(), strongX, bottom);
		label(gc, PortfolioQuadrant.STREAMLINE.label(), weakX, bottom);
		gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		for (Placed account : placed) {
			gc.drawText(Labels.name(account.account()), x.getPixelCoordinate(account.strength()) + 6,
					y.getPixelCoordinate(account.attractiveness()) - 7, true);
		}
	}

	private static void label(GC gc, String text, int centreX, int y) {
		Point extent = gc.textExtent(text);
		gc.drawText(text.toUpperCase(), centreX - extent.x / 2, y, true);
	}

	private Placed nearest(int pixelX, int pixelY) {
		IAxis x = chart.getAxisSet().getXAxis(0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		Placed best = null;
		double bestDistance = HIT_RADIUS;
		for (Placed account : placed) {
			double distance = Math.hypot(x.getPixelCoordinate(account.strength()) - pixelX,
					y.getPixelCoordinate(account.attractiveness()) - pixelY);
			if (distance <= bestDistance) {
				best = account;
				bestDistance = distance;
			}
		}
		return best;
	}

	private void hover(Event event) {
		Placed account = nearest(event.x, event.y);
		chart.getPlotArea().getControl().setToolTipText(account == null ? null
				: NLS.bind(Messages.Matrix_tooltip, new Object[] { Labels.name(account.account()), account.quadrant().label(),
						Texts.decimal(account.attractiveness()), Texts.decimal(account.strength()) }));
	}

	private void open(Event event) {
		Placed account = nearest(event.x, event.y);
		if (account != null) {
			kamEditor().openAccount(account.account());
		}
	}

	/** Where the chart draws an account, in the plot area's pixels (for UI tests that hover and double-click). */
	public Point pixelOf(Account account) {
		for (Placed candidate : placed) {
			if (candidate.account() == account) {
				return new Point(chart.getAxisSet().getXAxis(0).getPixelCoordinate(candidate.strength()),
						chart.getAxisSet().getYAxis(0).getPixelCoordinate(candidate.attractiveness()));
			}
		}
		return null;
	}

	/** The plot area, where the accounts are drawn. */
	public Control plotArea() {
		return chart.getPlotArea().getControl();
	}
}
