package org.kamworkbench.ui.editors;

import static org.kamworkbench.ui.editors.PageParts.column;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.kamworkbench.core.Texts;
import org.kamworkbench.core.criteria.ComputationDescriptor;
import org.kamworkbench.core.selection.AccountScores;
import org.kamworkbench.core.selection.ComputedCriteria;
import org.kamworkbench.core.selection.ComputedScore;
import org.kamworkbench.core.selection.SelectionScoring;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Score;

/**
 * The selection criteria with their weights (editable), and the grid of scores: one row per account,
 * one column per criterion, edited in place; the rationale of the selected score is edited below.
 */
public class SelectionPage extends KamPage {

	static final String ID = "selection"; //$NON-NLS-1$

	private FormToolkit toolkit;
	private TableViewer criteria;
	private TableViewer grid;
	private Text rationale;
	private Score rationaleOf;
	private CriteriaSet shownSet;
	/** The criteria the grid has columns for, each with whether it is computed: a change rebuilds the columns. */
	private List<List<Object>> shownColumns;
	private String gridMessage;
	private boolean wasOutOfView;
	/** The values of computed criteria as of the last refresh (a computation may read anything in the portfolio). */
	private ComputedCriteria computed;

	SelectionPage(KamEditor editor) {
		super(editor, ID, Messages.Selection_tab);
	}

