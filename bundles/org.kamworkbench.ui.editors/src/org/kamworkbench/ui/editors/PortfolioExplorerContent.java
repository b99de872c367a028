package org.kamworkbench.ui.editors;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonContentProvider;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.KamFormat;
import org.kamworkbench.ui.edit.PortfolioDocument;

/**
 * The accounts of each portfolio file in the Project Explorer. While an editor has the file open they
 * are the editor's own, unsaved edits included, and follow every command, undo and reload; otherwise
 * they are read from the saved file, and read again when it changes. A file that cannot be read shows
 * no accounts.
 */
public class PortfolioExplorerContent implements ICommonContentProvider, IResourceChangeListener {

	private static final Object[] NONE = new Object[0];
	private static final int FILE_CHANGES = IResourceDelta.CONTENT | IResourceDelta.REPLACED;

	private final SavedPortfolios saved = new SavedPortfolios();
	/** The documents whose command stacks this content follows, by file; only touched on the UI thread. */
	private final Map<IFile, Following> following = new HashMap<>();
	private final Set<IFile> toRefresh = new LinkedHashSet<>();
	private OpenPortfolioEditors editors;
	private StructuredViewer viewer;

	/** An editor's document whose command stack this content listens to. */
	private record Following(PortfolioDocument document, CommandStackListener listener) {
		void stop() {
			document.domain().getCommandStack().removeCommandStackListener(listener);
		}
	}

	@Override
	public void init(ICommonContentExtensionSite site) {
		editors = new OpenPortfolioEditors(PlatformUI.getWorkbench(), this::refreshLater);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		Portfolio portfolio = parent instanceof IFile file && isPortfolioFile(file) ? portfolio(file) : null;
		return portfolio == null ? NONE : portfolio.getAccounts().toArray();
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}

	@Override
	public Object getParent(Object element) {
		if (!(element instanceof Account account) || !(EcoreUtil.getRootContainer(account) instanceof Portfolio portfolio)) {
			return null;
		}
		for (Following followed : following.values()) {
			if (followed.document().portfolio() == portfolio) {
				return followed.document().file();
			}
		}
		return saved.fileOf(portfolio);
	}

	private static boolean isPortfolioFile(IFile file) {
		return KamFormat.FILE_EXTENSION.equals(file.getFileExtension());
	}

	/** The editor's portfolio while one has the file open, else the saved one; {@code null} when unreadable. */
	private Portfolio portfolio(IFile file) {
		PortfolioDocument document = editors.documentOf(file);
		follow(file, document);
		return document != null ? document.portfolio() : saved.get(file);
	}

	private void follow(IFile file, PortfolioDocument document) {
		Following current = following.get(file);
		if (current != null && current.document() == document) {
			return;
		}
		if (current != null) {
			current.stop();
			following.remove(file);
		}
		if (document != null) {
			CommandStackListener listener = event -> refreshLater(file);
			document.domain().getCommandStack().addCommandStackListener(listener);
			following.put(file, new Following(document, listener));
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource() instanceof IFile file && isPortfolioFile(file)
						&& (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & FILE_CHANGES) != 0)) {
					saved.forget(file);
					refreshLater(file);
				}
				return delta.getResource().getType() != IResource.FILE;
			});
		} catch (CoreException e) {
			// the visitor throws nothing itself
		}
	}

	/** Refreshes the file's accounts once the UI thread is free; many changes in a row cost one refresh. */
	private void refreshLater(IFile file) {
		synchronized (toRefresh) {
			if (toRefresh.add(file) && toRefresh.size() == 1) {
				PlatformUI.getWorkbench().getDisplay().asyncExec(this::refresh);
			}
		}
	}

	private void refresh() {
		List<IFile> files;
		synchronized (toRefresh) {
			files = List.copyOf(toRefresh);
			toRefresh.clear();
		}
		if (viewer == null || viewer.getControl() == null || viewer.getControl().isDisposed()) {
			return;
		}
		for (IFile file : files) {
			follow(file, editors.documentOf(file)); // also when the file is not shown: a closed editor is let go
			viewer.refresh(file, true);
		}
	}

	@Override
	public void restoreState(IMemento memento) {
		// nothing to remember between sessions
	}

	@Override
	public void saveState(IMemento memento) {
		// nothing to remember between sessions
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		if (editors != null) {
			editors.dispose();
		}
		following.values().forEach(Following::stop);
		following.clear();
		saved.clear();
		viewer = null;
	}
}
