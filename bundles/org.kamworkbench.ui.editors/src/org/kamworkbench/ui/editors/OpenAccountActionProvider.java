package org.kamworkbench.ui.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ITreeSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;
import org.kamworkbench.kam.Account;

/**
 * Double-click (or Open in the context menu) on an account in the Project Explorer opens the account
 * editor. An account added in an editor and not yet saved has no identifier to open it by: the
 * portfolio editor opens on it instead.
 */
public class OpenAccountActionProvider extends CommonActionProvider {

	private final OpenAccounts open = new OpenAccounts();
	private IWorkbenchPage page;

	@Override
	public void init(ICommonActionExtensionSite site) {
		if (site.getViewSite() instanceof ICommonViewerWorkbenchSite workbenchSite) {
			page = workbenchSite.getPage();
		}
	}

	@Override
	public void fillActionBars(IActionBars actionBars) {
		if (selectAccounts()) {
			actionBars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
		}
	}

	@Override
	public void fillContextMenu(IMenuManager menu) {
		if (selectAccounts()) {
			menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, open);
		}
	}

	/** Takes the selected accounts with their files; whether there are any. */
	private boolean selectAccounts() {
		open.targets.clear();
		ISelection selection = getContext() == null ? null : getContext().getSelection();
		if (page == null || !(selection instanceof ITreeSelection tree)) {
			return false;
		}
		for (TreePath path : tree.getPaths()) {
			if (path.getLastSegment() instanceof Account account && path.getParentPath().getLastSegment() instanceof IFile file) {
				open.targets.add(new Target(file, account));
			}
		}
		return !open.targets.isEmpty();
	}

	private record Target(IFile file, Account account) {
	}

	private final class OpenAccounts extends Action {
		final List<Target> targets = new ArrayList<>();

		OpenAccounts() {
			super(Messages.Explorer_open);
		}

		@Override
		public void run() {
			for (Target target : List.copyOf(targets)) {
				if (EcoreUtil.getID(target.account()) != null) {
					AccountEditor.open(page, target.file(), target.account());
				} else {
					openInPortfolioEditor(target);
				}
			}
		}

		private void openInPortfolioEditor(Target target) {
			try {
				IEditorPart editor = IDE.openEditor(page, target.file(), PortfolioEditor.ID);
				if (editor instanceof PortfolioEditor portfolioEditor) {
					portfolioEditor.reveal(target.account());
				}
			} catch (PartInitException e) {
				ErrorDialog.openError(page.getWorkbenchWindow().getShell(), null, null, e.getStatus());
			}
		}
	}
}