	@Override
	protected void createContent(IManagedForm managedForm) {
		managedForm.getForm().setText(Messages.Selection_title);
		toolkit = managedForm.getToolkit();
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(1, false));
		criteria = PageParts.table(section(body, Messages.Selection_criteria, false), SWT.BORDER | SWT.FULL_SELECTION,
				GridDataFactory.fillDefaults().grab(true, false).hint(600, 150));
		createCriteriaColumns();
		Composite scores = section(body, Messages.Selection_scores, true);
		grid = PageParts.table(scores, SWT.BORDER | SWT.FULL_SELECTION,
				GridDataFactory.fillDefaults().grab(true, true).hint(600, 260));
		TableViewerEditor.create(grid, new ColumnViewerEditorActivationStrategy(grid),
				ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		toolkit.createLabel(scores, Messages.Selection_rationale);
		rationale = toolkit.createText(scores, "", SWT.MULTI | SWT.WRAP | SWT.BORDER); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(600, 50).applyTo(rationale);
		rationale.setEnabled(false);
		rationale.addListener(SWT.FocusOut, event -> commitRationale());
		grid.getTable().addListener(SWT.MouseDown, event -> showRationale(event.x, event.y));
		grid.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Account account) {
				kamEditor().openAccount(account);
			}
		});
		kamEditor().selections().follow(criteria);
		kamEditor().selections().follow(grid);
	}

	private Composite section(Composite parent, String title, boolean grab) {
		return PageParts.section(toolkit, parent, title, null, 1, GridDataFactory.fillDefaults().grab(true, grab));
	}

	private void createCriteriaColumns() {
		column(criteria, Messages.Column_criterion, 260, c -> Labels.name((Criterion) c));
		column(criteria, Messages.Column_axis, 140,
				c -> Labels.of(((Criterion) c).getAxis(), KamPackage.Literals.AXIS));
		TableViewerColumn weight = column(criteria, Messages.Column_weight, 80,
				c -> Texts.number(((Criterion) c).getWeight()));
		weight.setEditingSupport(new WeightEditing());
		column(criteria, Messages.Column_scale, 120, c -> NLS.bind(Messages.Selection_scaleRange,
				Texts.number(((Criterion) c).getScaleMin()), Texts.number(((Criterion) c).getScaleMax())));
		column(criteria, Messages.Column_direction, 140,
				c -> Labels.of(((Criterion) c).getDirection(), KamPackage.Literals.SCALE_DIRECTION));
		column(criteria, Messages.Column_kind, 180,
				c -> Labels.of(((Criterion) c).getKind(), KamPackage.Literals.CRITERION_KIND));
		column(criteria, Messages.Selection_computedBy, 240, c -> computedBy((Criterion) c));
		TableViewerEditor.create(criteria, new ColumnViewerEditorActivationStrategy(criteria),
				ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	@Override
	void refresh() {
		if (grid == null || grid.getControl().isDisposed()) {
			return;
		}
		CriteriaSet set = SelectionScoring.criteriaSet(portfolio());
		computed = ComputedCriteria.of(portfolio());
		if (set != shownSet || !columnsOf(set).equals(shownColumns)) {
			rebuildGridColumns(set);
		}
		criteria.setInput(set == null ? new Object[0] : set.getCriteria().toArray());
		List<Account> changed = wasOutOfView ? null : changedAccounts();
		wasOutOfView = false;
		if (changed == null) {
			grid.setInput(portfolio().getAccounts().toArray());
		} else {
			grid.update(changed.toArray(), null);
		}
		getManagedForm().getForm().setMessage(gridMessage, gridMessage == null ? 0 : org.eclipse.jface.dialogs.IMessageProvider.ERROR);
		if (rationaleOf != null && rationaleOf.eContainer() == null) {
			showRationale(null);
		} else if (rationaleOf != null) {
			// after an undo the box must show the model, or leaving it would commit the undone text again
			String stored = rationaleOf.getRationale() == null ? "" : rationaleOf.getRationale(); //$NON-NLS-1$
			if (!rationale.getText().equals(stored)) {
				rationale.setText(stored);
			}
		}
	}

	@Override
	void markStale() {
		super.markStale();
		wasOutOfView = true; // commands ran while hidden, not only the last one: show every row anew
	}

	/**
	 * The accounts whose rows the last command changed when it changed nothing but scores of accounts
	 * already shown; {@code null} when the whole grid must be shown again. In a large portfolio this
	 * keeps a typed score from redrawing a thousand rows.
	 */
	private List<Account> changedAccounts() {
		Object shown = grid.getInput();
		if (!(shown instanceof Object[] rows) || rows.length != portfolio().getAccounts().size()) {
			return null;
		}
		List<Account> changed = new java.util.ArrayList<>();
		for (Object affected : kamEditor().lastAffected()) {
			if (affected instanceof Score score && score.eContainer() instanceof Account account) {
				changed.add(account);
			} else if (affected instanceof Account account && account.eContainer() != null) {
				changed.add(account);
			} else {
				return null;
			}
		}
		return changed.isEmpty() ? null : changed;
	}

	private static List<List<Object>> columnsOf(CriteriaSet set) {
		return set == null ? List.of()
				: set.getCriteria().stream()
						.map(c -> List.<Object>of(c, Boolean.valueOf(ComputedCriteria.isComputed(c)))).toList();
	}

	private void rebuildGridColumns(CriteriaSet set) {
		shownSet = set;
		shownColumns = columnsOf(set);
		for (TableColumn column : grid.getTable().getColumns()) {
			column.dispose();
		}
		column(grid, Messages.Column_account, 200, a -> Labels.name((Account) a));
		List<Criterion> all = set == null ? List.of() : set.getCriteria();
		for (Criterion criterion : all) {
			if (ComputedCriteria.isComputed(criterion)) {
				// read-only: the value comes from the computation, and the header says so
				TableViewerColumn column = column(grid,
						NLS.bind(Messages.Selection_computedColumn, Labels.name(criterion)), 170,
						a -> computedValue((Account) a, criterion));
				column.getColumn().setToolTipText(computedBy(criterion));
				continue;
			}
			TableViewerColumn column = column(grid, Labels.name(criterion), 150, a -> {
				Score score = ScoreCommands.find((Account) a, criterion);
				return score == null ? "" : Texts.number(score.getValue()); //$NON-NLS-1$
			});
			column.getColumn().setToolTipText(criterion.getDescription());
			column.setEditingSupport(new ScoreEditing(criterion));
		}
		column(grid, Messages.Column_attractiveness, 110, a -> axis((Account) a, true));
		column(grid, Messages.Column_strength, 110, a -> axis((Account) a, false));
	}

	private String computedBy(Criterion criterion) {
		if (!ComputedCriteria.isComputed(criterion)) {
			return Messages.Selection_byJudgement;
		}
		return computed.computation(criterion).map(ComputationDescriptor::name).orElse(
				NLS.bind(Messages.Selection_computationNotInstalled, criterion.getComputationId().strip()));
	}

	private String computedValue(Account account, Criterion criterion) {
		ComputedScore score = computed.score(criterion, account);
		return score.isCounted()
				? NLS.bind(Messages.Selection_computedValue, Texts.number(score.value().getAsDouble()))
				: Messages.Selection_notComputed;
	}

	private String axis(Account account, boolean attractiveness) {
		AccountScores scores = SelectionScoring.score(account, shownSet, computed);
		var axis = attractiveness ? scores.attractiveness() : scores.relativeStrength();
		return axis.score().isPresent() ? Texts.decimal(axis.score().getAsDouble()) : Messages.Unknown;
	}

	private void showRationale(int x, int y) {
		var cell = grid.getCell(new org.eclipse.swt.graphics.Point(x, y));
		if (cell == null || !(cell.getElement() instanceof Account account) || shownSet == null) {
			showRationale(null);
			return;
		}
		int criterionIndex = cell.getColumnIndex() - 1;
		List<Criterion> all = shownSet.getCriteria();
		if (criterionIndex >= 0 && criterionIndex < all.size() && ComputedCriteria.isComputed(all.get(criterionIndex))) {
			showRationale(null);
			rationale.setText(computed.score(all.get(criterionIndex), account).message()); // how it was computed
			return;
		}
		showRationale(criterionIndex >= 0 && criterionIndex < all.size() ? ScoreCommands.find(account, all.get(criterionIndex)) : null);
	}

	private void showRationale(Score score) {
		commitRationale();
		rationaleOf = score;
		rationale.setEnabled(score != null);
		rationale.setText(score == null || score.getRationale() == null ? "" : score.getRationale()); //$NON-NLS-1$
	}

	private void commitRationale() {
		if (rationaleOf != null && rationaleOf.eContainer() != null
				&& !rationale.getText().equals(rationaleOf.getRationale() == null ? "" : rationaleOf.getRationale())) { //$NON-NLS-1$
			kamEditor().execute(SetCommand.create(kamEditor().getEditingDomain(), rationaleOf,
					KamPackage.Literals.SCORE__RATIONALE, rationale.getText()));
		}
	}

	@Override
	void select(EObject object) {
		if (object instanceof Criterion) {
			criteria.setSelection(new StructuredSelection(object), true);
		} else if (object instanceof CriteriaSet set) {
			criteria.setSelection(new StructuredSelection(set.getCriteria().toArray()), true);
		} else if (object instanceof Score score && score.eContainer() instanceof Account account) {
			grid.setSelection(new StructuredSelection(account), true);
			showRationale(score);
		}
	}

	/** Sets a score as typing it into the grid does: checked against the scale, then one command. */
	public boolean setScore(Account account, Criterion criterion, String text) {
		double value;
		try {
			value = Double.parseDouble(text.strip().replace(',', '.'));
		} catch (NumberFormatException e) {
			gridMessage = NLS.bind(Messages.Selection_notANumber, text, Labels.name(criterion));
			refresh();
			return false;
		}
		if (value < criterion.getScaleMin() || value > criterion.getScaleMax()) {
			gridMessage = NLS.bind(Messages.Selection_outOfScale, new Object[] { text, Labels.name(criterion),
					Texts.number(criterion.getScaleMin()), Texts.number(criterion.getScaleMax()) });
			refresh();
			return false;
		}
		gridMessage = null;
		boolean done = kamEditor().execute(ScoreCommands.setValue(kamEditor().getEditingDomain(), account, criterion, value,
				LocalDate.now()));
		refresh();
		return done;
	}

	/** Sets a criterion's weight as the criteria table does. */
	public boolean setWeight(Criterion criterion, String text) {
		try {
			double weight = Double.parseDouble(text.strip().replace(',', '.'));
			gridMessage = null;
			return kamEditor().execute(SetCommand.create(kamEditor().getEditingDomain(), criterion,
					KamPackage.Literals.CRITERION__WEIGHT, weight));
		} catch (NumberFormatException e) {
			gridMessage = NLS.bind(Messages.Selection_notANumber, text, Labels.name(criterion));
			refresh();
			return false;
		}
	}

	/** Inline editing of one criterion's scores. */
	private final class ScoreEditing extends EditingSupport {
		private final Criterion criterion;

		ScoreEditing(Criterion criterion) {
			super(grid);
			this.criterion = criterion;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(grid.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			Score score = ScoreCommands.find((Account) element, criterion);
			return score == null ? "" : Texts.number(score.getValue()); //$NON-NLS-1$
		}

		@Override
		protected void setValue(Object element, Object value) {
			String text = String.valueOf(value);
			if (!text.isBlank() && !text.equals(getValue(element))) {
				setScore((Account) element, criterion, text);
			}
		}
	}

	/** Inline editing of the weights. */
	private final class WeightEditing extends EditingSupport {
		WeightEditing() {
			super(criteria);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(criteria.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return Texts.number(((Criterion) element).getWeight());
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (!String.valueOf(value).equals(getValue(element))) {
				setWeight((Criterion) element, String.valueOf(value));
			}
		}
	}
}
