package org.kamworkbench.core.results;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Texts;
import org.kamworkbench.core.criteria.ComputedValue;
import org.kamworkbench.core.criteria.CriterionComputation;
import org.kamworkbench.core.criteria.CriterionValues;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.Portfolio;

/**
 * The built-in computed criterion {@value #ID}: revenue potential from the results, relative to the
 * portfolio's largest account.
 * <ul>
 * <li>The year: the latest calendar year in which any account of the portfolio has a period result (so the
 * value depends on the file only, never on today's date).</li>
 * <li>An account's potential in that year: its total attributed revenue (direct plus the attributed share of
 * indirect revenue, as {@link ResultsAnalysis} counts it), or its revenue target for the year when that is
 * higher: the target says what the account plan holds to be in reach.</li>
 * <li>The value: {@code scaleMin + potential / largest potential * (scaleMax - scaleMin)}, so the largest account
 * sits at the top of the criterion's scale; a negative potential counts as 0.</li>
 * <li>No value for an account without results in that year, and for every account when no account has a
 * potential above 0.</li>
 * </ul>
 */
public final class RevenuePotential implements CriterionComputation {

	/** The id a criterion's {@code computationId} names to be computed this way. */
	public static final String ID = "org.kamworkbench.core.revenuePotential"; //$NON-NLS-1$

	@Override
	public CriterionValues prepare(Portfolio portfolio, Criterion criterion) {
		Map<Account, AccountResults> results = new IdentityHashMap<>();
		int year = Integer.MIN_VALUE;
		for (Account account : portfolio.getAccounts()) {
			AccountResults analysed = ResultsAnalysis.analyse(account);
			results.put(account, analysed);
			if (!analysed.years().isEmpty()) {
				year = Math.max(year, analysed.years().get(analysed.years().size() - 1).year());
			}
		}
		if (year == Integer.MIN_VALUE) {
			ComputedValue none = ComputedValue.none(Messages.RevenuePotential_noResults);
			return account -> none;
		}
		Map<Account, Double> potentials = new IdentityHashMap<>();
		double largest = 0;
		for (Map.Entry<Account, AccountResults> entry : results.entrySet()) {
			for (YearResults inYear : entry.getValue().years()) {
				if (inYear.year() == year) {
					double potential = Math.max(0.0,
							Math.max(inYear.totals().totalRevenue(), inYear.totals().revenue().target()));
					potentials.put(entry.getKey(), Double.valueOf(potential));
					largest = Math.max(largest, potential);
				}
			}
		}
		String yearText = Integer.toString(year);
		if (!(largest > 0)) {
			ComputedValue none = ComputedValue.none(NLS.bind(Messages.RevenuePotential_noRevenue, yearText));
			return account -> none;
		}
		double top = largest;
		double min = criterion.getScaleMin();
		double span = criterion.getScaleMax() - criterion.getScaleMin();
		return account -> {
			Double potential = potentials.get(account);
			if (potential == null) {
				return ComputedValue.none(NLS.bind(Messages.RevenuePotential_noResultsInYear, yearText));
			}
			double share = potential.doubleValue() / top;
			return ComputedValue.of(min + share * span, NLS.bind(Messages.RevenuePotential_explanation,
					new Object[] { yearText, Texts.number(potential.doubleValue()), Texts.percent(share) }));
		};
	}
}
