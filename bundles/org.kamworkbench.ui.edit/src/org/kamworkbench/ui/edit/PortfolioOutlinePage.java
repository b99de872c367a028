package org.kamworkbench.ui.edit;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The Outline of an open portfolio: the whole model as a tree; selecting an object reveals it in the editor. */
public class PortfolioOutlinePage extends ContentOutlinePage {

	private final PortfolioDocument document;
	private final Consumer<EObject> reveal;

	public PortfolioOutlinePage(PortfolioDocument document, Consumer<EObject> reveal) {
		this.document = document;
		this.reveal = reveal;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ItemProviderContentProvider(document.adapterFactory()));
		viewer.setLabelProvider(new ItemProviderLabelProvider(document.adapterFactory()));
		viewer.setAutoExpandLevel(2);
		viewer.setInput(document.isLoaded() ? document.portfolio().eResource() : null);
		viewer.addDoubleClickListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof EObject object) {
				reveal.accept(object);
			}
		});
	}

	/** Shows the document again after it was read anew from disk. */
	public void reloaded() {
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(document.isLoaded() ? document.portfolio().eResource() : null);
			viewer.setSelection(StructuredSelection.EMPTY);
		}
	}
}
