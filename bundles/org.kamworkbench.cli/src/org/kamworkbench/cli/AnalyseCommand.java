package org.kamworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Thresholds;
import org.kamworkbench.core.analysis.Analyses;
import org.kamworkbench.core.analysis.AnalysisDescriptor;
import org.kamworkbench.core.analysis.AnalysisReport;
import org.kamworkbench.core.criteria.ComputationDescriptor;
import org.kamworkbench.core.balance.BalanceVerdict;
import org.kamworkbench.core.coverage.CoverageAnalysis;
import org.kamworkbench.core.coverage.CoverageFinding;
import org.kamworkbench.core.kraljic.KraljicClassifier;
import org.kamworkbench.core.organisation.CentralLocalConflicts;
import org.kamworkbench.core.results.AccountResults;
import org.kamworkbench.core.results.ResultsAnalysis;
import org.kamworkbench.core.results.YearResults;
import org.kamworkbench.core.selection.ComputedCriteria;
import org.kamworkbench.core.selection.ComputedScore;
import org.kamworkbench.core.selection.PortfolioMatrix;
import org.kamworkbench.core.selection.PortfolioPosition;
import org.kamworkbench.core.selection.SelectionFlag;
import org.kamworkbench.core.selection.SelectionFlags;
import org.kamworkbench.core.selection.SelectionScoring;
import org.kamworkbench.core.selection.SensitivityAnalysis;
import org.kamworkbench.core.selection.SensitivityResult;
import org.kamworkbench.core.value.LifetimeValue;
import org.kamworkbench.core.value.LifetimeValueCalculator;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.ThresholdSide;
import org.kamworkbench.kam.provider.KamEditPlugin;

/**
 * {@code analyse FILE}: every analysis of the portfolio in one report, in the order a consultant reads
 * them: portfolio matrix (with the computed criteria), Kraljic and balance, central versus local, results,
 * coverage, sensitivity, lifetime value, the analyses that extensions contribute, and the validation's verdict
 * last (which also decides the exit code).
 */
final class AnalyseCommand {

	private final PrintStream out;
	private final PrintStream err;

	AnalyseCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(CommandLineArguments arguments) {
		Path file = arguments.file();
		Portfolio portfolio = ValidateCommand.loadOrExplain(file, err);
		if (portfolio == null) {
			return KamCommandLine.UNREADABLE;
		}
		ReportWriter report = new ReportWriter(out, Locale.getDefault());
		AnalysisSettings settings = Thresholds.of(portfolio);
		report.plain(NLS.bind(Messages.Analyse_title, file.getFileName()));
		report.plain(NLS.bind(Messages.Analyse_portfolio, new Object[] { portfolio.getName(),
				portfolio.getOrganisationName(), portfolio.getAccounts().size(), arguments.asOf() }));
		portfolioMatrix(report, portfolio, settings);
		kraljicAndBalance(report, portfolio, settings);
		centralVersusLocal(report, portfolio, settings);
		results(report, portfolio);
		coverage(report, portfolio, arguments);
		sensitivity(report, portfolio, arguments.seed());
		lifetimeValue(report, portfolio);
		installedAnalyses(report, portfolio, arguments);
		report.plain(""); //$NON-NLS-1$
		return new ValidateCommand(out, err).report(file, portfolio);
	}

	private static void portfolioMatrix(ReportWriter report, Portfolio portfolio, AnalysisSettings settings) {
		report.heading(Messages.Section_matrix);
		CriteriaSet criteria = SelectionScoring.criteriaSet(portfolio);
		if (criteria != null) {
			report.line(NLS.bind(Messages.Matrix_criteria, criteria.getName(), criteria.getVersion()));
		}
		report.line(NLS.bind(Messages.Matrix_thresholds, new Object[] { report.decimal(settings.getAttractivenessThreshold()),
				report.decimal(settings.getStrengthThreshold()), boundary(settings.getBoundarySide()) }));
		report.line(PortfolioMatrix.strengthDirection(portfolio).statement());
		List<List<String>> rows = new ArrayList<>();
		for (PortfolioPosition position : PortfolioMatrix.place(portfolio)) {
			Account account = position.account();
			rows.add(List.of(account.getName(), status(account),
					report.decimal(position.scores().attractiveness().score()),
					report.decimal(position.scores().relativeStrength().score()),
					position.quadrant().map(q -> q.label()).orElse(Messages.Unknown)));
		}
		report.table(List.of(Messages.Column_account, Messages.Column_status, Messages.Column_attractiveness,
				Messages.Column_strength, Messages.Column_quadrant), rows);
		computedCriteria(report, portfolio, criteria);
		List<SelectionFlag> flags = SelectionFlags.of(portfolio);
		if (!flags.isEmpty()) {
			report.line(Messages.Matrix_flags);
			flags.forEach(flag -> report.item(flag.message()));
		}
	}

