package org.kamworkbench.ui.editors.exporting;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.kamworkbench.core.exchange.Exchange;
import org.kamworkbench.core.exchange.ExportRequest;
import org.kamworkbench.core.exchange.ExportScope;
import org.kamworkbench.core.exchange.ExporterDescriptor;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Portfolio;

/**
 * File &gt; Export &gt; KAM Workbench: writes an account's plan or the whole portfolio with one of the installed
 * exporters. The file is written off the UI thread with progress and atomically ({@link Exchange#export}), so a
 * failed export leaves no half file; an existing file is replaced only when the user says so.
 */
public class ExportWizard extends Wizard implements IExportWizard {

	private final ExportScope scope;
	private IFile file;
	private Account account;
	private Portfolio portfolio;
	private ExportPage page;

	/** File &gt; Export &gt; KAM Workbench &gt; Account plan. */
	public static class AccountPlan extends ExportWizard {
		public AccountPlan() {
			super(ExportScope.ACCOUNT);
		}
	}

	/** File &gt; Export &gt; KAM Workbench &gt; Portfolio. */
	public static class WholePortfolio extends ExportWizard {
		public WholePortfolio() {
			super(ExportScope.PORTFOLIO);
		}
	}

	protected ExportWizard(ExportScope scope) {
		this.scope = scope;
		setNeedsProgressMonitor(true);
		setWindowTitle(scope == ExportScope.ACCOUNT ? Messages.Wizard_accountTitle : Messages.Wizard_portfolioTitle);
	}

	/** From an editor: the account as it is there, unsaved changes included. */
	public static ExportWizard forAccount(IFile file, Account account) {
		ExportWizard wizard = new AccountPlan();
		wizard.file = file;
		wizard.account = account;
		wizard.portfolio = (Portfolio) account.eContainer();
		return wizard;
	}

	/** From File &gt; Export: the portfolio file selected, or the file of the account selected in the explorer. */
	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		if (selection instanceof ITreeSelection tree && !tree.isEmpty()) {
			TreePath path = tree.getPaths()[0];
			for (int segment = path.getSegmentCount() - 1; segment >= 0 && file == null; segment--) {
				file = Adapters.adapt(path.getSegment(segment), IFile.class);
			}
			if (path.getLastSegment() instanceof Account selected) {
				account = selected;
			}
		} else if (selection != null && selection.getFirstElement() != null) {
			file = Adapters.adapt(selection.getFirstElement(), IFile.class);
		}
		if (file != null && !"kam".equals(file.getFileExtension())) { //$NON-NLS-1$
			file = null;
		}
	}

	@Override
	public void addPages() {
		page = new ExportPage(scope, file, account, portfolio);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path target = page.destination();
		if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), Messages.Replace_title,
				NLS.bind(Messages.Replace_question, target))) {
			return false;
		}
		ExporterDescriptor exporter = page.exporter();
		ExportRequest request = page.account() != null
				? ExportRequest.account(page.account(), page.asOf(), Locale.getDefault())
				: ExportRequest.portfolio(page.portfolio(), page.asOf(), Locale.getDefault());
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(NLS.bind(Messages.Progress_writing, target.getFileName()), 1);
				try {
					Exchange.export(exporter, request, target);
				} catch (IOException | RuntimeException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			page.setErrorMessage(NLS.bind(Messages.Failed, target,
					cause.getMessage() == null ? cause.toString() : cause.getMessage()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		return true;
	}

	/** Export... in an account editor: opens the wizard on the editor's account and file. */
	public static IAction action(Supplier<Account> account, Supplier<IFile> file, Shell shell) {
		Action action = new Action(Messages.Action_export) {
			@Override
			public void run() {
				if (account.get() != null) {
					new WizardDialog(shell, forAccount(file.get(), account.get())).open();
				}
			}
		};
		action.setToolTipText(Messages.Action_exportTooltip);
		return action;
	}

	/** The page, for UI tests that fill it in as a person does. */
	public ExportPage page() {
		return page;
	}
}
