package org.kamworkbench.ui.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.AccountTeamMember;
import org.kamworkbench.kam.Person;

/**
 * What the sections of the account plan page share: the plan shown, the commands that change it (each one
 * undoable), and the form's message line for input that cannot be taken.
 */
final class PlanEditing {

	private final AccountPlanPage page;
	private final FormToolkit toolkit;

	PlanEditing(AccountPlanPage page, FormToolkit toolkit) {
		this.page = page;
		this.toolkit = toolkit;
	}

	FormToolkit toolkit() {
		return toolkit;
	}

	/** A titled section of the page spanning the given number of columns; returns its client area. */
	Composite section(Composite parent, String title, int span, int columns) {
		return PageParts.section(toolkit, parent, title, null, columns,
				GridDataFactory.fillDefaults().grab(true, false).span(span, 1));
	}

	/** The plan the page shows, or {@code null} when the account has none. */
	AccountPlan plan() {
		return page.plan();
	}

	Account account() {
		return page.account();
	}

	KamEditor editor() {
		return page.kamEditor();
	}

	EditingDomain domain() {
		return editor().getEditingDomain();
	}

	/** Sets the feature when the value differs; a value that is taken clears an earlier complaint. */
	void set(EObject owner, EStructuralFeature feature, Object value) {
		complain(null);
		if (owner != null && !Objects.equals(owner.eGet(feature), value)) {
			editor().execute(SetCommand.create(domain(), owner, feature, value));
		}
	}

	/** Adds a new object to a list of the plan. */
	void add(EStructuralFeature feature, EObject added) {
		complain(null);
		if (plan() != null) {
			editor().execute(AddCommand.create(domain(), plan(), feature, added));
		}
	}

	/** Deletes the object and every reference to it (an action's objective, a strategy's objectives). */
	void delete(EObject object) {
		complain(null);
		if (object != null) {
			editor().execute(DeleteCommand.create(domain(), object));
		}
	}

	void execute(Command command) {
		complain(null);
		editor().execute(command);
	}

	/** Shows why an input was not taken in the form's heading, or clears it ({@code null}). */
	void complain(String message) {
		ScrolledForm form = page.getManagedForm().getForm();
		if (!form.isDisposed()) {
			form.setMessage(message, message == null ? IMessageProvider.NONE : IMessageProvider.ERROR);
		}
	}

	/**
	 * The people who can own something in the plan: the account team, in its order, and the current owner
	 * when that person is not (or no longer) in the team.
	 */
	List<Person> owners(Person current) {
		List<Person> people = new ArrayList<>();
		Account account = account();
		if (account != null) {
			for (AccountTeamMember member : account.getTeam()) {
				if (member.getPerson() != null && !people.contains(member.getPerson())) {
					people.add(member.getPerson());
				}
			}
		}
		if (current != null && !people.contains(current)) {
			people.add(current);
		}
		return people;
	}
}
