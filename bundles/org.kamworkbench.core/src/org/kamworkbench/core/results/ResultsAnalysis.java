package org.kamworkbench.core.results;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Texts;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.IndirectRevenue;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.UnitCredit;

/**
 * Steering on results (domain points 9 and 1): per account and per recorded period result,
 * <ul>
 * <li>attributed indirect revenue = Σ reseller revenue × attribution share / 100;</li>
 * <li>total attributed revenue = direct revenue + attributed indirect revenue;</li>
 * <li>revenue target against total attributed revenue, profit contribution target against profit
 * contribution; a target of 0 means "no target" and is reported as such, never as 0% achieved;</li>
 * <li>credit of each of our units = total attributed revenue × its share / 100, flagged when shares are
 * recorded and do not sum to 100 (within {@value #ROUNDING} for rounding);</li>
 * <li>totals over all periods and per calendar year of the period's first day. Every recorded result
 * counts once, so periods that overlap (say a year and one of its quarters, for the same customer unit)
 * are counted twice; they are reported in the warnings.</li>
 * </ul>
 * No threshold is involved; amounts are in the portfolio currency.
 */
public final class ResultsAnalysis {

	/** Largest difference from 100 still read as 100 when adding credit shares (rounding in input). */
	public static final double ROUNDING = 1e-6;

