package org.kamworkbench.ui.edit;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/** Undo and Redo of a document's command stack, named after the command they would undo or redo. */
public final class CommandStackActions {

	private final CommandStack stack;
	private final Action undo = new Action() {
		@Override
		public void run() {
			stack.undo();
		}
	};
	private final Action redo = new Action() {
		@Override
		public void run() {
			stack.redo();
		}
	};
	private final CommandStackListener listener = event -> update();

	public CommandStackActions(CommandStack stack) {
		this.stack = stack;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		undo.setId(ActionFactory.UNDO.getId());
		undo.setActionDefinitionId(ActionFactory.UNDO.getCommandId());
		undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
		redo.setId(ActionFactory.REDO.getId());
		redo.setActionDefinitionId(ActionFactory.REDO.getCommandId());
		redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		stack.addCommandStackListener(listener);
		update();
	}

	public Action undo() {
		return undo;
	}

	public Action redo() {
		return redo;
	}

	private void update() {
		undo.setEnabled(stack.canUndo());
		undo.setText(label(Messages.Action_undo, Messages.Action_undoNamed, stack.getUndoCommand()));
		redo.setEnabled(stack.canRedo());
		redo.setText(label(Messages.Action_redo, Messages.Action_redoNamed, stack.getRedoCommand()));
	}

	private static String label(String plain, String named, Command command) {
		String name = command == null ? null : command.getLabel();
		return name == null || name.isBlank() ? plain : NLS.bind(named, name);
	}

	public void dispose() {
		stack.removeCommandStackListener(listener);
	}
}