	/** Each computed criterion of the applied set: its computation, and the value per account or why there is none. */
	private static void computedCriteria(ReportWriter report, Portfolio portfolio, CriteriaSet criteria) {
		if (criteria == null) {
			return;
		}
		ComputedCriteria computed = ComputedCriteria.of(portfolio);
		for (Criterion criterion : criteria.getCriteria()) {
			if (!ComputedCriteria.isComputed(criterion)) {
				continue;
			}
			Optional<ComputationDescriptor> computation = computed.computation(criterion);
			report.line(computation.isPresent()
					? NLS.bind(Messages.Matrix_computedBy, criterion.getName(), computation.get().name())
					: NLS.bind(Messages.Matrix_computationNotInstalled, criterion.getName(),
							criterion.getComputationId().strip()));
			if (computation.isEmpty()) {
				continue;
			}
			for (Account account : portfolio.getAccounts()) {
				ComputedScore score = computed.score(criterion, account);
				report.item(score.isCounted()
						? NLS.bind(Messages.Matrix_computedValue, new Object[] { account.getName(),
								report.decimal(score.value().getAsDouble()), score.message() })
						: NLS.bind(Messages.Matrix_notComputed, account.getName(), score.message()));
			}
		}
	}

	/** One section per analysis that extensions contribute, with its figures and findings per account. */
	private static void installedAnalyses(ReportWriter report, Portfolio portfolio, CommandLineArguments arguments) {
		for (AnalysisDescriptor analysis : Analyses.installed()) {
			report.heading(analysis.name());
			boolean any = false;
			for (Account account : portfolio.getAccounts()) {
				AnalysisReport found = Analyses.run(analysis, account, arguments.asOf());
				if (found.isEmpty()) {
					continue;
				}
				any = true;
				report.line(account.getName());
				found.figures().forEach(figure -> report.detail(
						NLS.bind(Messages.Analysis_figure, figure.label(), figure.value())));
				found.findings().forEach(report::item);
			}
			if (!any) {
				report.line(Messages.Analysis_nothing);
			}
		}
	}

	private static void kraljicAndBalance(ReportWriter report, Portfolio portfolio, AnalysisSettings settings) {
		report.heading(Messages.Section_balance);
		KraljicClassifier kraljic = new KraljicClassifier(settings);
		for (Account account : portfolio.getAccounts()) {
			BalanceVerdict verdict = BalanceVerdict.judge(account, settings);
			report.line(NLS.bind(Messages.Balance_account, new Object[] { account.getName(),
					verdict.customerView().outcome().title(), verdict.balance().title() }));
			kraljic.classify(account).forEach(placement -> report.detail(placement.explanation()));
			verdict.customerView().reasons().forEach(report::item);
			verdict.messages().forEach(report::item);
		}
	}

	private static void centralVersusLocal(ReportWriter report, Portfolio portfolio, AnalysisSettings settings) {
		report.heading(Messages.Section_centralLocal);
		int found = 0;
		for (Account account : portfolio.getAccounts()) {
			for (CentralLocalConflicts.Finding finding : CentralLocalConflicts.find(account, settings)) {
				report.item(finding.message());
				found++;
			}
		}
		if (found == 0) {
			report.line(Messages.CentralLocal_none);
		}
	}

	private static void results(ReportWriter report, Portfolio portfolio) {
		report.heading(NLS.bind(Messages.Section_results, portfolio.getCurrency()));
		for (AccountResults results : ResultsAnalysis.analyse(portfolio)) {
			if (results.periods().isEmpty()) {
				continue;
			}
			report.line(results.account().getName());
			for (YearResults year : results.years()) {
				report.detail(NLS.bind(Messages.Results_year, new Object[] { year.year(), year.totals().revenue().summary(),
						report.amount(year.totals().indirectRevenue()), report.amount(year.totals().profitContribution()) }));
			}
			results.warnings().forEach(report::item);
		}
	}

	private static void coverage(ReportWriter report, Portfolio portfolio, CommandLineArguments arguments) {
		report.heading(NLS.bind(Messages.Section_coverage, arguments.asOf()));
		List<CoverageFinding> findings = CoverageAnalysis.analyse(portfolio, arguments.asOf());
		Account current = null;
		for (CoverageFinding finding : findings) {
			if (finding.account() != current) {
				current = finding.account();
				report.line(current.getName());
			}
			report.item(finding.message());
		}
		if (findings.isEmpty()) {
			report.line(Messages.Coverage_none);
		}
	}

	private static void sensitivity(ReportWriter report, Portfolio portfolio, long seed) {
		SensitivityResult result = SensitivityAnalysis.analyse(portfolio, seed);
		report.heading(NLS.bind(Messages.Section_sensitivity, new Object[] { result.runs(),
				report.decimal(result.weightVariationPercent()), result.seed() }));
		result.accounts().forEach(account -> report.item(account.message()));
	}

	private static void lifetimeValue(ReportWriter report, Portfolio portfolio) {
		report.heading(NLS.bind(Messages.Section_lifetimeValue, portfolio.getCurrency()));
		for (Account account : portfolio.getAccounts()) {
			if (account.getLifetimeValueInputs() == null) {
				continue;
			}
			LifetimeValue value = LifetimeValueCalculator.calculate(account.getLifetimeValueInputs());
			if (value.isValid()) {
				report.line(NLS.bind(Messages.LifetimeValue_account, account.getName(),
						report.amount(value.value().getAsDouble())));
				report.detail(value.assumptionsText());
				value.retentionEffect().ifPresent(effect -> report.detail(effect.message()));
			} else {
				report.line(NLS.bind(Messages.LifetimeValue_invalid, account.getName()));
				value.invalidInputs().forEach(input -> report.item(input.message()));
			}
		}
	}

	private static String status(Account account) {
		return KamEditPlugin.INSTANCE.getString("_UI_AccountStatus_" + account.getStatus().getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String boundary(ThresholdSide side) {
		return side == ThresholdSide.LOW ? Messages.Matrix_boundaryLow : Messages.Matrix_boundaryHigh;
	}
}
