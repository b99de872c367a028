package org.kamworkbench.ui.editors;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.KraljicFactorScore;
import org.kamworkbench.kam.PurchaseCategory;

/**
 * The editor of one account, on the same document (and undo history) as the portfolio editor of its
 * file. It closes itself when the account is gone from the portfolio.
 */
public class AccountEditor extends KamEditor {

	public static final String ID = "org.kamworkbench.ui.editors.account"; //$NON-NLS-1$

	private AccountOverviewPage overview;
	private KraljicPage kraljic;
	private AccountPlanPage plan;

	/** Opens (or brings to front) the editor of the account. */
	public static void open(IWorkbenchPage page, IFile file, Account account) {
		try {
			page.openEditor(new AccountEditorInput(file, EcoreUtil.getID(account), Labels.name(account)), ID);
		} catch (PartInitException e) {
			ErrorDialog.openError(page.getWorkbenchWindow().getShell(), null, null, e.getStatus());
		}
	}

	@Override
	protected IFile fileOf(IEditorInput input) {
		return input instanceof AccountEditorInput account ? account.file() : null;
	}

	/** The account this editor shows, or {@code null} when it no longer exists. */
	public Account account() {
		if (!document().isLoaded()) {
			return null;
		}
		EObject found = document().portfolio().eResource().getEObject(((AccountEditorInput) getEditorInput()).accountId());
		return found instanceof Account account && account.eContainer() != null ? account : null;
	}

	@Override
	protected void addContentPages() throws PartInitException {
		overview = new AccountOverviewPage(this);
		addPage(overview);
		kraljic = new KraljicPage(this);
		addPage(kraljic);
		plan = new AccountPlanPage(this);
		addPage(plan);
		Account account = account();
		setPartName(account == null ? getEditorInput().getName() : Labels.name(account));
	}

	@Override
	public void reveal(EObject object) {
		if (object instanceof PurchaseCategory || object instanceof KraljicFactorScore) {
			setActivePage(kraljic.getId());
			kraljic.select(object);
		} else if (inPlan(object)) {
			setActivePage(plan.getId());
			plan.select(object);
		} else if (overview != null) {
			setActivePage(overview.getId());
		}
	}

	private static boolean inPlan(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof AccountPlan) {
				return true;
			}
		}
		return false;
	}

	public KraljicPage kraljicPage() {
		return kraljic;
	}

	@Override
	public void dirtyChanged() {
		super.dirtyChanged();
		Account account = account();
		if (account == null && document().isLoaded()) {
			getSite().getShell().getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
		} else if (account != null) {
			setPartName(Labels.name(account));
		}
	}
}
