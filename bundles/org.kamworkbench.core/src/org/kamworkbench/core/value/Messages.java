package org.kamworkbench.core.value;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Texts;

/** What the value calculations tell the user, in English and Dutch. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.core.value.messages"; //$NON-NLS-1$

	public static String Input_annualRevenue;
	public static String Input_annualGrowth;
	public static String Input_margin;
	public static String Input_retentionRate;
	public static String Input_discountRate;
	public static String Input_horizon;
	public static String Input_acquisitionCost;

	public static String Invalid_between;
	public static String Invalid_atLeast;
	public static String Invalid_notANumber;

	public static String LifetimeValue_percent;
	public static String LifetimeValue_oneYear;
	public static String LifetimeValue_years;
	public static String LifetimeValue_assumptions;
	public static String LifetimeValue_retentionEffect;
	public static String LifetimeValue_retentionEffectAbsolute;
	public static String LifetimeValue_retentionAtMaximum;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** A percentage, e.g. "80 %". */
	static String percent(double value) {
		return NLS.bind(LifetimeValue_percent, Texts.number(value));
	}

	/** A change in percent with its sign, e.g. "+30.56 %". */
	static String signedPercent(double value) {
		return NLS.bind(LifetimeValue_percent, signed(value));
	}

	/** A number of years, e.g. "5 years". */
	static String years(int years) {
		return years == 1 ? LifetimeValue_oneYear : NLS.bind(LifetimeValue_years, Integer.valueOf(years));
	}

	/** A change with its sign, e.g. "+250" or "-12.5". */
	static String signed(double value) {
		return value > 0 ? "+" + Texts.number(value) : Texts.number(value); //$NON-NLS-1$
	}
}
