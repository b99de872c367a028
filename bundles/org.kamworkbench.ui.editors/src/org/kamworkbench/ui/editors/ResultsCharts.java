package org.kamworkbench.ui.editors;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.kamworkbench.core.results.PeriodFigures;

/**
 * Three charts of an account's periods, one category per period: the revenue target against the actual
 * (attributed) revenue, the revenue mix of direct and attributed indirect revenue, and the trend of the
 * profit contribution.
 */
final class ResultsCharts {

	private static final String TARGET = "target"; //$NON-NLS-1$
	private static final String ACTUAL = "actual"; //$NON-NLS-1$
	private static final String DIRECT = "direct"; //$NON-NLS-1$
	private static final String INDIRECT = "indirect"; //$NON-NLS-1$
	private static final String PROFIT = "profit"; //$NON-NLS-1$
	private static final Color GREY = new Color(176, 176, 176);
	private static final Color BLUE = new Color(52, 101, 164);
	private static final Color ORANGE = new Color(240, 160, 48);
	private static final Color GREEN = new Color(78, 154, 6);

	private final Chart targets;
	private final Chart mix;
	private final Chart profit;

	ResultsCharts(Composite parent) {
		targets = chart(parent, Messages.Results_targetChart);
		bars(targets, TARGET, Messages.Results_seriesTarget, GREY);
		bars(targets, ACTUAL, Messages.Results_seriesActual, BLUE);
		mix = chart(parent, Messages.Results_mixChart);
		bars(mix, DIRECT, Messages.Results_seriesDirect, BLUE);
		bars(mix, INDIRECT, Messages.Results_seriesIndirect, ORANGE);
		profit = chart(parent, Messages.Results_profitChart);
		ILineSeries<?> line = (ILineSeries<?>) profit.getSeriesSet().createSeries(SeriesType.LINE, PROFIT);
		line.setDescription(Messages.Results_seriesProfit);
		line.setLineColor(GREEN);
		line.setSymbolColor(GREEN);
		line.setLineWidth(2);
		line.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
	}

	private static Chart chart(Composite parent, String title) {
		Chart chart = new Chart(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).hint(250, 240).applyTo(chart);
		chart.getTitle().setText(title);
		// SWTChart's large title font would cut off titles in charts this narrow
		chart.getTitle().setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		chart.getLegend().setPosition(SWT.BOTTOM);
		chart.getAxisSet().getXAxis(0).getTitle().setText(Messages.Results_axisPeriod);
		chart.getAxisSet().getXAxis(0).enableCategory(true);
		return chart;
	}

	private static IBarSeries<?> bars(Chart chart, String id, String description, Color color) {
		IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
		series.setDescription(description);
		series.setBarColor(color);
		return series;
	}

	/** Shows the periods, in the order given, with amounts in {@code currency}. */
	void show(List<PeriodFigures> periods, String currency) {
		String[] labels = periods.stream().map(PeriodFigures::label).toArray(String[]::new);
		plot(targets, labels, currency, series(targets, TARGET, periods, period -> period.revenue().target()),
				series(targets, ACTUAL, periods, PeriodFigures::totalRevenue));
		// SWTChart cannot stack below zero: a negative amount (entered elsewhere) shows as no bar in the mix
		double[] direct = series(mix, DIRECT, periods, period -> Math.max(0, period.directRevenue()));
		double[] indirect = series(mix, INDIRECT, periods, period -> Math.max(0, period.indirectRevenue()));
		// stacking can only be switched on once the series hold values
		for (ISeries<?> series : mix.getSeriesSet().getSeries()) {
			series.enableStack(true);
		}
		plot(mix, labels, currency, direct, indirect);
		plot(profit, labels, currency, series(profit, PROFIT, periods, PeriodFigures::profitContribution));
	}

	private static double[] series(Chart chart, String id, List<PeriodFigures> periods,
			ToDoubleFunction<PeriodFigures> value) {
		double[] values = periods.stream().mapToDouble(value).toArray();
		ISeries<?> series = chart.getSeriesSet().getSeries(id);
		series.setXSeries(IntStream.range(0, values.length).asDoubleStream().toArray());
		series.setYSeries(values);
		return values;
	}

	private static void plot(Chart chart, String[] labels, String currency, double[]... shown) {
		IAxis x = chart.getAxisSet().getXAxis(0);
		// SWTChart cannot lay out a category axis without categories: no periods show as one empty category
		x.setCategorySeries(labels.length == 0 ? new String[] { "" } : labels); //$NON-NLS-1$
		IAxis y = chart.getAxisSet().getYAxis(0);
		y.getTitle().setText(NLS.bind(Messages.Results_axisAmount, currency));
		NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
		format.setMaximumFractionDigits(0);
		y.getTick().setFormat(format);
		y.setRange(valueRange(chart, shown));
		chart.redraw();
	}

	/** From zero (or the lowest value below it) to a little above the highest, so bars start at the axis. */
	private static Range valueRange(Chart chart, double[]... shown) {
		double low = 0;
		double high = 0;
		boolean stacked = chart.getSeriesSet().getSeries()[0].isStackEnabled();
		for (int i = 0; i < shown[0].length; i++) {
			double sum = 0;
			for (double[] values : shown) {
				low = Math.min(low, values[i]);
				high = Math.max(high, values[i]);
				sum += values[i];
			}
			if (stacked) {
				high = Math.max(high, sum);
			}
		}
		// all zero: a scale of a thousand, where whole amounts label the ticks
		return high == low ? new Range(low, low + 1000) : new Range(low, high + (high - low) * 0.1);
	}

	/** The y-values of the actual-revenue series, one per period (what UI tests check). */
	double[] actualRevenue() {
		return targets.getSeriesSet().getSeries(ACTUAL).getYSeries().clone();
	}
}
