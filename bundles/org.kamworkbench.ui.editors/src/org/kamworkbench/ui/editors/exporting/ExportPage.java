package org.kamworkbench.ui.editors.exporting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.kamworkbench.core.exchange.Exchange;
import org.kamworkbench.core.exchange.ExportScope;
import org.kamworkbench.core.exchange.ExporterDescriptor;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.PortfolioFiles;
import org.kamworkbench.kam.resource.PortfolioLoadException;

/**
 * What to export, how and where to: the portfolio file (fixed when the wizard comes from an editor), the account
 * for an account plan, the installed exporter, the reference date and the file to write. The destination
 * follows the portfolio, account and format until the user types or browses one.
 */
public final class ExportPage extends WizardPage {

	private final ExportScope scope;
	private final List<IFile> files = new ArrayList<>();
	private final List<ExporterDescriptor> exporters;
	private IFile file;
	private Portfolio portfolio;
	private final Account given;
	private final boolean fromEditor;

	private Combo fileChoice;
	private Combo accountChoice;
	private Combo formatChoice;
	private DateTime asOf;
	private Text destination;
	private boolean destinationChosen;
	private String problem;

	ExportPage(ExportScope scope, IFile file, Account account, Portfolio portfolio) {
		super("export"); //$NON-NLS-1$
		this.scope = scope;
		this.file = file;
		this.given = account;
		this.portfolio = portfolio;
		this.fromEditor = portfolio != null;
		this.exporters = Exchange.exporters().stream().filter(exporter -> exporter.scope() == scope).toList();
		boolean forAccount = scope == ExportScope.ACCOUNT;
		setTitle(forAccount ? Messages.Page_accountTitle : Messages.Page_portfolioTitle);
		setDescription(forAccount ? Messages.Page_accountDescription : Messages.Page_portfolioDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		fileChoice = combo(body, Messages.Field_portfolio);
		if (fromEditor) {
			files.add(file);
		} else {
			files.addAll(portfolioFiles());
		}
		files.forEach(candidate -> fileChoice.add(candidate == null ? "" : candidate.getFullPath().toString())); //$NON-NLS-1$
		fileChoice.setEnabled(!fromEditor);
		if (scope == ExportScope.ACCOUNT) {
			accountChoice = combo(body, Messages.Field_account);
		}
		formatChoice = combo(body, Messages.Field_format);
		exporters.forEach(exporter -> formatChoice.add(NLS.bind(Messages.Format_choice, exporter.name(),
				exporter.fileExtension())));
		if (!exporters.isEmpty()) {
			formatChoice.select(0);
		}
		new Label(body, SWT.NONE).setText(Messages.Field_asOf);
		asOf = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(asOf);
		new Label(body, SWT.NONE).setText(Messages.Field_destination);
		destination = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(destination);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.Browse);
		browse.addListener(SWT.Selection, event -> browse());
		destination.addListener(SWT.Modify, event -> validate());
		destination.addListener(SWT.KeyDown, event -> destinationChosen = true);
		fileChoice.addListener(SWT.Selection, event -> fileChosen());
		formatChoice.addListener(SWT.Selection, event -> suggestDestination());
		if (accountChoice != null) {
			accountChoice.addListener(SWT.Selection, event -> suggestDestination());
		}
		setControl(body);
		int index = files.indexOf(file);
		if (index >= 0) {
			fileChoice.select(index);
			fileChosen();
		} else {
			validate();
		}
	}

