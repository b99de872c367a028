package org.kamworkbench.ui.editors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.kamworkbench.core.Thresholds;
import org.kamworkbench.core.coverage.CoverageAnalysis;
import org.kamworkbench.core.coverage.CoverageFinding;
import org.kamworkbench.core.coverage.FindingKind;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Attitude;
import org.kamworkbench.kam.BuyingRole;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KamPackage.Literals;
import org.kamworkbench.kam.RelationshipLink;

/**
 * The customer's buying centre: the contacts as an org chart (attitude, influence, buying role, our
 * owner), the buying-centre roles that no contact covers or no one of ours owns, and the contacts in an
 * editable table. Every edit redraws the chart; clicking a box selects the contact.
 */
class RelationshipMapPage extends AccountPage {

	static final String ID = "relationshipMap"; //$NON-NLS-1$
	private static final int SIDE_WIDTH = 270;

	private RelationshipMapChart chart;
	private Label gaps;
	private TableViewer contacts;

	RelationshipMapPage(AccountEditor editor) {
		super(editor, ID, Messages.Map_tab);
	}

	@Override
	protected void createContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(2, false));
		Composite map = section(toolkit, body, Messages.Map_chart, Messages.Map_chartDescription, false);
		// laid out again later: the chart asks while it is being resized itself
		chart = new RelationshipMapChart(map, this::select, () -> body.getDisplay().asyncExec(() -> {
			if (!body.isDisposed()) {
				managedForm.getForm().reflow(true);
			}
		}));
		Composite side = toolkit.createComposite(body);
		side.setLayout(new GridLayout(1, false));
		GridDataFactory.fillDefaults().hint(SIDE_WIDTH, SWT.DEFAULT).applyTo(side);
		legend(section(toolkit, side, Messages.Map_legend, null, false));
		gaps = toolkit.createLabel(section(toolkit, side, Messages.Map_gaps, null, false), "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(SIDE_WIDTH - 20, SWT.DEFAULT).applyTo(gaps);
		Composite table = section(toolkit, body, Messages.Map_contacts, Messages.Map_contactsDescription, true);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table.getParent());
		createContactsTable(toolkit, table);
	}

	/** What the colours and borders mean, drawn as the chart draws them. */
	private static void legend(Composite parent) {
		Canvas legend = new Canvas(parent, SWT.NONE);
		legend.setBackground(parent.getBackground());
		GC measure = new GC(legend);
		int row = Math.max(18, measure.getFontMetrics().getHeight() + 4);
		measure.dispose();
		GridDataFactory.fillDefaults().grab(true, false).hint(SIDE_WIDTH - 20, 5 * row).applyTo(legend);
		legend.addListener(SWT.Paint, event -> {
			GC gc = event.gc;
			swatch(gc, 0, row, RelationshipMapChart.SUPPORTER, 1, Messages.Map_legendSupporter);
			swatch(gc, 1, row, RelationshipMapChart.NEUTRAL, 1, Messages.Map_legendNeutral);
			swatch(gc, 2, row, RelationshipMapChart.OPPONENT, 1, Messages.Map_legendOpponent);
			swatch(gc, 3, row, RelationshipMapChart.UNKNOWN, 1, Messages.Map_legendUnknown);
			swatch(gc, 4, row, RelationshipMapChart.UNKNOWN, 4, Messages.Map_legendInfluence);
		});
	}

	private static void swatch(GC gc, int index, int row, RGB fill, int border, String text) {
		int y = index * row + 2;
		gc.setBackground(new Color(fill));
		gc.fillRectangle(1, y, 26, row - 6);
		gc.setLineWidth(border);
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawRectangle(1 + border / 2, y + border / 2, 26 - border, row - 6 - border);
		gc.setLineWidth(1);
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
		gc.drawText(text, 36, y + (row - 6 - gc.getFontMetrics().getHeight()) / 2, true);
	}

	private void createContactsTable(FormToolkit toolkit, Composite parent) {
		Composite buttons = buttonRow(toolkit, parent);
		button(toolkit, buttons, Messages.Map_addContact, this::addContact);
		contacts = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		selectionButton(toolkit, buttons, Messages.Map_removeContact, contacts, this::removeContacts);
		contacts.getTable().setHeaderVisible(true);
		contacts.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(700, 180).applyTo(contacts.getTable());
		contacts.setContentProvider(ArrayContentProvider.getInstance());
		FeatureColumns columns = new FeatureColumns(this, contacts);
		columns.text(Messages.Column_name, 170, Literals.NAMED_ELEMENT__NAME);
		columns.text(Messages.Column_jobTitle, 220, Literals.CONTACT__JOB_TITLE);
		columns.choice(Messages.Column_buyingRole, 130, Literals.CONTACT__BUYING_ROLE, c -> BuyingRole.VALUES,
				role -> Labels.of(role, Literals.BUYING_ROLE), false);
		columns.number(Messages.Column_influence, 80, Literals.CONTACT__INFLUENCE, 0, 5, null)
				.tooltip(Messages.Column_influenceTip);
		columns.choice(Messages.Column_attitude, 100, Literals.CONTACT__ATTITUDE, c -> Attitude.VALUES,
				attitude -> Labels.of(attitude, Literals.ATTITUDE), false);
		columns.choice(Messages.Column_reportsTo, 150, Literals.CONTACT__REPORTS_TO, this::othersThan, Labels::name,
				true);
		columns.choice(Messages.Column_owner, 140, Literals.CONTACT__OWNER, c -> portfolio().getPeople(), Labels::name,
				true).placeholder(Messages.Map_noOwner).foreground(contact -> ((Contact) contact).getOwner() == null
						? contacts.getControl().getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		columns.date(Messages.Column_lastContact, 110, Literals.CONTACT__LAST_CONTACT_DATE)
				.tooltip(Messages.Column_dateTip);
		contacts.addSelectionChangedListener(event -> chart.select(selected(contacts, Contact.class)));
		deleteKey(contacts, this::removeContacts);
		focusOn(contacts.getControl());
		kamEditor().selections().follow(contacts);
	}

	/** The contacts someone may report to: everyone of the account but themselves. */
	private List<Contact> othersThan(Object contact) {
		List<Contact> others = new ArrayList<>(account().getContacts());
		others.remove(contact);
		return others;
	}

	private void addContact() {
		Contact contact = KamFactory.eINSTANCE.createContact();
		contact.setName(Messages.Map_newContact);
		if (execute(AddCommand.create(kamEditor().getEditingDomain(), account(), Literals.ACCOUNT__CONTACTS, contact))) {
			select(contact);
			contacts.editElement(contact, 0);
		}
	}

	/** Removes the selected contacts, and who meets them: a link to no contact would mean nothing. */
	private void removeContacts() {
		List<EObject> removed = new ArrayList<>();
		for (Object element : ((IStructuredSelection) contacts.getSelection()).toList()) {
			removed.add((Contact) element);
		}
		for (RelationshipLink link : account().getRelationshipLinks()) {
			if (removed.contains(link.getContact())) {
				removed.add(link);
			}
		}
		if (!removed.isEmpty()) {
			execute(DeleteCommand.create(kamEditor().getEditingDomain(), removed));
		}
	}

	@Override
	void refresh() {
		if (!isShowing(contacts)) {
			return;
		}
		Account account = account();
		getManagedForm().getForm().setText(NLS.bind(Messages.Map_title, Labels.name(account)));
		contacts.setInput(account.getContacts().toArray());
		chart.show(account.getContacts());
		chart.select(selected(contacts, Contact.class));
		gaps.setText(gapsText(account));
		getManagedForm().getForm().reflow(true);
	}

	/** The buying-centre roles without a contact, or without an owner of ours. */
	private String gapsText(Account account) {
		StringBuilder text = new StringBuilder();
		for (CoverageFinding finding : CoverageAnalysis.analyse(account, Thresholds.of(portfolio()), LocalDate.now())) {
			if (finding.kind() == FindingKind.ROLE_NOT_COVERED || finding.kind() == FindingKind.ROLE_WITHOUT_OWNER) {
				text.append("\u2022 ").append(finding.message()).append('\n'); //$NON-NLS-1$
			}
		}
		return text.isEmpty() ? Messages.Map_noGaps : text.toString().strip();
	}

	@Override
	void select(EObject object) {
		if (object instanceof Contact contact && contacts != null) {
			contacts.setSelection(new StructuredSelection(contact), true);
		}
	}

	/** The contacts' table (for UI tests, which edit it as a person would). */
	TableViewer contactsViewer() {
		return contacts;
	}

	/** The chart's canvas (for UI tests, which click on it as a person would). */
	Control chartControl() {
		return chart.control();
	}

	/** Where the chart draws each contact (for UI tests). */
	Map<Contact, Rectangle> boxes() {
		return chart.boxes();
	}
}
