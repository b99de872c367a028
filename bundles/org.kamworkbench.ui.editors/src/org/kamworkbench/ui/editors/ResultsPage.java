package org.kamworkbench.ui.editors;

import static org.kamworkbench.ui.editors.PageParts.column;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.kamworkbench.core.Texts;
import org.kamworkbench.core.results.AccountResults;
import org.kamworkbench.core.results.PeriodFigures;
import org.kamworkbench.core.results.ResultsAnalysis;
import org.kamworkbench.core.results.TargetComparison;
import org.kamworkbench.core.results.UnitCreditShare;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.IndirectRevenue;
import org.kamworkbench.kam.KamPackage.Literals;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.UnitCredit;

/**
 * Results with the account per period (domain point 9): direct and attributed indirect revenue, cost to
 * serve and profit contribution against the revenue target, edited in place; for the selected period the
 * revenue through each reseller and the credit split across our units; and charts of target against
 * actual, the revenue mix and the profit trend. The computed figures come from {@link ResultsAnalysis}.
 */
public class ResultsPage extends KamPage {

	static final String ID = "results"; //$NON-NLS-1$

	private FormToolkit toolkit;
	private Section periodsSection;
	private Section resellersSection;
	private Section creditsSection;
	private TableViewer periods;
	private TableViewer resellers;
	private TableViewer credits;
	private Label warnings;
	private Label creditFlag;
	private Button removePeriod;
	private Button addReseller;
	private Button removeReseller;
	private Button addCredit;
	private Button removeCredit;
	private Composite chartRow;
	private ResultsCharts charts;
	private Map<PeriodResult, PeriodFigures> figures = Map.of();

	ResultsPage(AccountEditor editor) {
		super(editor, ID, Messages.Results_tab);
	}

	private Account account() {
		return ((AccountEditor) getEditor()).account();
	}

	@Override
	protected void createContent(IManagedForm managedForm) {
		toolkit = managedForm.getToolkit();
		managedForm.getForm().setText(Messages.Results_title);
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(2, true));
		periodsSection = section(body, 2, Messages.Results_periodsHint);
		Composite client = (Composite) periodsSection.getClient();
		periods = table(client, 100);
		createPeriodColumns();
		Composite buttons = buttons(client);
		button(buttons, Messages.Results_addPeriod, this::addPeriod);
		removePeriod = button(buttons, Messages.Results_removePeriod, this::removePeriod);
		warnings = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(warnings);
		periods.addSelectionChangedListener(event -> showPeriod());

		chartRow = toolkit.createComposite(body);
		chartRow.setLayout(new GridLayout(3, true));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(chartRow);
		charts = new ResultsCharts(chartRow);

		resellersSection = section(body, 1, null);
		client = (Composite) resellersSection.getClient();
		resellers = table(client, 70);
		createResellerColumns();
		buttons = buttons(client);
		addReseller = button(buttons, Messages.Results_addReseller, this::addReseller);
		removeReseller = button(buttons, Messages.Results_removeReseller, () -> removePart(resellers));

		creditsSection = section(body, 1, null);
		client = (Composite) creditsSection.getClient();
		credits = table(client, 70);
		createCreditColumns();
		buttons = buttons(client);
		addCredit = button(buttons, Messages.Results_addCredit, this::addCredit);
		removeCredit = button(buttons, Messages.Results_removeCredit, () -> removePart(credits));
		creditFlag = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		creditFlag.setForeground(client.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(creditFlag);
		resellers.addSelectionChangedListener(event -> enableButtons());
		credits.addSelectionChangedListener(event -> enableButtons());

		kamEditor().selections().follow(periods);
		kamEditor().selections().follow(resellers);
		kamEditor().selections().follow(credits);
	}

