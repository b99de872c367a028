package org.kamworkbench.ui.edit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A command stack that keeps "last updated" true: whatever a command changes, the nearest object that
 * records when it was last updated (account, unit, contact, plan, result, ...) is dated today, in the
 * same undoable step. Without it the staleness warnings would outlive the edits that answer them.
 */
public class LastUpdatedCommandStack extends BasicCommandStack {

	private static final String LAST_UPDATED = "lastUpdated"; //$NON-NLS-1$

	private final Clock clock;

	public LastUpdatedCommandStack(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void execute(Command command) {
		super.execute(command != null && command.canExecute() ? new Dated(command) : command);
	}

	/** The attribute in which the object records its last update, or {@code null}. */
	static EAttribute lastUpdatedOf(EObject object) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature(LAST_UPDATED);
		return feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == LocalDate.class
				? attribute
				: null;
	}

	/** The command, and the dating of what it changed; undone and redone together. */
	private final class Dated extends CommandWrapper {
		private final Map<EObject, Object> previous = new LinkedHashMap<>();

		Dated(Command command) {
			super(command);
		}

		@Override
		public void execute() {
			super.execute();
			date(getAffectedObjects());
		}

		@Override
		public void redo() {
			super.redo();
			LocalDate today = LocalDate.now(clock);
			previous.keySet().forEach(object -> object.eSet(lastUpdatedOf(object), today));
		}

		@Override
		public void undo() {
			previous.forEach((object, value) -> object.eSet(lastUpdatedOf(object), value));
			super.undo();
		}

		private void date(Collection<?> affected) {
			LocalDate today = LocalDate.now(clock);
			for (Object changed : affected) {
				for (EObject current = changed instanceof EObject object ? object : null; current != null;
						current = current.eContainer()) {
					EAttribute attribute = lastUpdatedOf(current);
					if (attribute != null) {
						if (!previous.containsKey(current)) {
							previous.put(current, current.eGet(attribute));
							current.eSet(attribute, today);
						}
						break;
					}
				}
			}
		}
	}
}
