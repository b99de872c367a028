package org.kamworkbench.ui.edit;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;

/**
 * The open portfolio documents, one per file: the portfolio editor and the account editors of a file
 * share it, so they share one model, one undo history and one dirty state.
 */
public final class PortfolioDocuments {

	private static final Map<IFile, PortfolioDocument> OPEN = new HashMap<>();
	private static final Map<PortfolioDocument, Integer> USERS = new HashMap<>();
	private static final IResourceChangeListener WATCHER = PortfolioDocuments::resourcesChanged;

	private PortfolioDocuments() {
	}

	/** The document of the file, read when no editor has it open yet; release it when done. */
	public static synchronized PortfolioDocument acquire(IFile file) {
		if (OPEN.isEmpty()) {
			ResourcesPlugin.getWorkspace().addResourceChangeListener(WATCHER, IResourceChangeEvent.POST_CHANGE);
		}
		PortfolioDocument document = OPEN.computeIfAbsent(file, PortfolioDocument::new);
		USERS.merge(document, 1, Integer::sum);
		return document;
	}

	public static synchronized void release(PortfolioDocument document) {
		int users = USERS.merge(document, -1, Integer::sum);
		if (users <= 0) {
			USERS.remove(document);
			OPEN.remove(document.file());
			document.dispose();
		}
		if (OPEN.isEmpty()) {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(WATCHER);
		}
	}

	private static void resourcesChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		Map<IFile, PortfolioDocument> open;
		synchronized (PortfolioDocuments.class) {
			open = Map.copyOf(OPEN);
		}
		for (PortfolioDocument document : open.values()) {
			IResourceDelta change = delta.findMember(document.file().getFullPath());
			if (change != null && change.getKind() == IResourceDelta.CHANGED
					&& (change.getFlags() & IResourceDelta.CONTENT) != 0) {
				Display.getDefault().asyncExec(document::fileChanged);
			}
		}
	}
}
