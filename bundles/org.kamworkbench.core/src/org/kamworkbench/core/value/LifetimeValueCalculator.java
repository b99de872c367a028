package org.kamworkbench.core.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Texts;
import org.kamworkbench.kam.LifetimeValueInputs;

/**
 * Customer lifetime value (CLV) of an account, with its assumptions kept visible and editable: the figure
 * comes from a model, not from the books.
 * <p>
 * With first-year revenue R, growth g, margin m, retention r, discount rate d (all as fractions), horizon H
 * years and acquisition cost A:
 *
 * <pre>
 * CLV = sum over t = 1..H of  R * (1 + g)^(t-1) * m * r^(t-1) / (1 + d)^t   -  A
 * </pre>
 *
 * Assumptions: the customer is retained in the first year with certainty (r^0 = 1) and stays each later year
 * with chance r; each year's margin arrives at the end of that year, hence the discount (1 + d)^t; the
 * acquisition cost is paid now and not discounted.
 * <p>
 * Valid ranges: revenue and acquisition cost at least 0; growth at least -100 %; margin, retention and
 * discount rate 0-100 %; horizon at least 1 year. An input outside its range gives a result without a value
 * that names the input, not an exception.
 * <p>
 * The result also shows what {@link #RETENTION_STEP_POINTS} more points of retention (capped at 100 %) would
 * be worth, after Reichheld's finding that 5 % fewer defectors gave 35-95 % more profit.
 */
public final class LifetimeValueCalculator {

	/** Percentage points by which the retention effect raises the retention rate, after Reichheld. */
	public static final double RETENTION_STEP_POINTS = 5.0;

	private static final double MAXIMUM_PERCENT = 100.0;

	private LifetimeValueCalculator() {
	}

	/** The lifetime value from the inputs recorded on an account. */
	public static LifetimeValue calculate(LifetimeValueInputs inputs) {
		return calculate(LifetimeValueAssumptions.of(inputs));
	}

	/** The lifetime value under {@code assumptions}, with the effect of {@link #RETENTION_STEP_POINTS} more retention. */
	public static LifetimeValue calculate(LifetimeValueAssumptions assumptions) {
		return calculate(assumptions, RETENTION_STEP_POINTS);
	}

	/**
	 * The lifetime value under {@code assumptions}, with the effect of raising retention by
	 * {@code retentionStepPoints} percentage points (not negative), capped at 100 %.
	 */
	public static LifetimeValue calculate(LifetimeValueAssumptions assumptions, double retentionStepPoints) {
		if (!(retentionStepPoints >= 0) || Double.isInfinite(retentionStepPoints)) {
			throw new IllegalArgumentException("retention step must be a non-negative number: " + retentionStepPoints); //$NON-NLS-1$
		}
		String text = assumptionsText(assumptions);
		List<InvalidInput> invalid = validate(assumptions);
		if (!invalid.isEmpty()) {
			return new LifetimeValue(assumptions, OptionalDouble.empty(), invalid, text, Optional.empty());
		}
		double value = value(assumptions);
		double from = assumptions.retentionRatePercent();
		double to = Math.min(MAXIMUM_PERCENT, from + retentionStepPoints);
		double higher = value(assumptions.withRetentionRatePercent(to));
		double change = higher - value;
		OptionalDouble changePercent = value > 0 ? OptionalDouble.of(change / value * 100) : OptionalDouble.empty();
		String message;
		if (!(to > from)) {
			message = NLS.bind(Messages.LifetimeValue_retentionAtMaximum, Messages.percent(from));
		} else if (changePercent.isPresent()) {
			message = NLS.bind(Messages.LifetimeValue_retentionEffect,
					new Object[] { Messages.percent(to), Messages.percent(from), Texts.number(higher),
							Texts.number(value), Messages.signed(change),
							Messages.signedPercent(changePercent.getAsDouble()) });
		} else {
			message = NLS.bind(Messages.LifetimeValue_retentionEffectAbsolute, new Object[] { Messages.percent(to),
					Messages.percent(from), Texts.number(higher), Texts.number(value), Messages.signed(change) });
		}
		RetentionEffect effect = new RetentionEffect(from, to, higher, change, changePercent, message);
		return new LifetimeValue(assumptions, OptionalDouble.of(value), List.of(), text, Optional.of(effect));
	}

