package org.kamworkbench.ui.edit;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

/** Connects Edit > Undo and Redo (and their keys) to the command stack of the active KAM editor. */
public class PortfolioEditorContributor extends MultiPageEditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		IActionBars bars = getActionBars();
		if (part instanceof PortfolioFormEditor editor) {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.undoAction());
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.redoAction());
		} else {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), null);
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), null);
		}
		bars.updateActionBars();
	}

	@Override
	public void setActivePage(IEditorPart activeEditor) {
		// pages are forms, not editors: the editor's actions serve every page
	}
}
