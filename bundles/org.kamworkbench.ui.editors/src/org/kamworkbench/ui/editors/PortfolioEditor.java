package org.kamworkbench.ui.editors;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.Score;
import org.kamworkbench.kam.resource.KamFormat;

/**
 * The editor of a portfolio file: Overview, Selection (criteria and scores), Portfolio matrix and
 * Accounts. Every page follows every edit at once, whichever page or view made it.
 */
public class PortfolioEditor extends KamEditor {

	public static final String ID = "org.kamworkbench.ui.editors.portfolio"; //$NON-NLS-1$

	private OverviewPage overview;
	private SelectionPage selection;
	private MatrixPage matrix;
	private AccountsPage accounts;

	@Override
	protected IFile fileOf(IEditorInput input) {
		return input instanceof IFileEditorInput fileInput
				&& KamFormat.FILE_EXTENSION.equals(fileInput.getFile().getFileExtension()) ? fileInput.getFile() : null;
	}

	@Override
	protected void addContentPages() throws PartInitException {
		overview = new OverviewPage(this);
		selection = new SelectionPage(this);
		matrix = new MatrixPage(this);
		accounts = new AccountsPage(this);
		addPage(overview);
		addPage(selection);
		addPage(matrix);
		addPage(accounts);
		setPartName(document().file().getName());
	}

	@Override
	public void reveal(EObject object) {
		if (object instanceof CriteriaSet || object instanceof Criterion || object instanceof Score) {
			setActivePage(selection.getId());
			selection.select(object);
			return;
		}
		Account account = owningAccount(object);
		if (account != null) {
			setActivePage(accounts.getId());
			accounts.select(account);
		} else {
			setActivePage(overview.getId());
		}
	}

	static Account owningAccount(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof Account account) {
				return account;
			}
		}
		return null;
	}

	public MatrixPage matrixPage() {
		return matrix;
	}

	public SelectionPage selectionPage() {
		return selection;
	}
}
