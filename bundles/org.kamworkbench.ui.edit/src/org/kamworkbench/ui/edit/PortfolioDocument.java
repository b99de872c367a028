package org.kamworkbench.ui.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.provider.KamItemProviderAdapterFactory;
import org.kamworkbench.kam.resource.KamFormat;
import org.kamworkbench.kam.resource.KamResource;
import org.kamworkbench.kam.resource.KamResourceFactory;
import org.kamworkbench.kam.resource.PortfolioFiles;
import org.kamworkbench.kam.resource.PortfolioLoadException;

/**
 * One open portfolio file, shared by every editor on it: the model, its editing domain and command
 * stack (undo, redo, dirty state), and what is known about the file on disk. A file that could not be
 * read keeps its load failure and is never written.
 */
public final class PortfolioDocument {

	/** What editors of the document hear about. */
	public interface Listener {
		/** Saved, changed or undone: the dirty state may differ. */
		void dirtyChanged();

		/** The file changed on disk, not through this document. */
		void changedOnDisk();

		/** The document was read again from disk. */
		void reloaded();
	}

	private final IFile file;
	private final ComposedAdapterFactory adapterFactory;
	private final BasicCommandStack commandStack = new LastUpdatedCommandStack(Clock.systemDefaultZone());
	private final AdapterFactoryEditingDomain domain;
	private final ListenerList<Listener> listeners = new ListenerList<>();
	private Portfolio portfolio;
	private PortfolioLoadException loadFailure;
	private long knownStamp;
	private boolean validationPending;
	private boolean disposed;

	private static final int VALIDATION_DELAY_MS = 300;

	PortfolioDocument(IFile file) {
		this.file = file;
		this.adapterFactory = new ComposedAdapterFactory(new AdapterFactory[] { new ResourceItemProviderAdapterFactory(),
				new KamItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory() });
		this.domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
		domain.getResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap().put(KamFormat.FILE_EXTENSION,
				new KamResourceFactory());
		commandStack.addCommandStackListener(event -> {
			listeners.forEach(Listener::dirtyChanged);
			scheduleValidation();
		});
		load();
		scheduleValidation();
	}

	/** Validation follows the edits, once they pause: the Problems view shows the model as it is now. */
	private void scheduleValidation() {
		Display display = Display.getCurrent();
		if (display == null) {
			ValidationMarkers.update(file, portfolio);
			return;
		}
		validationPending = true;
		display.timerExec(VALIDATION_DELAY_MS, () -> {
			if (validationPending && !disposed) {
				validationPending = false;
				ValidationMarkers.update(file, portfolio);
			}
		});
	}

	private void load() {
		portfolio = null;
		loadFailure = null;
		try {
			portfolio = PortfolioFiles.load(domain.getResourceSet(), location());
		} catch (PortfolioLoadException e) {
			loadFailure = e;
		}
		knownStamp = file.getModificationStamp();
	}

	private Path location() {
		return file.getLocation() == null ? Path.of(file.getName()) : file.getLocation().toPath();
	}

	public IFile file() {
		return file;
	}

	/** The portfolio, or {@code null} when the file could not be read (see {@link #loadFailure()}). */
	public Portfolio portfolio() {
		return portfolio;
	}

	public PortfolioLoadException loadFailure() {
		return loadFailure;
	}

	public boolean isLoaded() {
		return portfolio != null;
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	/**
	 * The format version of the file on disk when it is older than the current one: the portfolio was
	 * migrated when read, and the file keeps that version until it is saved. Otherwise 0.
	 */
	public int olderVersionOnDisk() {
		return isLoaded() && portfolio.eResource() instanceof KamResource resource && resource.isMigrated()
				? resource.getVersionOnDisk()
				: 0;
	}

	public boolean isDirty() {
		return isLoaded() && commandStack.isSaveNeeded();
	}

	/** Whether the file on disk is no longer the one this document read or wrote. */
	public boolean isChangedOnDisk() {
		if (!file.isSynchronized(IResource.DEPTH_ZERO)) {
			return true;
		}
		return file.exists() && file.getModificationStamp() != knownStamp;
	}

	/** Writes the portfolio to its file atomically; a document that could not be read is never written. */
	public void save(IProgressMonitor monitor) throws CoreException {
		if (!isLoaded()) {
			return;
		}
		try {
			portfolio.eResource().save(null);
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.Document_saveFailed, file.getFullPath(), e.getMessage()), e));
		}
		commandStack.saveIsDone();
		file.refreshLocal(IResource.DEPTH_ZERO, monitor);
		knownStamp = file.getModificationStamp();
		listeners.forEach(Listener::dirtyChanged);
	}

	/** Reads the file again, dropping unsaved changes and the undo history. */
	public void reload() {
		if (portfolio != null) {
			portfolio.eResource().unload();
			domain.getResourceSet().getResources().remove(portfolio.eResource());
			portfolio = null; // flushing the stack notifies the editors: they must not show the unloaded model
		}
		commandStack.flush();
		load();
		scheduleValidation();
		listeners.forEach(Listener::reloaded);
		listeners.forEach(Listener::dirtyChanged);
	}

	/** Called when the workspace reports a change of the file's content. */
	void fileChanged() {
		if (file.getModificationStamp() != knownStamp) {
			listeners.forEach(Listener::changedOnDisk);
		}
	}

	/** Takes note that the user chose to keep the version in the editor over the one on disk. */
	public void keepEditorVersion() {
		knownStamp = file.getModificationStamp();
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	void dispose() {
		disposed = true;
		if (portfolio != null) {
			portfolio.eResource().unload();
		}
		domain.getResourceSet().getResources().clear();
		adapterFactory.dispose();
	}
}
