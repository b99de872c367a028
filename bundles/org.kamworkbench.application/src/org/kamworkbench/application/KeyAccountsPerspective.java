package org.kamworkbench.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The "Key Accounts" perspective: portfolios in the Project Explorer, editors in the middle, the open
 * portfolio's outline beside them, and Problems and Properties below.
 */
public class KeyAccountsPerspective implements IPerspectiveFactory {

	public static final String ID = "org.kamworkbench.application.keyAccountsPerspective"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout explorer = layout.createFolder("explorer", IPageLayout.LEFT, 0.22f, editors); //$NON-NLS-1$
		explorer.addView(IPageLayout.ID_PROJECT_EXPLORER);

		IFolderLayout details = layout.createFolder("details", IPageLayout.BOTTOM, 0.72f, editors); //$NON-NLS-1$
		details.addView(IPageLayout.ID_PROBLEM_VIEW);
		details.addView(IPageLayout.ID_PROP_SHEET);

		IFolderLayout outline = layout.createFolder("outline", IPageLayout.RIGHT, 0.76f, editors); //$NON-NLS-1$
		outline.addView(IPageLayout.ID_OUTLINE);

		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project"); //$NON-NLS-1$
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder"); //$NON-NLS-1$
	}
}
