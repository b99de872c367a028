package org.kamworkbench.application;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** Starts the KAM Workbench: claims the workspace folder, then runs the workbench until it closes. */
public class KamWorkbenchApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display display = PlatformUI.createDisplay();
		try {
			Location workspace = Platform.getInstanceLocation();
			if (!claim(workspace)) {
				return EXIT_OK;
			}
			try {
				int code = PlatformUI.createAndRunWorkbench(display, new KamWorkbenchAdvisor());
				return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
			} finally {
				workspace.release();
			}
		} finally {
			display.dispose();
		}
	}

	/** Two workbenches on one workspace would corrupt its metadata: the second one says so and stops. */
	private static boolean claim(Location workspace) throws Exception {
		if (workspace == null || workspace.isReadOnly()) {
			MessageDialog.openError(null, Messages.Workspace_title, Messages.Workspace_noLocation);
			return false;
		}
		if (workspace.lock()) {
			return true;
		}
		MessageDialog.openError(null, Messages.Workspace_title,
				NLS.bind(Messages.Workspace_inUse, workspace.getURL().getFile()));
		return false;
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
