package org.kamworkbench.ui.editors.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.kamworkbench.core.exchange.ColumnMapping;
import org.kamworkbench.ui.edit.PortfolioDocument;

/**
 * The columns of the file's first line, each with the field it is read as: matched by name where the name is a
 * documented field, otherwise ignored until the user picks a field from its drop-down.
 */
final class ColumnsPage extends WizardPage {

	private final CrmImportWizard wizard;
	private List<String> fields = List.of();
	private final Map<String, Combo> choices = new LinkedHashMap<>();
	private ScrolledComposite scroller;
	private Composite rows;

	ColumnsPage(CrmImportWizard wizard) {
		super("columns"); //$NON-NLS-1$
		this.wizard = wizard;
		setTitle(Messages.Columns_title);
		setDescription(Messages.Columns_description);
	}

	@Override
	public void createControl(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		rows = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(rows);
		scroller.setContent(rows);
		setControl(scroller);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			fill();
		}
		super.setVisible(visible);
	}

	/** The columns of the file as it is now, each with its field as matched or as chosen before. */
	private void fill() {
		Map<String, String> earlier = mapping();
		for (Control row : rows.getChildren()) {
			row.dispose();
		}
		choices.clear();
		setErrorMessage(null);
		PortfolioDocument document = wizard.document();
		if (document == null || !document.isLoaded()) {
			setErrorMessage(document == null ? Messages.Source_noPortfolio
					: NLS.bind(Messages.Columns_portfolioUnreadable, document.loadFailure().getMessage()));
		} else {
			try {
				fields = wizard.fields();
				List<ColumnMapping.Column> columns = wizard.columnsOfSource();
				if (columns.isEmpty()) {
					setErrorMessage(Messages.Columns_noHeader);
				}
				for (ColumnMapping.Column column : columns) {
					addRow(column, earlier.getOrDefault(column.name(), column.field()));
				}
			} catch (IOException e) {
				setErrorMessage(CrmImportWizard.unreadable(wizard.csv(), e));
			}
		}
		setPageComplete(getErrorMessage() == null);
		rows.layout(true, true);
		scroller.setMinSize(rows.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	private void addRow(ColumnMapping.Column column, String field) {
		Label name = new Label(rows, SWT.NONE);
		name.setText(column.name());
		Combo choice = new Combo(rows, SWT.READ_ONLY | SWT.DROP_DOWN);
		List<String> items = new ArrayList<>();
		items.add(Messages.Columns_ignore);
		items.addAll(fields);
		choice.setItems(items.toArray(String[]::new));
		choice.select(Math.max(0, items.indexOf(field)));
		choice.setData(column.name());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(choice);
		choices.put(column.name(), choice);
	}

	/** Every column of the file with the field it is read as ({@code ""}: ignored). */
	Map<String, String> mapping() {
		Map<String, String> mapping = new LinkedHashMap<>();
		choices.forEach((column, choice) -> mapping.put(column,
				choice.isDisposed() || choice.getSelectionIndex() <= 0 ? "" : choice.getText())); //$NON-NLS-1$
		return mapping;
	}
}
