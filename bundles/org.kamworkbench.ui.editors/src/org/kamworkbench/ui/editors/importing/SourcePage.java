package org.kamworkbench.ui.editors.importing;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.kamworkbench.core.exchange.ImporterDescriptor;

/**
 * The file to import and the portfolio to import it into, and the importer to read it with when more than one is
 * installed.
 */
final class SourcePage extends WizardPage {

	private final IFile initialTarget;
	private final List<ImporterDescriptor> importers;
	private final String initialFormat;
	private List<IFile> portfolios = List.of();
	private Text file;
	private Combo target;
	private Combo format;

	SourcePage(IFile initialTarget, List<ImporterDescriptor> importers, String initialFormat) {
		super("source"); //$NON-NLS-1$
		this.initialTarget = initialTarget;
		this.importers = importers;
		this.initialFormat = initialFormat;
		setTitle(Messages.Source_title);
		setDescription(Messages.Source_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		if (importers.size() > 1) {
			new Label(body, SWT.NONE).setText(Messages.Source_format);
			format = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
			GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(format);
			for (ImporterDescriptor importer : importers) {
				format.add(importer.name());
				if (importer.format().equalsIgnoreCase(initialFormat)) {
					format.select(format.getItemCount() - 1);
				}
			}
			if (format.getSelectionIndex() < 0) {
				format.select(0);
			}
			format.addListener(SWT.Selection, event -> update());
		}
		new Label(body, SWT.NONE).setText(Messages.Source_file);
		file = new Text(body, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		file.addModifyListener(event -> update());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.Source_browse);
		browse.addListener(SWT.Selection, event -> browse());
		new Label(body, SWT.NONE).setText(Messages.Source_portfolio);
		target = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(target);
		portfolios = ImportTarget.portfolioFiles();
		for (IFile portfolio : portfolios) {
			target.add(portfolio.getFullPath().makeRelative().toString());
		}
		target.select(initialTarget == null ? (portfolios.size() == 1 ? 0 : -1) : portfolios.indexOf(initialTarget));
		target.addListener(SWT.Selection, event -> update());
		Label help = new Label(body, SWT.WRAP);
		help.setText(Messages.Source_help);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(400, SWT.DEFAULT).applyTo(help);
		setControl(body);
		update();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		ImporterDescriptor importer = importer();
		dialog.setFilterExtensions(importer == null ? new String[] { "*.*" } //$NON-NLS-1$
				: new String[] { "*." + importer.fileExtension(), "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	private void update() {
		String error = null;
		if (importers.isEmpty()) {
			error = Messages.Source_noImporter;
		} else if (!file.getText().isBlank() && !Files.isRegularFile(csv())) {
			error = Messages.Source_noFile;
		} else if (portfolios.isEmpty()) {
			error = Messages.Source_noPortfolio;
		}
		setErrorMessage(error);
		setPageComplete(error == null && !file.getText().isBlank() && target() != null);
	}

	Path csv() {
		try {
			return Path.of(file.getText().strip());
		} catch (InvalidPathException e) {
			return Path.of(""); // no file has such a name //$NON-NLS-1$
		}
	}

	/** The importer chosen, the only one installed, or {@code null} when none is. */
	ImporterDescriptor importer() {
		if (format != null) {
			return importers.get(format.getSelectionIndex());
		}
		return importers.isEmpty() ? null : importers.get(0);
	}

	/** The chosen portfolio file, or {@code null}. */
	IFile target() {
		int index = target.getSelectionIndex();
		return index < 0 ? null : portfolios.get(index);
	}
}
