package org.kamworkbench.ui.editors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KamPackage.Literals;
import org.kamworkbench.kam.KnowledgeNote;

/**
 * What we know about the account, its units and its contacts, and who knows it: the knowledge notes
 * of all three in one table, each marked with what it is about; the text of the selected note is edited
 * below the table.
 */
class NotesPage extends AccountPage {

	static final String ID = "notes"; //$NON-NLS-1$

	private TableViewer notes;
	private Combo about;
	private final List<EObject> aboutChoices = new ArrayList<>();
	private Text text;
	private KnowledgeNote textOf;

	NotesPage(AccountEditor editor) {
		super(editor, ID, Messages.Notes_tab);
	}

	@Override
	protected void createContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(1, false));
		Composite parent = section(toolkit, body, Messages.Notes_notes, Messages.Notes_notesDescription, true);
		Composite buttons = buttonRow(toolkit, parent);
		((GridLayout) buttons.getLayout()).numColumns += 2;
		toolkit.createLabel(buttons, Messages.Notes_about);
		about = new Combo(buttons, SWT.READ_ONLY);
		toolkit.adapt(about, true, false);
		GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(about);
		button(toolkit, buttons, Messages.Notes_addNote, this::addNote);
		notes = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		selectionButton(toolkit, buttons, Messages.Notes_removeNote, notes, this::removeNotes);
		notes.getTable().setHeaderVisible(true);
		notes.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(700, 170).applyTo(notes.getTable());
		notes.setContentProvider(ArrayContentProvider.getInstance());
		FeatureColumns columns = new FeatureColumns(this, notes);
		columns.text(Messages.Column_title, 260, Literals.KNOWLEDGE_NOTE__TITLE);
		columns.label(Messages.Column_about, 220, note -> aboutText(((EObject) note).eContainer()));
		columns.choice(Messages.Column_author, 140, Literals.KNOWLEDGE_NOTE__AUTHOR, n -> portfolio().getPeople(),
				Labels::name, true);
		columns.date(Messages.Column_date, 100, Literals.KNOWLEDGE_NOTE__DATE).tooltip(Messages.Column_dateTip);
		columns.list(Messages.Column_tags, 180, Literals.KNOWLEDGE_NOTE__TAGS).tooltip(Messages.Column_tagsTip);
		deleteKey(notes, this::removeNotes);
		focusOn(notes.getControl());
		kamEditor().selections().follow(notes);
		toolkit.createLabel(parent, Messages.Notes_text);
		text = toolkit.createText(parent, "", SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(700, 90).applyTo(text);
		text.addListener(SWT.FocusOut, event -> commitText());
		notes.addSelectionChangedListener(event -> showText(selected(notes, KnowledgeNote.class)));
	}

	/** What a note is about, in the words of the table: the account, a unit or a contact. */
	private static String aboutText(EObject owner) {
		return switch (owner) {
		case AccountUnit unit -> NLS.bind(Messages.Notes_aboutUnit, Labels.name(unit));
		case Contact contact -> NLS.bind(Messages.Notes_aboutContact, Labels.name(contact));
		default -> Messages.Notes_aboutAccount;
		};
	}

	/** The account's notes, then those of its units (subunits after their unit), then those of its contacts. */
	private static List<KnowledgeNote> allNotes(Account account) {
		List<KnowledgeNote> all = new ArrayList<>(account.getNotes());
		Choices.units(account).forEach(unit -> all.addAll(unit.getNotes()));
		account.getContacts().forEach(contact -> all.addAll(contact.getNotes()));
		return all;
	}

	private void addNote() {
		int index = about.getSelectionIndex();
		EObject owner = index < 0 ? account() : aboutChoices.get(index);
		EReference feature = switch (owner) {
		case AccountUnit unit -> Literals.ACCOUNT_UNIT__NOTES;
		case Contact contact -> Literals.CONTACT__NOTES;
		default -> Literals.ACCOUNT__NOTES;
		};
		KnowledgeNote note = KamFactory.eINSTANCE.createKnowledgeNote();
		note.setTitle(Messages.Notes_newNote);
		note.setDate(LocalDate.now());
		if (execute(AddCommand.create(kamEditor().getEditingDomain(), owner, feature, note))) {
			select(note);
			notes.editElement(note, 0);
		}
	}

	private void removeNotes() {
		List<?> selection = ((IStructuredSelection) notes.getSelection()).toList();
		if (!selection.isEmpty()) {
			execute(DeleteCommand.create(kamEditor().getEditingDomain(), new ArrayList<>(selection)));
		}
	}

	private void showText(KnowledgeNote note) {
		commitText();
		textOf = note;
		text.setEnabled(note != null);
		text.setText(note == null || note.getText() == null ? "" : note.getText()); //$NON-NLS-1$
	}

	private void commitText() {
		if (textOf != null && textOf.eContainer() != null && !text.isDisposed()
				&& !text.getText().equals(Objects.toString(textOf.getText(), ""))) { //$NON-NLS-1$
			execute(SetCommand.create(kamEditor().getEditingDomain(), textOf, Literals.KNOWLEDGE_NOTE__TEXT,
					text.getText()));
		}
	}

	@Override
	void refresh() {
		if (!isShowing(notes)) {
			return;
		}
		Account account = account();
		getManagedForm().getForm().setText(NLS.bind(Messages.Notes_title, Labels.name(account)));
		notes.setInput(allNotes(account).toArray());
		refreshAbout(account);
		if (textOf != null && textOf.eContainer() == null) {
			showText(null);
		} else if (textOf != null && !text.getText().equals(Objects.toString(textOf.getText(), ""))) { //$NON-NLS-1$
			// also while the box has the focus (Ctrl+Z there): it must show the model, or leaving it
			// would commit the undone text again
			text.setText(Objects.toString(textOf.getText(), "")); //$NON-NLS-1$
		} else if (textOf == null) {
			text.setEnabled(false);
		}
	}

	private void refreshAbout(Account account) {
		EObject chosen = about.getSelectionIndex() < 0 ? account : aboutChoices.get(about.getSelectionIndex());
		aboutChoices.clear();
		aboutChoices.add(account);
		aboutChoices.addAll(Choices.units(account));
		aboutChoices.addAll(account.getContacts());
		about.setItems(aboutChoices.stream().map(NotesPage::aboutText).toArray(String[]::new));
		about.select(Math.max(0, aboutChoices.indexOf(chosen)));
	}

	@Override
	void select(EObject object) {
		if (object instanceof KnowledgeNote && notes != null) {
			notes.setSelection(new StructuredSelection(object), true);
		}
	}

	/** The notes' table (for UI tests). */
	TableViewer notesViewer() {
		return notes;
	}
}