	private static final Comparator<PeriodFigures> CHRONOLOGICAL = Comparator
			.comparing(PeriodFigures::periodStart, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(PeriodFigures::label);

	private ResultsAnalysis() {
	}

	/** The results of every account of the portfolio, in portfolio order. */
	public static List<AccountResults> analyse(Portfolio portfolio) {
		return portfolio.getAccounts().stream().map(ResultsAnalysis::analyse).toList();
	}

	/** The results of one account, per period, in total and per year. */
	public static AccountResults analyse(Account account) {
		String currency = currencyOf(account);
		List<PeriodFigures> periods = account.getResults().stream().map(result -> figures(result, currency))
				.sorted(CHRONOLOGICAL).toList();
		Map<Integer, List<PeriodFigures>> byYear = new TreeMap<>();
		for (PeriodFigures period : periods) {
			if (period.periodStart() != null) {
				byYear.computeIfAbsent(period.periodStart().getYear(), year -> new ArrayList<>()).add(period);
			}
		}
		List<YearResults> years = byYear.entrySet().stream()
				.map(year -> new YearResults(year.getKey(), year.getValue(), totals(year.getValue(), currency)))
				.toList();
		return new AccountResults(account, currency, periods, totals(periods, currency), years, overlaps(periods));
	}

	/** The figures of one period result, amounts written in {@code currency}. */
	public static PeriodFigures figures(PeriodResult result, String currency) {
		double indirect = 0;
		for (IndirectRevenue revenue : result.getIndirectRevenues()) {
			indirect += revenue.getRevenue() * revenue.getAttributionSharePercent() / 100.0;
		}
		double total = result.getDirectRevenue() + indirect;
		String label = labelOf(result);
		return new PeriodFigures(result, label, result.getPeriodStart(), result.getPeriodEnd(), result.getAccountUnit(),
				result.getDirectRevenue(), indirect, total, result.getCostToServe(), result.getProfitContribution(),
				compare(Messages.Results_revenue, result.getRevenueTarget(), total, currency, null),
				compare(Messages.Results_profit, result.getProfitContributionTarget(), result.getProfitContribution(),
						currency, null),
				credits(result, total, label));
	}

	private static CreditSplit credits(PeriodResult result, double totalRevenue, String label) {
		List<UnitCreditShare> shares = new ArrayList<>();
		double shareTotal = 0;
		for (UnitCredit credit : result.getCredits()) {
			shares.add(new UnitCreditShare(credit.getUnit(), credit.getSharePercent(),
					totalRevenue * credit.getSharePercent() / 100.0));
			shareTotal += credit.getSharePercent();
		}
		Optional<String> flag = !shares.isEmpty() && Math.abs(shareTotal - 100.0) > ROUNDING
				? Optional.of(NLS.bind(Messages.Results_creditsDoNotSum, label, Texts.decimal(shareTotal)))
				: Optional.empty();
		return new CreditSplit(shares, shareTotal, flag);
	}

	private static ResultTotals totals(List<PeriodFigures> periods, String currency) {
		double direct = 0, indirect = 0, total = 0, cost = 0, profit = 0;
		double revenueTarget = 0, revenueActual = 0, profitTarget = 0, profitActual = 0;
		int revenueTargets = 0, profitTargets = 0;
		Map<OrganisationUnit, Double> creditPerUnit = new LinkedHashMap<>();
		for (PeriodFigures period : periods) {
			direct += period.directRevenue();
			indirect += period.indirectRevenue();
			total += period.totalRevenue();
			cost += period.costToServe();
			profit += period.profitContribution();
			if (period.revenue().hasTarget()) {
				revenueTargets++;
				revenueTarget += period.revenue().target();
				revenueActual += period.revenue().actual();
			}
			if (period.profit().hasTarget()) {
				profitTargets++;
				profitTarget += period.profit().target();
				profitActual += period.profit().actual();
			}
			for (UnitCreditShare share : period.credits().shares()) {
				creditPerUnit.merge(share.unit(), share.credit(), Double::sum);
			}
		}
		List<UnitCreditShare> credits = new ArrayList<>();
		for (Map.Entry<OrganisationUnit, Double> credit : creditPerUnit.entrySet()) {
			credits.add(new UnitCreditShare(credit.getKey(), total == 0 ? 0 : credit.getValue() / total * 100.0,
					credit.getValue()));
		}
		return new ResultTotals(periods.size(), direct, indirect, total, cost, profit,
				compare(Messages.Results_revenue, revenueTarget, revenueTargets == 0 ? total : revenueActual, currency,
						partial(revenueTargets, periods.size())),
				compare(Messages.Results_profit, profitTarget, profitTargets == 0 ? profit : profitActual, currency,
						partial(profitTargets, periods.size())),
				credits);
	}

	private static String partial(int withTarget, int all) {
		return withTarget > 0 && withTarget < all
				? NLS.bind(Messages.Results_partialTargets, Integer.toString(withTarget), Integer.toString(all))
				: null;
	}

	private static TargetComparison compare(String measure, double target, double actual, String currency,
			String note) {
		String summary;
		OptionalDouble difference = OptionalDouble.empty();
		OptionalDouble achieved = OptionalDouble.empty();
		if (target == 0) {
			summary = NLS.bind(Messages.Results_noTarget, measure, money(actual, currency));
		} else {
			difference = OptionalDouble.of(actual - target);
			if (target > 0) {
				achieved = OptionalDouble.of(actual / target * 100.0);
				summary = NLS.bind(Messages.Results_againstTarget, new Object[] { measure, money(actual, currency),
						money(target, currency), Texts.decimal(achieved.getAsDouble()) });
			} else {
				summary = NLS.bind(Messages.Results_againstNegativeTarget, new Object[] { measure,
						money(actual, currency), money(target, currency), money(actual - target, currency) });
			}
		}
		if (note != null) {
			summary = summary + ' ' + note;
		}
		return new TargetComparison(target, actual, difference, achieved, summary);
	}

	private static List<String> overlaps(List<PeriodFigures> periods) {
		List<String> warnings = new ArrayList<>();
		for (int i = 0; i < periods.size(); i++) {
			for (int j = i + 1; j < periods.size(); j++) {
				PeriodFigures a = periods.get(i);
				PeriodFigures b = periods.get(j);
				if (Objects.equals(a.accountUnit(), b.accountUnit()) && overlap(a, b)) {
					warnings.add(a.accountUnit() == null ? NLS.bind(Messages.Results_overlap, a.label(), b.label())
							: NLS.bind(Messages.Results_overlapInUnit,
									new Object[] { a.label(), b.label(),
											Texts.nameOr(a.accountUnit().getName(), Messages.Results_unnamed) }));
				}
			}
		}
		return warnings;
	}

	private static boolean overlap(PeriodFigures a, PeriodFigures b) {
		LocalDate aStart = a.periodStart(), aEnd = a.periodEnd(), bStart = b.periodStart(), bEnd = b.periodEnd();
		if (aStart == null || aEnd == null || bStart == null || bEnd == null) {
			return false;
		}
		return !aStart.isAfter(bEnd) && !bStart.isAfter(aEnd);
	}

	private static String labelOf(PeriodResult result) {
		if (result.getPeriodLabel() != null && !result.getPeriodLabel().isBlank()) {
			return result.getPeriodLabel().strip();
		}
		if (result.getPeriodStart() != null || result.getPeriodEnd() != null) {
			return NLS.bind(Messages.Results_dates, Objects.toString(result.getPeriodStart(), "?"), //$NON-NLS-1$
					Objects.toString(result.getPeriodEnd(), "?")); //$NON-NLS-1$
		}
		return Messages.Results_undated;
	}

	private static String currencyOf(Account account) {
		return account.eContainer() instanceof Portfolio portfolio && portfolio.getCurrency() != null
				? portfolio.getCurrency()
				: "EUR"; //$NON-NLS-1$ the metamodel's default currency
	}

	static String money(double amount, String currency) {
		NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
		format.setMaximumFractionDigits(0);
		return NLS.bind(Messages.Results_amount, currency, format.format(amount));
	}
}