	private static Combo combo(Composite body, String label) {
		new Label(body, SWT.NONE).setText(label);
		Combo combo = new Combo(body, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(combo);
		return combo;
	}

	/** Every portfolio file in the open projects of the workspace. */
	private static List<IFile> portfolioFiles() {
		List<IFile> found = new ArrayList<>();
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
				if (resource.getType() == IResource.FILE && "kam".equals(resource.getFileExtension())) { //$NON-NLS-1$
					found.add((IFile) resource);
				}
				return true;
			});
		} catch (CoreException e) {
			// a project that cannot be walked has no portfolio to offer
		}
		return found;
	}

	private void fileChosen() {
		int index = fileChoice.getSelectionIndex();
		if (!fromEditor) {
			file = index < 0 ? null : files.get(index);
			portfolio = null;
			problem = null;
			if (file != null) {
				BusyIndicator.showWhile(getShell().getDisplay(), this::load);
			}
		}
		if (accountChoice != null) {
			accountChoice.removeAll();
			if (portfolio != null) {
				portfolio.getAccounts().forEach(account -> accountChoice.add(account.getName() == null ? "" //$NON-NLS-1$
						: account.getName()));
				int selected = given == null ? -1 : indexOf(given);
				accountChoice.select(selected);
			}
		}
		suggestDestination();
	}

	/** Loads the saved file; the account chosen in the explorer is found again by its identifier. */
	private void load() {
		try {
			portfolio = PortfolioFiles.load(file.getLocation().toFile().toPath());
		} catch (PortfolioLoadException e) {
			problem = NLS.bind(Messages.Problem_unreadable, file.getFullPath(), e.getMessage());
		}
	}

	private int indexOf(Account account) {
		String id = EcoreUtil.getID(account);
		List<Account> accounts = portfolio.getAccounts();
		for (int i = 0; i < accounts.size(); i++) {
			if (accounts.get(i) == account || id != null && id.equals(EcoreUtil.getID(accounts.get(i)))) {
				return i;
			}
		}
		return -1;
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		ExporterDescriptor exporter = exporter();
		if (exporter != null) {
			dialog.setFilterExtensions(new String[] { "*." + exporter.fileExtension() }); //$NON-NLS-1$
		}
		Path current = destination();
		if (current != null && current.getParent() != null) {
			dialog.setFilterPath(current.getParent().toString());
			dialog.setFileName(current.getFileName().toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			destinationChosen = true;
			destination.setText(chosen);
		}
	}

	/** Beside the portfolio file: "delta-koeltechniek-brouwer-foods-group.pdf", as the command line names it. */
	private void suggestDestination() {
		ExporterDescriptor exporter = exporter();
		if (!destinationChosen && file != null && file.getLocation() != null && exporter != null) {
			String name = file.getLocation().removeFileExtension().lastSegment();
			Account account = account();
			if (account != null && account.getName() != null) {
				name += "-" + account.getName().strip().toLowerCase(Locale.ROOT) //$NON-NLS-1$
						.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			destination.setText(file.getLocation().removeLastSegments(1).append(name + "." + exporter.fileExtension()) //$NON-NLS-1$
					.toOSString());
			destinationChosen = false;
		}
		validate();
	}

	private void validate() {
		String error = null;
		if (problem != null) {
			error = problem;
		} else if (exporters.isEmpty()) {
			error = Messages.Problem_noExporter;
		} else if (portfolio == null) {
			error = Messages.Problem_noPortfolio;
		} else if (scope == ExportScope.ACCOUNT && account() == null) {
			error = Messages.Problem_noAccount;
		} else if (destination.getText().isBlank()) {
			error = Messages.Problem_noDestination;
		} else if (Files.isDirectory(destination())) {
			error = NLS.bind(Messages.Problem_destinationIsFolder, destination());
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	Portfolio portfolio() {
		return portfolio;
	}

	/** The account chosen, or {@code null} (always for a portfolio export). */
	public Account account() {
		if (accountChoice == null || portfolio == null || accountChoice.getSelectionIndex() < 0) {
			return null;
		}
		return portfolio.getAccounts().get(accountChoice.getSelectionIndex());
	}

	ExporterDescriptor exporter() {
		int index = formatChoice == null ? -1 : formatChoice.getSelectionIndex();
		return index < 0 ? null : exporters.get(index);
	}

	LocalDate asOf() {
		return LocalDate.of(asOf.getYear(), asOf.getMonth() + 1, asOf.getDay());
	}

	/** The file to write; {@code null} while none is named. */
	public Path destination() {
		String text = destination.getText().strip();
		return text.isEmpty() ? null : Path.of(text);
	}

	/** For UI tests: chooses the format by its short name and names the file, as a person would. */
	public void choose(String format, Path file) {
		for (int i = 0; i < exporters.size(); i++) {
			if (exporters.get(i).format().equalsIgnoreCase(format)) {
				formatChoice.select(i);
			}
		}
		destinationChosen = true;
		destination.setText(file.toString());
	}
}
