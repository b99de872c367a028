package org.kamworkbench.ui.editors;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.kamworkbench.kam.resource.PortfolioFiles;
import org.kamworkbench.ui.editors.NewPortfolioPage.Start;

/**
 * File > New > KAM Portfolio: a new portfolio file in a project or folder, empty or a copy of the
 * example, opened in the portfolio editor at once.
 */
public class NewPortfolioWizard extends BasicNewResourceWizard {

	public static final String ID = "org.kamworkbench.ui.editors.newPortfolio"; //$NON-NLS-1$

	private NewPortfolioPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		super.init(workbench, whereTheUserIs(workbench, selection));
		setWindowTitle(Messages.NewPortfolio_windowTitle);
		setNeedsProgressMonitor(true);
	}

	/**
	 * The resources to offer as the new file's folder: those selected, else the file of a selected
	 * account or of the active editor. Without this the folder would be empty whenever a portfolio or
	 * account editor is active, which is most of the time.
	 */
	private static IStructuredSelection whereTheUserIs(IWorkbench workbench, IStructuredSelection selection) {
		List<IResource> resources = new ArrayList<>();
		if (selection instanceof ITreeSelection tree) {
			for (TreePath path : tree.getPaths()) {
				addNearestResource(path, resources);
			}
		} else if (selection != null) {
			for (Object element : selection) {
				addNearestResource(new TreePath(new Object[] { element }), resources);
			}
		}
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		IEditorPart editor = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		if (resources.isEmpty() && editor != null) {
			IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
			if (file != null) {
				resources.add(file);
			}
		}
		return new StructuredSelection(resources);
	}

	/** The last resource on the path: an account's file, or the selected resource itself. */
	private static void addNearestResource(TreePath path, List<IResource> resources) {
		for (int segment = path.getSegmentCount() - 1; segment >= 0; segment--) {
			IResource resource = Adapters.adapt(path.getSegment(segment), IResource.class);
			if (resource != null) {
				resources.add(resource);
				return;
			}
		}
	}

	@Override
	public void addPages() {
		page = new NewPortfolioPage(getSelection());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null || page.start() == Start.EMPTY && !writeEmptyPortfolio(file)) {
			return false;
		}
		selectAndReveal(file);
		IWorkbenchWindow window = getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage activePage = window == null ? null : window.getActivePage();
		if (activePage != null) {
			try {
				IDE.openEditor(activePage, file, PortfolioEditor.ID);
			} catch (PartInitException e) {
				ErrorDialog.openError(window.getShell(), null, null, e.getStatus());
			}
		}
		return true;
	}

	/**
	 * Writes the starting portfolio over the empty file the page created, the way every portfolio is
	 * saved: format version and identifiers stamped, the file replaced only once the new one is complete.
	 */
	private boolean writeEmptyPortfolio(IFile file) {
		try {
			IPath location = file.getLocation();
			if (location == null) {
				throw new IOException(Messages.NewPortfolio_notOnDisk);
			}
			PortfolioFiles.save(StarterPortfolio.create(page.portfolioName(), page.organisationName(), LocalDate.now()),
					location.toPath());
			file.refreshLocal(IResource.DEPTH_ZERO, null);
			return true;
		} catch (IOException | CoreException e) {
			deleteQuietly(file);
			MessageDialog.openError(getShell(), Messages.NewPortfolio_failedTitle,
					NLS.bind(Messages.NewPortfolio_failed, file.getFullPath(), e.getMessage()));
			return false;
		}
	}

	/** An empty file would show as an unreadable portfolio; Finish again creates it anew. */
	private static void deleteQuietly(IFile file) {
		try {
			file.delete(true, null);
		} catch (CoreException e) {
			// then it stays, and the editor explains it when opened
		}
	}
}
