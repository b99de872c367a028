package org.kamworkbench.application;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.kamworkbench.examples.ExamplePortfolio;
import org.osgi.service.prefs.BackingStoreException;

/**
 * A new user finds a working portfolio at once: at the first start in a workspace, a project holding
 * the example portfolio is created. Once created it is the user's: deleting it is respected.
 */
public final class ExampleProject {

	public static final String PROJECT_NAME = "Example Portfolio"; //$NON-NLS-1$

	private static final String INSTALLED_KEY = "exampleProjectInstalled"; //$NON-NLS-1$
	private static final String BUNDLE = "org.kamworkbench.application"; //$NON-NLS-1$

	private ExampleProject() {
	}

	/** Creates the example project unless this workspace had it once; returns the file, or null. */
	public static IFile installOnFirstStart(IWorkspace workspace) throws CoreException {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(BUNDLE);
		if (preferences.getBoolean(INSTALLED_KEY, false)) {
			return null;
		}
		IProject project = workspace.getRoot().getProject(PROJECT_NAME);
		IFile file = project.getFile(ExamplePortfolio.FILE_NAME);
		workspace.run((IWorkspaceRunnable) monitor -> {
			if (!project.exists()) {
				project.create(monitor);
			}
			project.open(monitor);
			if (!file.exists()) {
				try (InputStream content = ExamplePortfolio.open()) {
					file.create(content, false, monitor);
				} catch (IOException e) {
					throw new CoreException(Status.error(Messages.ExampleProject_failed, e));
				}
			}
		}, null);
		preferences.putBoolean(INSTALLED_KEY, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			throw new CoreException(new Status(IStatus.WARNING, BUNDLE, Messages.ExampleProject_failed, e));
		}
		return file;
	}
}
