package org.kamworkbench.application;

import java.net.URL;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.osgi.framework.Bundle;

/**
 * The workbench of KAM Workbench: portfolios live in projects of a workspace, as in any Eclipse IDE,
 * so this advisor does the workspace duties that the IDE application would otherwise do.
 */
public class KamWorkbenchAdvisor extends WorkbenchAdvisor {

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide"; //$NON-NLS-1$

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		IDE.registerAdapters();
		declareProjectImages(configurer);
	}

	/** The Project Explorer asks the workbench for these images; only the IDE application declares them. */
	private static void declareProjectImages(IWorkbenchConfigurer configurer) {
		Bundle ide = Platform.getBundle(IDE_BUNDLE);
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png"); //$NON-NLS-1$
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png"); //$NON-NLS-1$
	}

	private static void declare(IWorkbenchConfigurer configurer, Bundle bundle, String key, String path) {
		URL url = FileLocator.find(bundle, new Path(path));
		configurer.declareImage(key, ImageDescriptor.createFromURL(url), true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return KeyAccountsPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new KamWorkbenchWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		try {
			IFile example = ExampleProject.installOnFirstStart(ResourcesPlugin.getWorkspace());
			if (example != null) {
				showInProjectExplorer(example);
			}
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	/** A new user sees the example at once: selected in the Project Explorer and open in its editor. */
	private void showInProjectExplorer(IFile file) {
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return;
		}
		if (page.findView(IPageLayout.ID_PROJECT_EXPLORER) instanceof ISetSelectionTarget target) {
			target.selectReveal(new StructuredSelection(file));
		}
		try {
			IDE.openEditor(page, file);
		} catch (PartInitException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	@Override
	public void postShutdown() {
		// Without this save the workspace would have to be recovered at the next start.
		try {
			ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		super.postShutdown();
	}
}
