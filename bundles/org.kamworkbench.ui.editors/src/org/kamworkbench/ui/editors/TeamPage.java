package org.kamworkbench.ui.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.kamworkbench.core.Texts;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountTeamMember;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KamPackage.Literals;
import org.kamworkbench.kam.Person;

/**
 * Our account team: who, in which role and discipline, for which of our units and which of the
 * customer's, for how much of their time, and to whom they report, both for the account and in the line
 * (the matrix of a multinational team). The reporting lines are drawn as a tree below the table.
 */
class TeamPage extends AccountPage {

	static final String ID = "team"; //$NON-NLS-1$

	private TableViewer members;
	private TreeViewer lines;
	private Label commitment;
	private ReportingLines<AccountTeamMember> reporting;

	TeamPage(AccountEditor editor) {
		super(editor, ID, Messages.Team_tab);
	}

	@Override
	protected void createContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(1, false));
		createMembersTable(toolkit, section(toolkit, body, Messages.Team_members, Messages.Team_membersDescription, true));
		Composite reportingLines = section(toolkit, body, Messages.Team_lines, Messages.Team_linesDescription, false);
		createLinesTree(reportingLines);
		commitment = toolkit.createLabel(reportingLines, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(commitment);
	}

	private void createMembersTable(FormToolkit toolkit, Composite parent) {
		Composite buttons = buttonRow(toolkit, parent);
		button(toolkit, buttons, Messages.Team_addMember, this::addMember);
		members = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		selectionButton(toolkit, buttons, Messages.Team_removeMember, members, this::removeMembers);
		members.getTable().setHeaderVisible(true);
		members.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(700, 170).applyTo(members.getTable());
		members.setContentProvider(ArrayContentProvider.getInstance());
		FeatureColumns columns = new FeatureColumns(this, members);
		columns.choice(Messages.Column_person, 130, Literals.ACCOUNT_TEAM_MEMBER__PERSON, m -> portfolio().getPeople(),
				Labels::name, false);
		columns.text(Messages.Column_role, 180, Literals.ACCOUNT_TEAM_MEMBER__ROLE);
		columns.text(Messages.Column_discipline, 95, Literals.ACCOUNT_TEAM_MEMBER__DISCIPLINE);
		columns.text(Messages.Column_country, 65, Literals.ACCOUNT_TEAM_MEMBER__COUNTRY);
		columns.choice(Messages.Column_ourUnit, 170, Literals.ACCOUNT_TEAM_MEMBER__UNIT, m -> Choices.ourUnits(portfolio()),
				Labels::name, true);
		columns.choice(Messages.Column_customerUnit, 170, Literals.ACCOUNT_TEAM_MEMBER__ACCOUNT_UNIT,
				m -> Choices.units(account()), Labels::name, true).tooltip(Messages.Column_customerUnitTip);
		columns.number(Messages.Column_time, 75, Literals.ACCOUNT_TEAM_MEMBER__TIME_COMMITMENT_PERCENT, 0, 100, null)
				.tooltip(Messages.Column_timeTip);
		columns.choice(Messages.Column_reportsTo, 125, Literals.ACCOUNT_TEAM_MEMBER__REPORTS_TO, this::othersThan,
				TeamPage::name, true).tooltip(Messages.Column_teamReportsToTip);
		columns.choice(Messages.Column_localManager, 125, Literals.ACCOUNT_TEAM_MEMBER__LOCAL_MANAGER,
				m -> portfolio().getPeople(), Labels::name, true).tooltip(Messages.Column_localManagerTip);
		deleteKey(members, this::removeMembers);
		focusOn(members.getControl());
		kamEditor().selections().follow(members);
	}

	private void createLinesTree(Composite parent) {
		lines = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
		GridDataFactory.fillDefaults().grab(true, false).hint(700, 130).applyTo(lines.getTree());
		lines.setContentProvider(new LinesTree());
		lines.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return line((AccountTeamMember) element);
			}
		});
		lines.addSelectionChangedListener(event -> {
			AccountTeamMember member = selected(lines, AccountTeamMember.class);
			if (member != null) {
				members.setSelection(new StructuredSelection(member), true);
			}
		});
	}

	/** A member in the reporting lines: name and role, the line manager when there is one. */
	private String line(AccountTeamMember member) {
		String role = member.getRole();
		String text = role == null || role.isBlank() ? name(member) : NLS.bind(Messages.Team_line, name(member), role);
		if (member.getLocalManager() != null) {
			text = NLS.bind(Messages.Team_lineWithManager, text, Labels.name(member.getLocalManager()));
		}
		return reporting != null && reporting.isCut(member) ? NLS.bind(Messages.Team_lineInCircle, text) : text;
	}

	private static String name(AccountTeamMember member) {
		return Labels.name(member.getPerson());
	}

	private List<AccountTeamMember> othersThan(Object member) {
		List<AccountTeamMember> others = new ArrayList<>(account().getTeam());
		others.remove(member);
		return others;
	}

	private void addMember() {
		List<Person> people = portfolio().getPeople();
		if (people.isEmpty()) {
			showProblem(Messages.Team_noPeople);
			return;
		}
		AccountTeamMember member = KamFactory.eINSTANCE.createAccountTeamMember();
		// someone not yet in the team, to be changed in the first cell
		member.setPerson(people.stream().filter(person -> account().getTeam().stream()
				.noneMatch(m -> m.getPerson() == person)).findFirst().orElse(people.get(0)));
		if (execute(AddCommand.create(kamEditor().getEditingDomain(), account(), Literals.ACCOUNT__TEAM, member))) {
			select(member);
			members.editElement(member, 0);
		}
	}

	private void removeMembers() {
		List<?> selection = ((IStructuredSelection) members.getSelection()).toList();
		if (!selection.isEmpty()) {
			execute(DeleteCommand.create(kamEditor().getEditingDomain(), new ArrayList<>(selection)));
		}
	}

	@Override
	void refresh() {
		if (!isShowing(members)) {
			return;
		}
		Account account = account();
		getManagedForm().getForm().setText(NLS.bind(Messages.Team_title, Labels.name(account)));
		members.setInput(account.getTeam().toArray());
		reporting = new ReportingLines<>(account.getTeam(), AccountTeamMember::getReportsTo);
		lines.setInput(reporting);
		lines.expandAll();
		double percent = account.getTeam().stream().mapToDouble(AccountTeamMember::getTimeCommitmentPercent).sum();
		commitment.setText(NLS.bind(Messages.Team_commitment, new Object[] { account.getTeam().size(),
				Texts.decimal(percent), Texts.decimal(percent / 100) }));
		getManagedForm().getForm().reflow(true);
	}

	@Override
	void select(EObject object) {
		if (object instanceof AccountTeamMember && members != null) {
			members.setSelection(new StructuredSelection(object), true);
		}
	}

	/** The members' table (for UI tests). */
	TableViewer membersViewer() {
		return members;
	}

	/** The team along its reporting lines for the account. */
	private static final class LinesTree implements ITreeContentProvider {
		private ReportingLines<AccountTeamMember> lines;

		@Override
		public void inputChanged(org.eclipse.jface.viewers.Viewer viewer, Object oldInput, Object newInput) {
			@SuppressWarnings("unchecked")
			ReportingLines<AccountTeamMember> input = (ReportingLines<AccountTeamMember>) newInput;
			lines = input;
		}

		@Override
		public Object[] getElements(Object input) {
			return lines.roots().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return lines.reportsOf((AccountTeamMember) parent).toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !lines.reportsOf((AccountTeamMember) element).isEmpty();
		}
	}
}
