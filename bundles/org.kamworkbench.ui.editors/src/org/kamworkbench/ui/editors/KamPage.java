package org.kamworkbench.ui.editors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.kamworkbench.kam.Portfolio;

/** A page of a KAM editor: it builds its form once and refreshes it after every command. */
abstract class KamPage extends FormPage {

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