	/** The formula of the class comment; the assumptions must be valid. */
	private static double value(LifetimeValueAssumptions a) {
		double growth = 1 + a.annualGrowthPercent() / 100;
		double margin = a.marginPercent() / 100;
		double retention = a.retentionRatePercent() / 100;
		double discount = 1 + a.discountRatePercent() / 100;
		double revenue = a.annualRevenue(); // R * (1 + g)^(t-1)
		double stillCustomer = 1; // r^(t-1): the first year is retained with certainty
		double discountFactor = discount; // (1 + d)^t
		double total = 0;
		for (int year = 1; year <= a.horizonYears(); year++) {
			total += revenue * margin * stillCustomer / discountFactor;
			revenue *= growth;
			stillCustomer *= retention;
			discountFactor *= discount;
		}
		return total - a.acquisitionCost();
	}

	private static List<InvalidInput> validate(LifetimeValueAssumptions a) {
		List<InvalidInput> invalid = new ArrayList<>();
		atLeast(invalid, LifetimeValueInput.ANNUAL_REVENUE, a.annualRevenue(), 0, false);
		atLeast(invalid, LifetimeValueInput.ANNUAL_GROWTH, a.annualGrowthPercent(), -MAXIMUM_PERCENT, true);
		percentage(invalid, LifetimeValueInput.MARGIN, a.marginPercent());
		percentage(invalid, LifetimeValueInput.RETENTION_RATE, a.retentionRatePercent());
		percentage(invalid, LifetimeValueInput.DISCOUNT_RATE, a.discountRatePercent());
		if (a.horizonYears() < 1) {
			invalid.add(new InvalidInput(LifetimeValueInput.HORIZON, NLS.bind(Messages.Invalid_atLeast, new Object[] {
					LifetimeValueInput.HORIZON.label(), Messages.years(a.horizonYears()), Messages.years(1) })));
		}
		atLeast(invalid, LifetimeValueInput.ACQUISITION_COST, a.acquisitionCost(), 0, false);
		return invalid;
	}

	private static void percentage(List<InvalidInput> invalid, LifetimeValueInput input, double value) {
		if (!finite(invalid, input, value)) {
			return;
		}
		if (value < 0 || value > MAXIMUM_PERCENT) {
			invalid.add(new InvalidInput(input, NLS.bind(Messages.Invalid_between, new Object[] { input.label(),
					Messages.percent(value), Messages.percent(0), Messages.percent(MAXIMUM_PERCENT) })));
		}
	}

	private static void atLeast(List<InvalidInput> invalid, LifetimeValueInput input, double value, double minimum,
			boolean isPercent) {
		if (finite(invalid, input, value) && value < minimum) {
			invalid.add(new InvalidInput(input, NLS.bind(Messages.Invalid_atLeast, new Object[] { input.label(),
					isPercent ? Messages.percent(value) : Texts.number(value),
					isPercent ? Messages.percent(minimum) : Texts.number(minimum) })));
		}
	}

	private static boolean finite(List<InvalidInput> invalid, LifetimeValueInput input, double value) {
		if (Double.isFinite(value)) {
			return true;
		}
		invalid.add(new InvalidInput(input, NLS.bind(Messages.Invalid_notANumber, input.label())));
		return false;
	}

	private static String assumptionsText(LifetimeValueAssumptions a) {
		return NLS.bind(Messages.LifetimeValue_assumptions,
				new Object[] { Messages.percent(a.retentionRatePercent()), Messages.percent(a.marginPercent()),
						Messages.percent(a.discountRatePercent()), Messages.years(a.horizonYears()),
						Messages.percent(a.annualGrowthPercent()), Texts.number(a.annualRevenue()),
						Texts.number(a.acquisitionCost()) });
	}
}
