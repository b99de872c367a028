package org.kamworkbench.ui.editors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.kamworkbench.core.Texts;
import org.kamworkbench.core.Thresholds;
import org.kamworkbench.core.analysis.Analyses;
import org.kamworkbench.core.analysis.AnalysisDescriptor;
import org.kamworkbench.core.analysis.AnalysisReport;
import org.kamworkbench.core.balance.BalanceVerdict;
import org.kamworkbench.core.results.AccountResults;
import org.kamworkbench.core.results.ResultsAnalysis;
import org.kamworkbench.core.results.YearResults;
import org.kamworkbench.core.value.LifetimeValue;
import org.kamworkbench.core.value.LifetimeValueCalculator;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.Scale;
import org.kamworkbench.kam.ScaleLevel;

/**
 * An account at a glance: status, executive sponsor, relationship stage, how the customer sees us now
 * and where we want to be, the balance verdict with its reasons, the key figures, and a section per analysis
 * that extensions contribute (as of today).
 */
class AccountOverviewPage extends KamPage {

	static final String ID = "accountOverview"; //$NON-NLS-1$

	private FormFields fields;
	private Label verdict;
	private Label reasons;
	private Label figures;
	/** One section per analysis that extensions contribute, in the order they are installed. */
	private final List<AnalysisDescriptor> analyses = new ArrayList<>();
	private final List<Label> analysisTexts = new ArrayList<>();

	AccountOverviewPage(AccountEditor editor) {
		super(editor, ID, Messages.AccountOverview_tab);
	}

	private Account account() {
		return ((AccountEditor) getEditor()).account();
	}

	@Override
	protected void createContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(2, true));
		fields = new FormFields(kamEditor(), toolkit, this::account);
		Composite general = section(toolkit, body, Messages.AccountOverview_general, 2);
		KamPackage kam = KamPackage.eINSTANCE;
		fields.text(general, Messages.Field_name, kam.getNamedElement_Name());
		fields.choice(general, Messages.Field_status, kam.getAccount_Status(), () -> AccountStatus.VALUES,
				status -> Labels.of(status, kam.getAccountStatus()), false);
		fields.choice(general, Messages.Field_keyAccountManager, kam.getAccount_KeyAccountManager(), this::people,
				Labels::name, true);
		fields.choice(general, Messages.Field_executiveSponsor, kam.getAccount_ExecutiveSponsor(), this::people,
				Labels::name, true);
		fields.choice(general, Messages.Field_relationshipStage, kam.getAccount_RelationshipStage(),
				() -> levels(portfolio().getRelationshipStageScale()), Labels::name, true);
		fields.choice(general, Messages.Field_buySellNow, kam.getAccount_CurrentBuySellLevel(),
				() -> levels(portfolio().getBuySellScale()), Labels::name, true);
		fields.choice(general, Messages.Field_buySellDesired, kam.getAccount_DesiredBuySellLevel(),
				() -> levels(portfolio().getBuySellScale()), Labels::name, true);
		Composite balance = section(toolkit, body, Messages.AccountOverview_balance, 1);
		verdict = toolkit.createLabel(balance, "", SWT.WRAP); //$NON-NLS-1$
		verdict.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(verdict);
		reasons = toolkit.createLabel(balance, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(reasons);
		Composite keyFigures = section(toolkit, body, Messages.AccountOverview_figures, 1);
		figures = toolkit.createLabel(keyFigures, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(figures);
		for (AnalysisDescriptor analysis : Analyses.installed()) {
			Label text = toolkit.createLabel(section(toolkit, body, analysis.name(), 1), "", SWT.WRAP); //$NON-NLS-1$
			GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(text);
			analyses.add(analysis);
			analysisTexts.add(text);
		}
	}

	private static Composite section(FormToolkit toolkit, Composite parent, String title, int columns) {
		return PageParts.section(toolkit, parent, title, null, columns, GridDataFactory.fillDefaults().grab(true, false));
	}

	private List<Person> people() {
		return portfolio().getPeople();
	}

	private static List<ScaleLevel> levels(Scale scale) {
		return scale == null ? List.of() : scale.getLevels();
	}

	@Override
	void refresh() {
		Account account = account();
		if (fields == null || verdict.isDisposed() || account == null) {
			return;
		}
		getManagedForm().getForm().setText(Labels.name(account));
		fields.refresh();
		BalanceVerdict balance = BalanceVerdict.judge(account, Thresholds.of(portfolio()));
		verdict.setText(NLS.bind(Messages.AccountOverview_verdict, balance.customerView().outcome().title(),
				balance.balance().title()));
		StringBuilder text = new StringBuilder();
		balance.customerView().reasons().forEach(reason -> text.append("\u2022 ").append(reason).append('\n')); //$NON-NLS-1$
		balance.messages().forEach(reason -> text.append("\u2022 ").append(reason).append('\n')); //$NON-NLS-1$
		reasons.setText(text.toString().strip());
		figures.setText(keyFigures(account));
		for (int i = 0; i < analyses.size(); i++) {
			analysisTexts.get(i).setText(analysisText(Analyses.run(analyses.get(i), account, LocalDate.now())));
		}
		getManagedForm().getForm().reflow(true);
	}

	private static String analysisText(AnalysisReport report) {
		if (report.isEmpty()) {
			return Messages.AccountOverview_analysisNothing;
		}
		StringBuilder text = new StringBuilder();
		report.figures().forEach(figure -> text
				.append(NLS.bind(Messages.AccountOverview_analysisFigure, figure.label(), figure.value())).append('\n'));
		report.findings().forEach(finding -> text.append("\u2022 ").append(finding).append('\n')); //$NON-NLS-1$
		return text.toString().strip();
	}

	private String keyFigures(Account account) {
		StringBuilder text = new StringBuilder();
		AccountResults results = ResultsAnalysis.analyse(account);
		if (!results.years().isEmpty()) {
			YearResults last = results.years().get(results.years().size() - 1);
			text.append(NLS.bind(Messages.AccountOverview_lastYear, new Object[] { last.year(),
					Texts.decimal(last.totals().totalRevenue()), Texts.decimal(last.totals().profitContribution()),
					last.totals().revenue().summary() })).append('\n');
		}
		if (account.getLifetimeValueInputs() != null) {
			LifetimeValue value = LifetimeValueCalculator.calculate(account.getLifetimeValueInputs());
			if (value.isValid()) {
				text.append(NLS.bind(Messages.AccountOverview_lifetimeValue, Texts.decimal(value.value().getAsDouble()),
						value.assumptionsText()));
			}
		}
		return text.isEmpty() ? Messages.AccountOverview_noFigures : text.toString().strip();
	}
}
