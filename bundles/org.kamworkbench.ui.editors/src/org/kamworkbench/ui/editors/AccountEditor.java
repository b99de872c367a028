package org.kamworkbench.ui.editors;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.AccountTeamMember;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.IndirectRevenue;
import org.kamworkbench.kam.KnowledgeNote;
import org.kamworkbench.kam.KraljicFactorScore;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.PurchaseCategory;
import org.kamworkbench.kam.UnitCredit;
import org.kamworkbench.ui.editors.exporting.ExportWizard;

/**
 * The editor of one account, on the same document (and undo history) as the portfolio editor of its
 * file. It closes itself when the account is gone from the portfolio.
 */
public class AccountEditor extends KamEditor {

	public static final String ID = "org.kamworkbench.ui.editors.account"; //$NON-NLS-1$

	private Account shown;
	private AccountOverviewPage overview;
	private KraljicPage kraljic;
	private AccountPlanPage plan;
	private ResultsPage results;
	private OrganisationPage organisation;
	private TeamPage team;
	private RelationshipMapPage relationshipMap;
	private NotesPage notes;

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
		// pages ask often; finding an object by identifier searches the whole portfolio
		if (shown == null || shown.eResource() != document().portfolio().eResource()) {
			EObject found = document().portfolio().eResource().getEObject(((AccountEditorInput) getEditorInput()).accountId());
			shown = found instanceof Account account ? account : null;
		}
		return shown != null && shown.eContainer() != null ? shown : null;
	}

	@Override
	protected void addContentPages() throws PartInitException {
		overview = new AccountOverviewPage(this);
		organisation = new OrganisationPage(this);
		team = new TeamPage(this);
		relationshipMap = new RelationshipMapPage(this);
		notes = new NotesPage(this);
		kraljic = new KraljicPage(this);
		addPage(overview);
		addPage(kraljic);
		plan = new AccountPlanPage(this);
		addPage(plan);
		results = new ResultsPage(this);
		addPage(results);
		addPage(organisation);
		addPage(team);
		addPage(relationshipMap);
		addPage(notes);
		Account account = account();
		setPartName(account == null ? getEditorInput().getName() : Labels.name(account));
	}

	/** Export... on every page: the plan as it is in this editor, unsaved changes included. */
	@Override
	void addHeaderActions(IToolBarManager toolBar) {
		toolBar.add(ExportWizard.action(this::account, () -> document().file(), getSite().getShell()));
	}

	@Override
	public void reveal(EObject object) {
		if (overview == null) {
			return;
		}
		// the innermost object a page shows: a contact's note is shown with the notes, not with the contact
		for (EObject shown = object; shown != null; shown = shown.eContainer()) {
			KamPage page = pageOf(shown);
			if (page != null) {
				setActivePage(page.getId());
				page.select(page == plan ? object : shown); // the plan page selects the plan's own elements
				return;
			}
		}
		setActivePage(overview.getId());
	}

	private KamPage pageOf(EObject object) {
		return switch (object) {
		case KnowledgeNote note -> notes;
		case AccountUnit unit -> organisation;
		case AccountTeamMember member -> team;
		case Contact contact -> relationshipMap;
		case PurchaseCategory category -> kraljic;
		case PeriodResult result -> results;
		case IndirectRevenue revenue -> results;
		case UnitCredit credit -> results;
		case AccountPlan accountPlan -> plan;
		case KraljicFactorScore factor -> kraljic;
		default -> null;
		};
	}

	public KraljicPage kraljicPage() {
		return kraljic;
	}

	public ResultsPage resultsPage() {
		return results;
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
