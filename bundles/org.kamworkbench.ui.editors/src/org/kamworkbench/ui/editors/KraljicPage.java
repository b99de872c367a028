package org.kamworkbench.ui.editors;

import static org.kamworkbench.ui.editors.PageParts.column;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.kamworkbench.core.Texts;
import org.kamworkbench.core.Thresholds;
import org.kamworkbench.core.balance.BalanceVerdict;
import org.kamworkbench.core.balance.PreferencingQuadrant;
import org.kamworkbench.core.kraljic.KraljicClassifier;
import org.kamworkbench.core.kraljic.KraljicQuadrant;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.KraljicDimension;
import org.kamworkbench.kam.KraljicFactorScore;
import org.kamworkbench.kam.PurchaseCategory;
import org.kamworkbench.kam.SupplierPreferencing;

/**
 * The Kraljic check of an account: the customer's purchase categories in the Kraljic matrix (bubbles
 * sized by spend, ours highlighted), dragged to move them; the factor scores behind them; and beside it
 * our supplier-preferencing view with the balance verdict in plain words.
 */
public class KraljicPage extends KamPage {

	static final String ID = "kraljic"; //$NON-NLS-1$
	private static final int SMALLEST = 14;
	private static final int LARGEST = 56;

	private KraljicChart kraljic;
	private KraljicChart preferencing;
	private TableViewer categories;
	private TableViewer factors;
	private Label verdict;
	private Label reasons;

	KraljicPage(AccountEditor editor) {
		super(editor, ID, Messages.Kraljic_tab);
	}

	private Account account() {
		return ((AccountEditor) getEditor()).account();
	}

