package org.kamworkbench.ui.editors.importing;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the CRM import wizard on the portfolio of the active editor. */
public class ImportCrmRecordsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		CrmImportWizard wizard = new CrmImportWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
		return null;
	}
}
