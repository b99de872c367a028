package org.kamworkbench.ui.edit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * What every KAM editor does the Eclipse way: it edits a shared {@link PortfolioDocument} through its
 * command stack (undo, redo, dirty marker, save), feeds the Properties view and the Outline, opens
 * Problems markers on their object, asks before a change on disk replaces unsaved work, and shows
 * an error page instead of a file it cannot read.
 */
public abstract class PortfolioFormEditor extends FormEditor
		implements IEditingDomainProvider, IGotoMarker, PortfolioDocument.Listener {

	private PortfolioDocument document;
	private CommandStackActions commandActions;
	private final SelectionRelay selections = new SelectionRelay();
	private PortfolioOutlinePage outline;

	/** The portfolio file the input stands for, or {@code null} when the input is not one. */
	protected abstract IFile fileOf(IEditorInput input);

	/** The pages of a readable portfolio. */
	protected abstract void addContentPages() throws PartInitException;

	/** Shows the object on the page that edits it and selects it there. */
	public abstract void reveal(EObject object);

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		IFile file = fileOf(input);
		if (file == null) {
			throw new PartInitException(NLS.bind(Messages.Editor_notAPortfolio, input.getName()));
		}
		super.init(site, input);
		document = PortfolioDocuments.acquire(file);
		document.addListener(this);
		commandActions = new CommandStackActions(document.domain().getCommandStack());
		site.setSelectionProvider(selections);
	}

	public PortfolioDocument document() {
		return document;
	}

	public SelectionRelay selections() {
		return selections;
	}

	public IAction undoAction() {
		return commandActions.undo();
	}

	public IAction redoAction() {
		return commandActions.redo();
	}

	@Override
	public EditingDomain getEditingDomain() {
		return document.domain();
	}

	@Override
	protected void addPages() {
		try {
			if (document.isLoaded()) {
				addContentPages();
			} else {
				addPage(new LoadFailurePage(this, document.loadFailure(), document::reload));
			}
		} catch (PartInitException e) {
			ErrorDialog.openError(getSite().getShell(), null, null, e.getStatus());
		}
	}

	@Override
	public boolean isDirty() {
		return document.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		commitFocusedField();
		if (document.isChangedOnDisk() && !MessageDialog.openQuestion(getSite().getShell(), Messages.Editor_conflictTitle,
				NLS.bind(Messages.Editor_overwriteQuestion, document.file().getFullPath()))) {
			cancel(monitor);
			return;
		}
		try {
			document.save(monitor);
		} catch (CoreException e) {
			cancel(monitor);
			ErrorDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle, null, e.getStatus());
		}
	}

	/** A save that did not happen must keep the editor (and the workbench) from closing as if it had. */
	private static void cancel(IProgressMonitor monitor) {
		if (monitor != null) {
			monitor.setCanceled(true);
		}
	}

	/** Text typed into a form field becomes a command when the field is left: Save leaves it first. */
	private void commitFocusedField() {
		Control focused = getSite().getShell().getDisplay().getFocusControl();
		if (focused != null && !focused.isDisposed()) {
			focused.notifyListeners(SWT.FocusOut, new Event());
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
		// one file, one document: copies are made in the Project Explorer
	}

	@Override
	public void setFocus() {
		super.setFocus();
		checkDisk();
	}

	/** Like Eclipse's text editors: on activation, notice a file changed by another program. */
	private void checkDisk() {
		IFile file = document.file();
		if (!file.isSynchronized(IResource.DEPTH_ZERO)) {
			try {
				file.refreshLocal(IResource.DEPTH_ZERO, null);
			} catch (CoreException e) {
				// the file is gone or unreadable: the workspace reports it in its own way
			}
		}
	}

	@Override
	public void dirtyChanged() {
		firePropertyChange(PROP_DIRTY);
		showFormatNotice(); // a save makes the file current
	}

	/** Pages are created when first shown: each says so when the file is of an older format version. */
	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		showFormatNotice();
	}

	private void showFormatNotice() {
		for (Object page : pages) {
			if (page instanceof IFormPage formPage && formPage.getManagedForm() != null
					&& !(formPage instanceof LoadFailurePage)) {
				FormatNotice.show(formPage.getManagedForm(), document);
			}
		}
	}

	@Override
	public void changedOnDisk() {
		if (!document.isChangedOnDisk()) {
			return; // another editor of the same document has already dealt with it
		}
		if (!document.isDirty() || MessageDialog.openQuestion(getSite().getShell(), Messages.Editor_conflictTitle,
				NLS.bind(Messages.Editor_reloadQuestion, document.file().getFullPath()))) {
			document.reload();
		} else {
			document.keepEditorVersion();
		}
	}

	@Override
	public void reloaded() {
		selections.setSelection(StructuredSelection.EMPTY); // the objects it held are gone with the old model
		while (getPageCount() > 0) {
			removePage(0);
		}
		addPages();
		if (getPageCount() > 0) {
			setActivePage(0);
		}
		if (outline != null) {
			outline.reloaded();
		}
	}

	@Override
	public void gotoMarker(IMarker marker) {
		String id = marker.getAttribute(ValidationMarkers.OBJECT_ID, ""); //$NON-NLS-1$
		if (document.isLoaded() && !id.isEmpty()) {
			EObject object = document.portfolio().eResource().getEObject(id);
			if (object != null) {
				reveal(object);
			}
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new PortfolioOutlinePage(document, this::reveal);
			}
			return adapter.cast(outline);
		}
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(propertySheet());
		}
		if (adapter == IGotoMarker.class) {
			return adapter.cast(this);
		}
		return super.getAdapter(adapter);
	}

	private IPropertySheetPage propertySheet() {
		PropertySheetPage page = new PropertySheetPage() {
			@Override
			public void setActionBars(IActionBars actionBars) {
				super.setActionBars(actionBars);
				actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction());
				actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction());
			}
		};
		page.setPropertySourceProvider(new ItemPropertySourceProvider(document.adapterFactory()));
		return page;
	}

	@Override
	public void dispose() {
		if (document != null) {
			document.removeListener(this);
			commandActions.dispose();
			PortfolioDocuments.release(document);
		}
		super.dispose();
	}
}
