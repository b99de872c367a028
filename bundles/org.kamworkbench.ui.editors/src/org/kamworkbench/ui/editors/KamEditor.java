package org.kamworkbench.ui.editors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.IFormPage;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.ui.edit.PortfolioFormEditor;

/** What the portfolio and account editors share: their pages follow the command stack, and they open accounts. */
public abstract class KamEditor extends PortfolioFormEditor {

	private final CommandStackListener refresher = event -> refreshPages();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		super.init(site, input);
		document().domain().getCommandStack().addCommandStackListener(refresher);
	}

	/** Adds the editor's actions to the heading of each of its pages; none by default. */
	void addHeaderActions(IToolBarManager toolBar) {
		// editors with actions of their own override this
	}

	public Portfolio portfolio() {
		return document().portfolio();
	}

	/** Runs a command through the document's command stack, so that it can be undone. */
	public boolean execute(Command command) {
		if (command == null || !command.canExecute()) {
			return false;
		}
		document().domain().getCommandStack().execute(command);
		return true;
	}

	/** The objects the last executed, undone or redone command changed (empty when unknown). */
	public Collection<?> lastAffected() {
		Command last = document().domain().getCommandStack().getMostRecentCommand();
		return last == null ? List.of() : last.getAffectedObjects();
	}

	/** Opens the account in its own editor, on the same document. */
	public void openAccount(Account account) {
		if (account.getId() == null || account.getId().isBlank()) {
			reveal(account); // a new account gets its identifier when saved; until then it is edited here
			return;
		}
		AccountEditor.open(getSite().getPage(), document().file(), account);
	}

	/**
	 * The page in view follows the command at once; the others are brought up to date when they come
	 * into view, so that an edit in a large portfolio costs one page's refresh, not every page's.
	 */
	private void refreshPages() {
		if (!document().isLoaded()) {
			return;
		}
		Object active = getActivePageInstance();
		for (KamPage page : pages()) {
			if (page == active) {
				page.refresh();
			} else {
				page.markStale();
			}
		}
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		if (document().isLoaded() && getActivePageInstance() instanceof KamPage page && page.getPartControl() != null) {
			page.refreshIfStale();
		}
	}

	private List<KamPage> pages() {
		List<KamPage> result = new ArrayList<>();
		for (Object page : pages) {
			if (page instanceof KamPage kamPage && kamPage.getPartControl() != null) {
				result.add(kamPage);
			}
		}
		return result;
	}

	/** The page with this id, if any. */
	protected IFormPage page(String id) {
		return findPage(id);
	}

	@Override
	public void dispose() {
		if (document() != null) {
			document().domain().getCommandStack().removeCommandStackListener(refresher);
		}
		super.dispose();
	}
}
