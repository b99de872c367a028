package org.kamworkbench.ui.editors.importing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.kamworkbench.core.exchange.ColumnMapping;
import org.kamworkbench.core.exchange.Exchange;
import org.kamworkbench.core.exchange.ImportOptions;
import org.kamworkbench.core.exchange.ImportResult;
import org.kamworkbench.core.exchange.ImporterDescriptor;
import org.kamworkbench.kam.resource.KamFormat;
import org.kamworkbench.ui.edit.PortfolioDocument;
import org.kamworkbench.ui.edit.PortfolioDocuments;
import org.kamworkbench.ui.editors.PortfolioEditor;

/**
 * File > Import > KAM Workbench > CRM records (CSV), also offered in the portfolio editor: choose the file and the
 * portfolio (and the format, when more than one importer is installed), see how the columns are matched and map the
 * others (for importers of named columns), preview the problems, and import as one undoable command on the
 * portfolio's shared document, in its editor (opened when it is not).
 */
public class CrmImportWizard extends Wizard implements IImportWizard {

	public static final String ID = "org.kamworkbench.ui.editors.importCrmRecords"; //$NON-NLS-1$
	private static final String DEFAULT_FORMAT = "csv"; //$NON-NLS-1$

	private IWorkbench workbench;
	private IFile initialTarget;
	private SourcePage source;
	private ColumnsPage columns;
	private PreviewPage preview;
	private PortfolioDocument document;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		setWindowTitle(Messages.Wizard_title);
		Object selected = selection == null ? null : selection.getFirstElement();
		IFile file = Adapters.adapt(selected, IFile.class);
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow() == null ? null
				: workbench.getActiveWorkbenchWindow().getActivePage();
		IEditorPart editor = page == null ? null : page.getActiveEditor();
		if ((file == null || !KamFormat.FILE_EXTENSION.equals(file.getFileExtension())) && editor != null) {
			file = Adapters.adapt(editor.getEditorInput(), IFile.class);
		}
		initialTarget = file != null && KamFormat.FILE_EXTENSION.equals(file.getFileExtension()) ? file : null;
	}

	@Override
	public void addPages() {
		source = new SourcePage(initialTarget, importers(), DEFAULT_FORMAT);
		columns = new ColumnsPage(this);
		preview = new PreviewPage(this);
		addPage(source);
		addPage(columns);
		addPage(preview);
	}

	/** One importer per format, the one {@link Exchange#importer} would choose. */
	private static List<ImporterDescriptor> importers() {
		Set<String> formats = new HashSet<>();
		return Exchange.importers().stream().filter(i -> formats.add(i.format().toLowerCase(Locale.ROOT))).toList();
	}

	/** The column mapping page only for importers of named columns. */
	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		if (page == source && !mapsColumns()) {
			return preview;
		}
		return super.getNextPage(page);
	}

	private boolean mapsColumns() {
		ImporterDescriptor importer = source.importer();
		return importer != null && importer.importer().get() instanceof ColumnMapping;
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == preview && preview.isPageComplete();
	}

	/** The shared document of the chosen portfolio, read when no editor has it open. */
	PortfolioDocument document() {
		IFile target = source.target();
		if (document != null && !document.file().equals(target)) {
			PortfolioDocuments.release(document);
			document = null;
		}
		if (document == null && target != null) {
			document = PortfolioDocuments.acquire(target);
		}
		return document;
	}

	Path csv() {
		return source.csv();
	}

	/** The documented fields of the chosen importer. */
	List<String> fields() {
		return source.importer().importer().get() instanceof ColumnMapping mapping ? mapping.fields() : List.of();
	}

	/** The columns of the chosen file's header, matched by name. */
	List<ColumnMapping.Column> columnsOfSource() throws IOException {
		if (!(source.importer().importer().get() instanceof ColumnMapping mapping)) {
			return List.of();
		}
		try (Reader reader = Files.newBufferedReader(csv(), StandardCharsets.UTF_8)) {
			return mapping.columns(reader);
		}
	}

	/** Reads the file against the portfolio as the pages are set now; the portfolio is not changed. */
	ImportResult read(boolean allOrNothing) throws IOException {
		Map<String, String> mapping = mapsColumns() ? columns.mapping() : Map.of();
		try (Reader reader = Files.newBufferedReader(csv(), StandardCharsets.UTF_8)) {
			return source.importer().importer().get().read(csv().getFileName().toString(), reader,
					document().portfolio(), new ImportOptions(mapping, allOrNothing));
		}
	}

	/** Why the file cannot be read, in words. */
	static String unreadable(Path file, IOException e) {
		return e instanceof CharacterCodingException ? NLS.bind(Messages.Source_notUtf8, file)
				: NLS.bind(Messages.Source_cannotRead, file, e.getMessage());
	}

	@Override
	public boolean performFinish() {
		ImportResult result = preview.result();
		if (result == null || result.importableRecords() == 0) {
			return false;
		}
		PortfolioDocument target = document();
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), target.file(), PortfolioEditor.ID);
		} catch (PartInitException e) {
			preview.setErrorMessage(e.getMessage());
			return false;
		}
		target.domain().getCommandStack().execute(new ImportRecordsCommand(target.portfolio(), result));
		return true;
	}

	@Override
	public void dispose() {
		if (document != null) {
			PortfolioDocuments.release(document);
			document = null;
		}
		super.dispose();
	}
}
