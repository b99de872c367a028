package org.kamworkbench.ui.editors.importing;

import java.io.IOException;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.kamworkbench.core.exchange.ImportProblem;
import org.kamworkbench.core.exchange.ImportResult;

/**
 * What the import would do, before it does it: how many records it imports, every problem with its line,
 * column and reason, and the choice between importing the valid records and importing nothing when any is bad.
 */
final class PreviewPage extends WizardPage {

	private final CrmImportWizard wizard;
	private Label summary;
	private Table problems;
	private Button validRecords;
	private Button allOrNothing;
	private ImportResult result;

	PreviewPage(CrmImportWizard wizard) {
		super("preview"); //$NON-NLS-1$
		this.wizard = wizard;
		setTitle(Messages.Preview_title);
		setDescription(Messages.Preview_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		validRecords = new Button(body, SWT.RADIO);
		validRecords.setText(Messages.Preview_validRecords);
		validRecords.setSelection(true);
		allOrNothing = new Button(body, SWT.RADIO);
		allOrNothing.setText(Messages.Preview_allOrNothing);
		validRecords.addListener(SWT.Selection, event -> refresh());
		allOrNothing.addListener(SWT.Selection, event -> refresh());
		summary = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(summary);
		problems = new Table(body, SWT.BORDER | SWT.FULL_SELECTION);
		problems.setHeaderVisible(true);
		problems.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 220).applyTo(problems);
		for (String title : new String[] { Messages.Preview_line, Messages.Preview_column, Messages.Preview_reason }) {
			new TableColumn(problems, SWT.NONE).setText(title);
		}
		problems.getColumn(0).setWidth(60);
		problems.getColumn(1).setWidth(130);
		problems.getColumn(2).setWidth(520);
		setControl(body);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			refresh();
		}
		super.setVisible(visible);
	}

	/** Reads the file again with the current columns and choice, and shows what it found. */
	private void refresh() {
		problems.removeAll();
		setErrorMessage(null);
		try {
			result = wizard.read(allOrNothing.getSelection());
		} catch (IOException e) {
			result = null;
			setErrorMessage(CrmImportWizard.unreadable(wizard.csv(), e));
		}
		if (result != null) {
			for (ImportProblem problem : result.problems()) {
				TableItem item = new TableItem(problems, SWT.NONE);
				item.setText(new String[] { problem.line() > 0 ? Long.toString(problem.line()) : "", //$NON-NLS-1$
						problem.column(), problem.reason() });
			}
			summary.setText(NLS.bind(Messages.Preview_summary, result.importableRecords(), result.problems().size()));
		} else {
			summary.setText(""); //$NON-NLS-1$
		}
		summary.getParent().layout(true, true);
		setPageComplete(result != null && result.importableRecords() > 0);
		getContainer().updateButtons();
	}

	/** What the last reading found, or {@code null} when the file could not be read. */
	ImportResult result() {
		return result;
	}
}