	private void createPeriodColumns() {
		column(periods, Messages.Column_period, 60, p -> figuresOf(p).label())
				.setEditingSupport(typed(periods, Literals.PERIODIC__PERIOD_LABEL, EnteredValues.TEXT));
		column(periods, Messages.Column_start, 85, p -> date(((PeriodResult) p).getPeriodStart()))
				.setEditingSupport(typed(periods, Literals.PERIODIC__PERIOD_START, EnteredValues.DATE));
		column(periods, Messages.Column_end, 85, p -> date(((PeriodResult) p).getPeriodEnd()))
				.setEditingSupport(typed(periods, Literals.PERIODIC__PERIOD_END, EnteredValues.DATE));
		column(periods, Messages.Column_customerUnit, 110, p -> unitName(((PeriodResult) p).getAccountUnit()))
				.setEditingSupport(EditableCells.choice(periods, Literals.PERIOD_RESULT__ACCOUNT_UNIT,
						p -> customerUnits(), u -> unitName((AccountUnit) u),
						Messages.Results_wholeGroup, this::change));
		column(periods, Messages.Column_directRevenue, 115, p -> Texts.decimal(figuresOf(p).directRevenue()))
				.setEditingSupport(typed(periods, Literals.PERIOD_RESULT__DIRECT_REVENUE,
						EnteredValues.positiveAmount(Messages.Column_directRevenue)));
		column(periods, Messages.Column_indirectRevenue, 160, p -> Texts.decimal(figuresOf(p).indirectRevenue()))
				.getColumn().setToolTipText(Messages.Results_indirectTooltip);
		column(periods, Messages.Column_totalRevenue, 110, p -> Texts.decimal(figuresOf(p).totalRevenue()));
		column(periods, Messages.Column_costToServe, 108, p -> Texts.decimal(figuresOf(p).costToServe()))
				.setEditingSupport(typed(periods, Literals.PERIOD_RESULT__COST_TO_SERVE,
						EnteredValues.positiveAmount(Messages.Column_costToServe)));
		column(periods, Messages.Column_profitContribution, 140, p -> Texts.decimal(figuresOf(p).profitContribution()))
				.setEditingSupport(typed(periods, Literals.PERIOD_RESULT__PROFIT_CONTRIBUTION, EnteredValues.AMOUNT));
		column(periods, Messages.Column_revenueTarget, 120, p -> target(figuresOf(p).revenue()))
				.setEditingSupport(typed(periods, Literals.PERIOD_RESULT__REVENUE_TARGET, EnteredValues.AMOUNT));
		column(periods, Messages.Column_achieved, 85, p -> achieved(figuresOf(p).revenue()));
	}

	private void createResellerColumns() {
		column(resellers, Messages.Column_reseller, 150, r -> resellerName((IndirectRevenue) r))
				.setEditingSupport(EditableCells.named(resellers, r -> ((IndirectRevenue) r).getReseller() == null ? ""
						: ((IndirectRevenue) r).getReseller().getName(), this::changeReseller));
		column(resellers, Messages.Column_revenue, 100, r -> Texts.decimal(((IndirectRevenue) r).getRevenue()))
				.setEditingSupport(typed(resellers, Literals.INDIRECT_REVENUE__REVENUE,
						EnteredValues.positiveAmount(Messages.Column_revenue)));
		column(resellers, Messages.Column_attributionShare, 150,
				r -> Texts.number(((IndirectRevenue) r).getAttributionSharePercent()))
				.setEditingSupport(typed(resellers, Literals.INDIRECT_REVENUE__ATTRIBUTION_SHARE_PERCENT,
						EnteredValues.PERCENT));
		// the analysis sums these; per reseller it is the same product of revenue and share
		column(resellers, Messages.Column_attributedAmount, 135, r -> Texts.decimal(
				((IndirectRevenue) r).getRevenue() * ((IndirectRevenue) r).getAttributionSharePercent() / 100.0));
	}

	private void createCreditColumns() {
		column(credits, Messages.Column_ourUnit, 200, c -> Labels.name(((UnitCredit) c).getUnit()))
				.setEditingSupport(EditableCells.choice(credits, Literals.UNIT_CREDIT__UNIT, c -> ourUnits(),
						u -> Labels.name((OrganisationUnit) u), null, this::change));
		column(credits, Messages.Column_share, 80, c -> Texts.number(((UnitCredit) c).getSharePercent()))
				.setEditingSupport(typed(credits, Literals.UNIT_CREDIT__SHARE_PERCENT, EnteredValues.PERCENT));
		column(credits, Messages.Column_credit, 110, c -> Texts.decimal(creditOf((UnitCredit) c)));
	}

	/** A section spanning {@code span} columns; the wide one has a description line. Its title follows the account. */
	private Section section(Composite parent, int span, String description) {
		return (Section) PageParts.section(toolkit, parent, null, description, 1,
				GridDataFactory.fillDefaults().span(span, 1).grab(true, false)).getParent();
	}