	@Override
	protected void createContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		managedForm.getForm().setText(Messages.Kraljic_title);
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(2, false));
		Composite matrix = section(toolkit, body, Messages.Kraljic_matrix, true);
		kraljic = new KraljicChart(matrix, Messages.Kraljic_supplyRisk, Messages.Kraljic_profitImpact);
		GridDataFactory.fillDefaults().grab(true, true).hint(520, 420).applyTo(kraljic.control());
		kraljic.enableDragging((subject, position) -> moveCategory((PurchaseCategory) subject, position));
		Label hint = toolkit.createLabel(matrix, Messages.Kraljic_dragHint, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(hint);
		Composite ours = section(toolkit, body, Messages.Kraljic_preferencing, false);
		preferencing = new KraljicChart(ours, Messages.Kraljic_valueToUs, Messages.Kraljic_attractivenessToUs);
		GridDataFactory.fillDefaults().grab(true, false).hint(340, 260).applyTo(preferencing.control());
		verdict = toolkit.createLabel(ours, "", SWT.WRAP); //$NON-NLS-1$
		verdict.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(340, SWT.DEFAULT).applyTo(verdict);
		reasons = toolkit.createLabel(ours, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(340, SWT.DEFAULT).applyTo(reasons);
		Composite tables = section(toolkit, body, Messages.Kraljic_categories, false);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(tables.getParent());
		categories = table(tables, 110);
		column(categories, Messages.Column_category, 220, c -> Labels.name((PurchaseCategory) c));
		column(categories, Messages.Column_spend, 110, c -> Texts.decimal(((PurchaseCategory) c).getSpend()));
		column(categories, Messages.Column_ourOfferings, 240, c -> String.join(", ", //$NON-NLS-1$
				((PurchaseCategory) c).getOfferings().stream().map(Labels::name).toList()));
		column(categories, Messages.Column_profitImpact, 110, c -> score((PurchaseCategory) c, KraljicDimension.PROFIT_IMPACT));
		column(categories, Messages.Column_supplyRisk, 110, c -> score((PurchaseCategory) c, KraljicDimension.SUPPLY_RISK));
		column(categories, Messages.Column_quadrant, 160, c -> classifier().classify((PurchaseCategory) c).quadrant()
				.map(KraljicQuadrant::title).orElse(Messages.Unknown));
		categories.addSelectionChangedListener(event -> showFactors());
		factors = table(tables, 110);
		column(factors, Messages.Column_dimension, 130, f -> Labels.of(((KraljicFactorScore) f).getDimension(),
				KamPackage.Literals.KRALJIC_DIMENSION));
		column(factors, Messages.Column_factor, 260, f -> ((KraljicFactorScore) f).getFactor());
		column(factors, Messages.Column_weight, 80, f -> Texts.number(((KraljicFactorScore) f).getWeight()));
		TableViewerColumn value = column(factors, Messages.Column_value, 80,
				f -> Texts.number(((KraljicFactorScore) f).getValue()));
		value.setEditingSupport(new FactorValueEditing());
		kamEditor().selections().follow(categories);
		kamEditor().selections().follow(factors);
	}

	/** A titled section that takes the height of its row, and its width when {@code grab}. */
	private static Composite section(FormToolkit toolkit, Composite parent, String title, boolean grab) {
		return PageParts.section(toolkit, parent, title, null, 1, GridDataFactory.fillDefaults().grab(grab, true));
	}

	private static TableViewer table(Composite parent, int height) {
		return PageParts.table(parent, SWT.BORDER | SWT.FULL_SELECTION,
				GridDataFactory.fillDefaults().grab(true, false).hint(800, height));
	}

	private KraljicClassifier classifier() {
		return new KraljicClassifier(Thresholds.of(portfolio()));
	}

	private static String score(PurchaseCategory category, KraljicDimension dimension) {
		var score = KraljicClassifier.score(category, dimension);
		return score.isPresent() ? Texts.decimal(score.getAsDouble()) : Messages.Unknown;
	}

	private void moveCategory(PurchaseCategory category, double[] position) {
		kamEditor().execute(KraljicCommands.moveTo(kamEditor().getEditingDomain(), category, position[1], position[0],
				Messages.Kraljic_moveCommand));
	}

	/** Drags the category to the given scores as a mouse would (for UI tests). */
	public void drag(PurchaseCategory category, double supplyRisk, double profitImpact) {
		kraljic.drag(category, supplyRisk, profitImpact);
	}

	@Override
	void refresh() {
		Account account = account();
		if (kraljic == null || account == null || categories.getControl().isDisposed()) {
			return;
		}
		AnalysisSettings settings = Thresholds.of(portfolio());
		List<PurchaseCategory> all = account.getKraljicAssessment() == null ? List.of()
				: account.getKraljicAssessment().getCategories();
		double largestSpend = all.stream().mapToDouble(PurchaseCategory::getSpend).max().orElse(0);
		List<KraljicChart.Bubble> bubbles = new ArrayList<>();
		for (PurchaseCategory category : all) {
			var impact = KraljicClassifier.score(category, KraljicDimension.PROFIT_IMPACT);
			var risk = KraljicClassifier.score(category, KraljicDimension.SUPPLY_RISK);
			if (impact.isPresent() && risk.isPresent()) {
				int diameter = largestSpend <= 0 ? SMALLEST
						: (int) Math.round(SMALLEST + (LARGEST - SMALLEST) * Math.sqrt(category.getSpend() / largestSpend));
				bubbles.add(new KraljicChart.Bubble(category, Labels.name(category), risk.getAsDouble(),
						impact.getAsDouble(), diameter, !category.getOfferings().isEmpty()));
			}
		}
		kraljic.show(bubbles, settings.getKraljicSupplyRiskThreshold(), settings.getKraljicProfitImpactThreshold(),
				new String[] { KraljicQuadrant.STRATEGIC.title(), KraljicQuadrant.LEVERAGE.title(),
						KraljicQuadrant.BOTTLENECK.title(), KraljicQuadrant.NON_CRITICAL.title() });
		SupplierPreferencing ours = account.getSupplierPreferencing();
		preferencing.show(ours == null ? List.of()
				: List.of(new KraljicChart.Bubble(ours, Labels.name(account), ours.getValueToUs(), ours.getAttractivenessToUs(),
						SMALLEST + 6, true)),
				settings.getPreferencingValueThreshold(), settings.getPreferencingAttractivenessThreshold(),
				new String[] { PreferencingQuadrant.CORE.title(), PreferencingQuadrant.DEVELOPMENT.title(),
						PreferencingQuadrant.EXPLOITABLE.title(), PreferencingQuadrant.NUISANCE.title() });
		BalanceVerdict balance = BalanceVerdict.judge(account, settings);
		verdict.setText(balance.customerView().outcome().title() + ". " + balance.balance().title() + "."); //$NON-NLS-1$ //$NON-NLS-2$
		StringBuilder text = new StringBuilder();
		balance.customerView().reasons().forEach(reason -> text.append("\u2022 ").append(reason).append('\n')); //$NON-NLS-1$
		balance.messages().forEach(reason -> text.append("\u2022 ").append(reason).append('\n')); //$NON-NLS-1$
		reasons.setText(text.toString().strip());
		categories.setInput(all.toArray());
		showFactors();
		getManagedForm().getForm().reflow(true);
	}

	private void showFactors() {
		Object selected = ((IStructuredSelection) categories.getSelection()).getFirstElement();
		factors.setInput(selected instanceof PurchaseCategory category ? category.getFactorScores().toArray() : new Object[0]);
	}

	@Override
	void select(EObject object) {
		if (object instanceof PurchaseCategory) {
			categories.setSelection(new StructuredSelection(object), true);
		} else if (object instanceof KraljicFactorScore factor) {
			categories.setSelection(new StructuredSelection(factor.eContainer()), true);
			factors.setSelection(new StructuredSelection(factor), true);
		}
	}

	/** Values of factor scores edited in place (0 to 10); the bubble moves at once. */
	private final class FactorValueEditing extends EditingSupport {
		FactorValueEditing() {
			super(factors);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(factors.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return Texts.number(((KraljicFactorScore) element).getValue());
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (String.valueOf(value).equals(getValue(element))) {
				return; // the cell was only clicked
			}
			try {
				double number = Double.parseDouble(String.valueOf(value).strip().replace(',', '.'));
				if (number >= 0 && number <= 10) {
					kamEditor().execute(SetCommand.create(kamEditor().getEditingDomain(), element,
							KamPackage.Literals.KRALJIC_FACTOR_SCORE__VALUE, number));
					getManagedForm().getForm().setMessage(null, 0);
					return;
				}
			} catch (NumberFormatException e) {
				// reported below
			}
			getManagedForm().getForm().setMessage(org.eclipse.osgi.util.NLS.bind(Messages.Kraljic_badFactorValue, value),
					org.eclipse.jface.dialogs.IMessageProvider.ERROR);
		}
	}
}
