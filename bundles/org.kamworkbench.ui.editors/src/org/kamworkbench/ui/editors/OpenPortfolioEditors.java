package org.kamworkbench.ui.editors;

import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.kamworkbench.ui.edit.PortfolioDocument;
import org.kamworkbench.ui.edit.PortfolioFormEditor;

/**
 * The portfolio and account editors open in the workbench, in every window: which document they have
 * open for a file, and the file whose editors just opened or closed.
 */
final class OpenPortfolioEditors implements IPartListener2, IWindowListener {

	private final IWorkbench workbench;
	private final Consumer<IFile> openedOrClosed;

	/** @param openedOrClosed told the file of each portfolio or account editor that opens or closes */
	OpenPortfolioEditors(IWorkbench workbench, Consumer<IFile> openedOrClosed) {
		this.workbench = workbench;
		this.openedOrClosed = openedOrClosed;
		workbench.addWindowListener(this);
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			window.getPartService().addPartListener(this);
		}
	}

	/** The document an open editor has of the file, or {@code null} when no editor has it open. */
	PortfolioDocument documentOf(IFile file) {
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					IEditorPart editor = reference.getEditor(false);
					if (editor instanceof PortfolioFormEditor kam && kam.document() != null
							&& kam.document().file().equals(file)) {
						return kam.document();
					}
				}
			}
		}
		return null;
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		tell(reference);
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		tell(reference);
	}

	private void tell(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof PortfolioFormEditor editor && editor.document() != null) {
			openedOrClosed.accept(editor.document().file());
		}
	}

	@Override
	public void windowOpened(IWorkbenchWindow window) {
		window.getPartService().addPartListener(this);
	}

	@Override
	public void windowClosed(IWorkbenchWindow window) {
		window.getPartService().removePartListener(this);
	}

	@Override
	public void windowActivated(IWorkbenchWindow window) {
		// only opening and closing windows matters
	}

	@Override
	public void windowDeactivated(IWorkbenchWindow window) {
		// only opening and closing windows matters
	}

	void dispose() {
		workbench.removeWindowListener(this);
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			window.getPartService().removePartListener(this);
		}
	}
}
