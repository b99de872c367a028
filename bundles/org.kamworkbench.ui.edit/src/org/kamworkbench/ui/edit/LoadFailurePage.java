package org.kamworkbench.ui.edit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.kamworkbench.kam.resource.PortfolioLoadException;

/** What an editor shows instead of a portfolio it could not read: why, where, and that the file is untouched. */
public class LoadFailurePage extends FormPage {

	public static final String ID = "loadFailure"; //$NON-NLS-1$

	private final PortfolioLoadException failure;
	private final Runnable retry;

	public LoadFailurePage(FormEditor editor, PortfolioLoadException failure, Runnable retry) {
		super(editor, ID, Messages.LoadFailure_tab);
		this.failure = failure;
		this.retry = retry;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText(Messages.LoadFailure_title);
		toolkit.decorateFormHeading(form.getForm());
		form.setMessage(failure.getReason(), org.eclipse.jface.dialogs.IMessageProvider.ERROR);
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));
		Label message = toolkit.createLabel(body, failure.getMessage(), SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Label advice = toolkit.createLabel(body, Messages.LoadFailure_advice, SWT.WRAP);
		advice.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Button again = toolkit.createButton(body, Messages.LoadFailure_retry, SWT.PUSH);
		again.addListener(SWT.Selection, event -> retry.run());
	}
}
