package org.kamworkbench.ui.editors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.kamworkbench.kam.Portfolio;

/** A page of a KAM editor: it builds its form once and refreshes it after every command. */
abstract class KamPage extends FormPage {

	/**
	 * F1 on a page shows the help context {@code org.kamworkbench.ui.editors.<page id>}; the contexts are
	 * contributed by org.kamworkbench.help, and without it F1 simply finds none.
	 */
	static final String HELP_CONTEXT_PREFIX = "org.kamworkbench.ui.editors."; //$NON-NLS-1$

	KamPage(KamEditor editor, String id, String title) {
		super(editor, id, title);
	}

	KamEditor kamEditor() {
		return (KamEditor) getEditor();
	}

	Portfolio portfolio() {
		return kamEditor().portfolio();
	}

	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		managedForm.getToolkit().decorateFormHeading(form.getForm());
		PlatformUI.getWorkbench().getHelpSystem().setHelp(form, HELP_CONTEXT_PREFIX + getId());
		kamEditor().addHeaderActions(form.getToolBarManager());
		form.updateToolBar();
		createContent(managedForm);
		refresh();
	}

	protected abstract void createContent(IManagedForm managedForm);

	/** Shows the model as it is now. */
	abstract void refresh();

	private boolean stale;

	/** The model changed while the page was out of view. */
	void markStale() {
		stale = true;
	}

	void refreshIfStale() {
		if (stale) {
			stale = false;
			refresh();
		}
	}

	/** Selects the object on this page, when the page shows it. */
	void select(EObject object) {
		// pages that show objects override this
	}
}
