package org.kamworkbench.ui.editors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.kamworkbench.core.Texts;
import org.kamworkbench.core.Thresholds;
import org.kamworkbench.core.organisation.CentralLocalConflicts;
import org.kamworkbench.core.organisation.CentralLocalConflicts.Finding;
import org.kamworkbench.core.organisation.CentralLocalConflicts.Kind;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KamPackage.Literals;

/**
 * The customer's group and its units by country and business unit (subunits below their unit), with
 * local importance, local commitment and our revenue there; the units whose local reality conflicts with
 * the account's central status are marked, and the findings are listed below with their reasons.
 */
class OrganisationPage extends AccountPage {

	static final String ID = "organisation"; //$NON-NLS-1$
	/** The background of a unit in conflict (UI tests look for it). */
	static final Color CONFLICT_ROW = new Color(255, 228, 225);
	private static final Color CONFLICT_VALUE = new Color(180, 0, 0);

	private TreeViewer units;
	private FormToolkit toolkit;
	private Label summary;
	private Composite findings;
	private final Map<AccountUnit, List<Finding>> findingsByUnit = new HashMap<>();

	OrganisationPage(AccountEditor editor) {
		super(editor, ID, Messages.Organisation_tab);
	}

	@Override
	protected void createContent(IManagedForm managedForm) {
		toolkit = managedForm.getToolkit();
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(1, false));
		createUnitsTree(toolkit,
				section(toolkit, body, Messages.Organisation_units, Messages.Organisation_unitsDescription, false));
		Composite conflicts = section(toolkit, body, Messages.Organisation_conflicts, null, false);
		summary = toolkit.createLabel(conflicts, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
		findings = toolkit.createComposite(conflicts);
		findings.setLayout(new GridLayout(2, false));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(findings);
	}

