package org.kamworkbench.application;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * An empty workbench window on the same bundles as KAM Workbench: what the startup benchmark measures
 * KAM Workbench's start against ({@code ./kam startup-bench}). Not for users, hence not visible.
 */
public class EmptyShellApplication implements IApplication {

	/** The empty perspective of the empty shell. */
	public static class EmptyPerspective implements IPerspectiveFactory {
		public static final String ID = "org.kamworkbench.application.emptyPerspective"; //$NON-NLS-1$

		@Override
		public void createInitialLayout(IPageLayout layout) {
			layout.setEditorAreaVisible(false);
		}
	}

	@Override
	public Object start(IApplicationContext context) {
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new WorkbenchAdvisor() {
				@Override
				public String getInitialWindowPerspectiveId() {
					return EmptyPerspective.ID;
				}

				@Override
				public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
					return new WorkbenchWindowAdvisor(configurer) {
						@Override
						public void preWindowOpen() {
							// the same size as KAM Workbench's window, so both draw as much
							getWindowConfigurer().setInitialSize(new Point(1280, 860));
							getWindowConfigurer().setTitle("Empty shell"); //$NON-NLS-1$
						}
					};
				}
			});
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		// ended by closing the window, as the benchmark does
	}
}
