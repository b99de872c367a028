package org.kamworkbench.ui.editors.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.kamworkbench.core.exchange.ImportResult;
import org.kamworkbench.kam.Portfolio;

/**
 * An import as one undoable step: the change recorder notes every change {@link ImportResult#applyTo} makes, so
 * that Undo takes all of them back at once. What it changed and added are its affected objects, which the editors'
 * command stack dates as updated today.
 */
final class ImportRecordsCommand extends ChangeCommand {

	private final Portfolio portfolio;
	private final ImportResult result;

	ImportRecordsCommand(Portfolio portfolio, ImportResult result) {
		super(portfolio);
		this.portfolio = portfolio;
		this.result = result;
		setLabel(Messages.Command_label);
	}

	@Override
	public boolean canExecute() {
		return result.importableRecords() > 0;
	}

	@Override
	protected void doExecute() {
		result.applyTo(portfolio);
	}

	@Override
	public Collection<?> getAffectedObjects() {
		ChangeDescription changes = getChangeDescription();
		if (changes == null) {
			return List.of(portfolio);
		}
		List<Object> affected = new ArrayList<>(changes.getObjectsToDetach());
		affected.addAll(changes.getObjectChanges().keySet());
		return affected;
	}
}
