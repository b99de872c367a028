package org.kamworkbench.ui.editors;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.KamPackage;

/**
 * The account plan of an account: how complete it is (plan health) at the top, then vision and period,
 * reviews, objectives, actions (overdue ones in red), the SWOT, strategies, revenue targets and risks,
 * all edited in place through undoable commands. With several plans, a drop-down chooses one (the latest
 * first); "New plan" in the heading writes another.
 */
class AccountPlanPage extends KamPage {

	static final String ID = "accountPlan"; //$NON-NLS-1$

	private PlanEditing editing;
	private PlanChooser chooser;
	private List<PlanPart> parts = List.of();
	private AccountPlan chosen;

	AccountPlanPage(AccountEditor editor) {
		super(editor, ID, Messages.Plan_tab);
	}

	Account account() {
		return ((AccountEditor) getEditor()).account();
	}

	/** The plan shown: the one chosen while it still belongs to the account, else the latest. */
	AccountPlan plan() {
		Account account = account();
		if (account == null) {
			return null;
		}
		if (chosen != null && chosen.eContainer() == account) {
			return chosen;
		}
		List<AccountPlan> plans = PlanChooser.latestFirst(account.getPlans());
		return plans.isEmpty() ? null : plans.get(0);
	}

	@Override
	protected void createContent(IManagedForm managedForm) {
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(2, true));
		editing = new PlanEditing(this, managedForm.getToolkit());
		chooser = new PlanChooser(editing, body, this::choose);
		// what changes week by week (objectives, actions) comes right after the health that asks for it
		parts = List.of(new PlanHealthSection(editing, body), new PlanVisionSection(editing, body),
				new PlanReviewsSection(editing, body), new ObjectivesTable(editing, body), new ActionsTable(editing, body),
				new SwotSection(editing, body), new StrategiesTable(editing, body), new RevenueTargetsTable(editing, body),
				new RisksTable(editing, body));
		ScrolledForm form = managedForm.getForm();
		form.getToolBarManager().add(new Action(Messages.Plan_new) {
			@Override
			public void run() {
				newPlan();
			}
		});
		form.updateToolBar();
	}

	private void choose(AccountPlan plan) {
		chosen = plan;
		if (editing != null) {
			editing.complain(null);
			refresh();
		}
	}

	private void newPlan() {
		Account account = account();
		if (account != null) {
			AccountPlan plan = PlanDefaults.plan(account, LocalDate.now());
			chosen = plan;
			editing.execute(AddCommand.create(editing.domain(), account, KamPackage.Literals.ACCOUNT__PLANS, plan));
		}
	}

	@Override
	void refresh() {
		Account account = account();
		if (chooser == null || account == null || getManagedForm().getForm().isDisposed()) {
			return;
		}
		AccountPlan plan = plan();
		getManagedForm().getForm().setText(plan == null ? NLS.bind(Messages.Plan_titleNoPlan, Labels.name(account))
				: NLS.bind(Messages.Plan_title, Labels.name(account), Labels.name(plan)));
		chooser.show(account, plan);
		parts.forEach(part -> part.show(plan));
		getManagedForm().getForm().reflow(true);
	}

	@Override
	void select(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof AccountPlan plan) {
				choose(plan);
				parts.forEach(part -> part.select(object));
				return;
			}
		}
	}
}
