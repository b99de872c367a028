package org.kamworkbench.ui.editors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.kamworkbench.examples.ExamplePortfolio;
import org.kamworkbench.kam.resource.KamFormat;

/**
 * Where the new portfolio file goes, and what it starts with: an empty portfolio of our own
 * organisation, or a copy of the example. In the place of the usual "link to a file elsewhere" (a
 * portfolio is always a file of its own).
 */
public class NewPortfolioPage extends WizardNewFileCreationPage {

	/** What a new portfolio starts with. */
	public enum Start {
		EMPTY, EXAMPLE
	}

	public static final String NAME = "newPortfolio"; //$NON-NLS-1$

	private Start start = Start.EMPTY;
	private Button empty;
	private Button example;
	private Text portfolioName;
	private Text organisationName;

	public NewPortfolioPage(IStructuredSelection selection) {
		super(NAME, selection);
		setTitle(Messages.NewPortfolio_pageTitle);
		setDescription(Messages.NewPortfolio_pageDescription);
		setFileName(Messages.NewPortfolio_fileName);
		setFileExtension(KamFormat.FILE_EXTENSION);
	}

	@Override
	protected void createAdvancedControls(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.NewPortfolio_start);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);

		empty = new Button(group, SWT.RADIO);
		empty.setText(Messages.NewPortfolio_empty);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(empty);
		portfolioName = field(group, Messages.NewPortfolio_portfolioName);
		organisationName = field(group, Messages.NewPortfolio_organisationName);

		example = new Button(group, SWT.RADIO);
		example.setText(Messages.NewPortfolio_example);
		GridDataFactory.fillDefaults().span(2, 1).indent(0, convertVerticalDLUsToPixels(4)).applyTo(example);

		empty.addListener(SWT.Selection, event -> choose(Start.EMPTY));
		example.addListener(SWT.Selection, event -> choose(Start.EXAMPLE));
		showStart();
	}

	private Text field(Composite parent, String label) {
		Label caption = new Label(parent, SWT.NONE);
		caption.setText(label);
		GridDataFactory.swtDefaults().indent(convertHorizontalDLUsToPixels(12), 0).applyTo(caption);
		Text text = new Text(parent, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		text.addModifyListener(event -> setPageComplete(validatePage()));
		return text;
	}

	/** Chooses what the portfolio starts with, as the radio buttons do. */
	public void choose(Start newStart) {
		start = newStart;
		if (empty != null) {
			showStart();
			setPageComplete(validatePage());
		}
	}

	private void showStart() {
		empty.setSelection(start == Start.EMPTY);
		example.setSelection(start == Start.EXAMPLE);
		portfolioName.setEnabled(start == Start.EMPTY);
		organisationName.setEnabled(start == Start.EMPTY);
	}

	public Start start() {
		return start;
	}

	public void setPortfolioName(String name) {
		portfolioName.setText(name);
	}

	public void setOrganisationName(String name) {
		organisationName.setText(name);
	}

	String portfolioName() {
		return portfolioName.getText().strip();
	}

	String organisationName() {
		return organisationName.getText().strip();
	}

	@Override
	protected boolean validatePage() {
		if (!super.validatePage()) {
			return false;
		}
		// the file and folder groups validate before our fields exist
		if (start == Start.EMPTY && portfolioName != null) {
			String missing = portfolioName().isEmpty() ? Messages.NewPortfolio_noPortfolioName
					: organisationName().isEmpty() ? Messages.NewPortfolio_noOrganisationName : null;
			if (missing != null) {
				setErrorMessage(missing);
				return false;
			}
		}
		return true;
	}

	@Override
	protected IStatus validateLinkedResource() {
		return Status.OK_STATUS;
	}

	@Override
	protected void createLinkTarget() {
		// a portfolio is never a link to a file elsewhere
	}

	/** The example's content for a copy; an empty portfolio is written by the wizard, atomically. */
	@Override
	protected InputStream getInitialContents() {
		if (start != Start.EXAMPLE) {
			return null;
		}
		try {
			return ExamplePortfolio.open();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
