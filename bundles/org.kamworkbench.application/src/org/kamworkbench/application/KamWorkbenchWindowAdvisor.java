package org.kamworkbench.application;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** A KAM Workbench window: its title names the portfolio being edited, as Eclipse windows do. */
public class KamWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

	public KamWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new KamActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 860));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(true);
		configurer.setTitle(WindowTitle.of(null));
	}

	@Override
	public void postWindowOpen() {
		IWorkbenchWindow window = getWindowConfigurer().getWindow();
		window.getPartService().addPartListener(new IPartListener2() {
			@Override
			public void partActivated(IWorkbenchPartReference ref) {
				updateTitle(window);
			}

			@Override
			public void partClosed(IWorkbenchPartReference ref) {
				updateTitle(window);
			}
		});
		updateTitle(window);
	}

	private void updateTitle(IWorkbenchWindow window) {
		IWorkbenchPage page = window.getActivePage();
		IEditorPart editor = page == null ? null : page.getActiveEditor();
		getWindowConfigurer().setTitle(WindowTitle.of(editor == null ? null : editor.getTitleToolTip()));
	}
}