	private void createUnitsTree(FormToolkit toolkit, Composite parent) {
		Composite buttons = buttonRow(toolkit, parent);
		button(toolkit, buttons, Messages.Organisation_addUnit, this::addUnit);
		units = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		selectionButton(toolkit, buttons, Messages.Organisation_addSubunit, units, this::addSubunit);
		selectionButton(toolkit, buttons, Messages.Organisation_removeUnit, units, this::removeUnits);
		units.getTree().setHeaderVisible(true);
		units.getTree().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(700, 220).applyTo(units.getTree());
		units.setContentProvider(new UnitTree());
		FeatureColumns columns = new FeatureColumns(this, units);
		columns.rowBackground(unit -> isConflict((AccountUnit) unit) ? CONFLICT_ROW : null);
		Image warning = PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK);
		columns.text(Messages.Column_unit, 280, Literals.NAMED_ELEMENT__NAME)
				.image(unit -> isConflict((AccountUnit) unit) ? warning : null);
		columns.text(Messages.Column_country, 70, Literals.ACCOUNT_UNIT__COUNTRY);
		columns.text(Messages.Column_businessUnit, 130, Literals.ACCOUNT_UNIT__BUSINESS_UNIT);
		columns.number(Messages.Column_localImportance, 135, Literals.ACCOUNT_UNIT__LOCAL_IMPORTANCE, 0, 10,
				Messages.Organisation_notAssessed).tooltip(Messages.Column_localImportanceTip)
				.foreground(unit -> valueColour((AccountUnit) unit, Kind.CENTRAL_KEY_LOCALLY_UNIMPORTANT,
						Kind.LOCALLY_IMPORTANT_NOT_KEY, Literals.ACCOUNT_UNIT__LOCAL_IMPORTANCE));
		columns.number(Messages.Column_localCommitment, 145, Literals.ACCOUNT_UNIT__LOCAL_COMMITMENT, 0, 10,
				Messages.Organisation_notAssessed).tooltip(Messages.Column_localCommitmentTip)
				.foreground(unit -> valueColour((AccountUnit) unit, Kind.CENTRAL_KEY_LOCALLY_UNCOMMITTED,
						Kind.CENTRAL_KEY_LOCALLY_UNCOMMITTED, Literals.ACCOUNT_UNIT__LOCAL_COMMITMENT));
		columns.number(NLS.bind(Messages.Column_localRevenue, portfolio().getCurrency()), 130,
				Literals.ACCOUNT_UNIT__LOCAL_REVENUE, 0, Double.POSITIVE_INFINITY, null)
				.tooltip(Messages.Column_localRevenueTip);
		columns.choice(Messages.Column_localAccountManager, 180, Literals.ACCOUNT_UNIT__LOCAL_ACCOUNT_MANAGER,
				unit -> portfolio().getPeople(), Labels::name, true);
		deleteKey(units, this::removeUnits);
		focusOn(units.getControl());
		kamEditor().selections().follow(units);
	}

	/** The findings as sentences that wrap, each with its sign; clicking one shows its unit above. */
	private void showFindings(List<Finding> found) {
		for (Control row : findings.getChildren()) {
			row.dispose();
		}
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		for (Finding finding : found) {
			Label sign = toolkit.createLabel(findings, ""); //$NON-NLS-1$
			sign.setImage(images.getImage(finding.kind().isConflict() ? ISharedImages.IMG_OBJS_WARN_TSK
					: ISharedImages.IMG_OBJS_INFO_TSK));
			GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(sign);
			Label message = toolkit.createLabel(findings, finding.message(), SWT.WRAP);
			GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(message);
			for (Label part : List.of(sign, message)) {
				part.addListener(SWT.MouseUp, event -> units.setSelection(new StructuredSelection(finding.unit()), true));
			}
		}
	}

	/** The colour of a local value that makes a conflict of one of these kinds; grey when not assessed. */
	private Color valueColour(AccountUnit unit, Kind kind, Kind otherKind,
			org.eclipse.emf.ecore.EStructuralFeature feature) {
		if (!unit.eIsSet(feature)) {
			return units.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		}
		return findingsByUnit.getOrDefault(unit, List.of()).stream()
				.anyMatch(f -> f.kind() == kind || f.kind() == otherKind) ? CONFLICT_VALUE : null;
	}

	private boolean isConflict(AccountUnit unit) {
		return findingsByUnit.getOrDefault(unit, List.of()).stream().anyMatch(f -> f.kind().isConflict());
	}

	private void addUnit() {
		add(account(), Literals.ACCOUNT__UNITS);
	}

	private void addSubunit() {
		AccountUnit parent = selected(units, AccountUnit.class);
		if (parent != null) {
			add(parent, Literals.ACCOUNT_UNIT__SUBUNITS);
		}
	}

	private void add(EObject owner, org.eclipse.emf.ecore.EReference feature) {
		AccountUnit unit = KamFactory.eINSTANCE.createAccountUnit();
		unit.setName(Messages.Organisation_newUnit);
		if (execute(AddCommand.create(kamEditor().getEditingDomain(), owner, feature, unit))) {
			select(unit);
			units.editElement(unit, 0);
		}
	}

	private void removeUnits() {
		List<?> selection = ((IStructuredSelection) units.getSelection()).toList();
		if (!selection.isEmpty()) {
			execute(DeleteCommand.create(kamEditor().getEditingDomain(), new ArrayList<>(selection)));
		}
	}

	@Override
	void refresh() {
		if (!isShowing(units)) {
			return;
		}
		Account account = account();
		getManagedForm().getForm().setText(NLS.bind(Messages.Organisation_title, Labels.name(account)));
		List<Finding> found = CentralLocalConflicts.find(account, Thresholds.of(portfolio()));
		findingsByUnit.clear();
		found.forEach(finding -> findingsByUnit.computeIfAbsent(finding.unit(), u -> new ArrayList<>()).add(finding));
		if (units.getInput() != account) {
			units.setInput(account);
		} else {
			units.refresh();
		}
		units.expandAll();
		showFindings(found);
		long conflicts = found.stream().filter(finding -> finding.kind().isConflict()).count();
		summary.setText(NLS.bind(Messages.Organisation_summary, new Object[] { Labels.status(account),
				Texts.decimal(Thresholds.of(portfolio()).getAttractivenessThreshold()),
				conflicts == 0 ? Messages.Organisation_noConflicts : NLS.bind(Messages.Organisation_conflictCount, conflicts) }));
		getManagedForm().getForm().reflow(true);
	}

	@Override
	void select(EObject object) {
		if (object instanceof AccountUnit && units != null) {
			units.setSelection(new StructuredSelection(object), true);
		}
	}

	/** The units' tree (for UI tests). */
	TreeViewer unitsViewer() {
		return units;
	}

	/** The findings below the units (for UI tests). */
	Composite findings() {
		return findings;
	}

	/** The account's units, each with its subunits. */
	private static final class UnitTree implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((Account) input).getUnits().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((AccountUnit) parent).getSubunits().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof EObject object && object.eContainer() instanceof AccountUnit unit ? unit : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((AccountUnit) element).getSubunits().isEmpty();
		}
	}
}