	private static TableViewer table(Composite parent, int height) {
		TableViewer viewer = PageParts.table(parent, SWT.BORDER | SWT.FULL_SELECTION,
				GridDataFactory.fillDefaults().grab(true, false).hint(300, height));
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
				ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		return viewer;
	}

	/** A row of buttons under a table. */
	private Composite buttons(Composite parent) {
		Composite buttons = toolkit.createComposite(parent);
		buttons.setLayout(new RowLayout(SWT.HORIZONTAL));
		return buttons;
	}

	private Button button(Composite parent, String text, Runnable action) {
		Button button = toolkit.createButton(parent, text, SWT.PUSH);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private EditingSupport typed(TableViewer viewer, EStructuralFeature feature, EnteredValues.Reading reading) {
		return EditableCells.typed(viewer, feature, reading, this::change, this::refuse);
	}

	private void change(EObject owner, EStructuralFeature feature, Object value) {
		getManagedForm().getForm().setMessage(null, IMessageProvider.NONE);
		kamEditor().execute(ResultsCommands.set(kamEditor().getEditingDomain(), owner, feature, value, LocalDate.now()));
	}

	private void changeReseller(EObject revenue, String name) {
		getManagedForm().getForm().setMessage(null, IMessageProvider.NONE);
		kamEditor().execute(ResultsCommands.setReseller(kamEditor().getEditingDomain(), portfolio(),
				(IndirectRevenue) revenue, name.strip(), LocalDate.now()));
	}

	private static String resellerName(IndirectRevenue revenue) {
		return revenue.getReseller() == null ? Messages.Results_noReseller : Labels.name(revenue.getReseller());
	}

	private void refuse(String message) {
		getManagedForm().getForm().setMessage(message, IMessageProvider.ERROR);
	}

	private PeriodFigures figuresOf(Object period) {
		return figures.get(period);
	}

	private static String date(LocalDate date) {
		return date == null ? "" : date.toString(); //$NON-NLS-1$
	}

	private static String unitName(AccountUnit unit) {
		return unit == null ? Messages.Results_wholeGroup : Labels.name(unit);
	}

	private static String target(TargetComparison revenue) {
		return revenue.hasTarget() ? Texts.decimal(revenue.target()) : Messages.Results_noTarget;
	}

	private static String achieved(TargetComparison revenue) {
		if (revenue.percentAchieved().isPresent()) {
			return Texts.percent(revenue.percentAchieved().getAsDouble() / 100.0);
		}
		return revenue.hasTarget() ? Messages.Results_targetBelowZero : ""; //$NON-NLS-1$
	}

	private double creditOf(UnitCredit credit) {
		PeriodFigures period = figures.get(credit.eContainer());
		int index = ((PeriodResult) credit.eContainer()).getCredits().indexOf(credit);
		List<UnitCreditShare> shares = period == null ? List.of() : period.credits().shares();
		return index >= 0 && index < shares.size() ? shares.get(index).credit() : 0;
	}

	/** The account's units, sub-units included. */
	private List<AccountUnit> customerUnits() {
		List<AccountUnit> all = new ArrayList<>();
		Account account = account();
		if (account != null) {
			collect(account.getUnits(), AccountUnit::getSubunits, all);
		}
		return all;
	}

	/** All our units, sub-units included, in the order of the portfolio. */
	private List<OrganisationUnit> ourUnits() {
		List<OrganisationUnit> all = new ArrayList<>();
		collect(portfolio().getUnits(), OrganisationUnit::getSubunits, all);
		return all;
	}

	private static <T> void collect(Collection<T> units, Function<T, Collection<T>> subunits, List<T> all) {
		for (T unit : units) {
			all.add(unit);
			collect(subunits.apply(unit), subunits, all);
		}
	}

	private PeriodResult selectedPeriod() {
		return ((IStructuredSelection) periods.getSelection()).getFirstElement() instanceof PeriodResult period
				&& period.eContainer() != null ? period : null;
	}

	private void addPeriod() {
		Account account = account();
		if (account == null) {
			return;
		}
		Command add = ResultsCommands.addPeriod(kamEditor().getEditingDomain(), account, LocalDate.now());
		if (kamEditor().execute(add)) {
			periods.setSelection(new StructuredSelection(add.getAffectedObjects().toArray()), true);
		}
	}

	private void removePeriod() {
		PeriodResult period = selectedPeriod();
		if (period != null) {
			kamEditor().execute(RemoveCommand.create(kamEditor().getEditingDomain(), period));
		}
	}

	private void addReseller() {
		PeriodResult period = selectedPeriod();
		if (period != null
				&& kamEditor().execute(ResultsCommands.addReseller(kamEditor().getEditingDomain(), period, LocalDate.now()))) {
			resellers.setSelection(new StructuredSelection(period.getIndirectRevenues().getLast()), true);
		}
	}

	private void addCredit() {
		PeriodResult period = selectedPeriod();
		if (period == null) {
			return;
		}
		// the unit that owns the account is the first to credit
		List<OrganisationUnit> candidates = ourUnits();
		OrganisationUnit owner = account() == null ? null : account().getOwningUnit();
		if (candidates.remove(owner)) {
			candidates.add(0, owner);
		}
		if (kamEditor().execute(ResultsCommands.addCredit(kamEditor().getEditingDomain(), period, candidates,
				LocalDate.now()))) {
			credits.setSelection(new StructuredSelection(period.getCredits().getLast()), true);
		}
	}

	private void removePart(TableViewer viewer) {
		if (((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof EObject part
				&& part.eContainer() != null) {
			kamEditor().execute(ResultsCommands.remove(kamEditor().getEditingDomain(), part, LocalDate.now()));
		}
	}

	@Override
	void refresh() {
		Account account = account();
		if (periods == null || account == null || periods.getControl().isDisposed()) {
			return;
		}
		AccountResults results = ResultsAnalysis.analyse(account);
		figures = results.periods().stream().collect(Collectors.toMap(PeriodFigures::result, period -> period));
		periodsSection.setText(NLS.bind(Messages.Results_periods, results.currency()));
		periods.setInput(results.periods().stream().map(PeriodFigures::result).toArray());
		showLine(warnings, String.join("\n", results.warnings())); //$NON-NLS-1$
		charts.show(results.periods(), results.currency());
		// charts of no periods say nothing (and SWTChart draws empty bar series as full bars)
		boolean any = !results.periods().isEmpty();
		((GridData) chartRow.getLayoutData()).exclude = !any;
		chartRow.setVisible(any);
		showPeriod();
	}

	/** The resellers and the credit split of the selected period. */
	private void showPeriod() {
		PeriodResult period = selectedPeriod();
		PeriodFigures shown = period == null ? null : figures.get(period);
		String name = shown == null ? Messages.Results_noPeriod : shown.label();
		resellersSection.setText(NLS.bind(Messages.Results_resellers, name));
		creditsSection.setText(NLS.bind(Messages.Results_credits, name));
		resellers.setInput(period == null ? new Object[0] : period.getIndirectRevenues().toArray());
		credits.setInput(period == null ? new Object[0] : period.getCredits().toArray());
		showLine(creditFlag, shown == null ? "" : shown.credits().flag().orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
		enableButtons();
		getManagedForm().getForm().reflow(true);
	}

	/** A warning line takes no room when there is nothing to say. */
	private static void showLine(Label line, String text) {
		line.setText(text);
		((GridData) line.getLayoutData()).exclude = text.isEmpty();
		line.setVisible(!text.isEmpty());
	}

	private void enableButtons() {
		boolean period = selectedPeriod() != null;
		removePeriod.setEnabled(period);
		addReseller.setEnabled(period);
		addCredit.setEnabled(period && !ourUnits().isEmpty());
		removeReseller.setEnabled(period && !resellers.getSelection().isEmpty());
		removeCredit.setEnabled(period && !credits.getSelection().isEmpty());
	}

	/** The y-values of the actual-revenue series in the target chart, one per period (for UI tests). */
	public double[] actualRevenue() {
		return charts.actualRevenue();
	}

	@Override
	void select(EObject object) {
		if (object instanceof PeriodResult) {
			periods.setSelection(new StructuredSelection(object), true);
		} else if (object instanceof IndirectRevenue || object instanceof UnitCredit) {
			periods.setSelection(new StructuredSelection(object.eContainer()), true);
			(object instanceof IndirectRevenue ? resellers : credits).setSelection(new StructuredSelection(object), true);
		}
	}
}
