package org.kamworkbench.ui.editors;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.kamworkbench.core.Thresholds;
import org.kamworkbench.core.balance.BalanceVerdict;
import org.kamworkbench.core.selection.PortfolioMatrix;
import org.kamworkbench.core.selection.PortfolioPosition;
import org.kamworkbench.kam.Account;

/** All accounts in a table to sort and filter: status, quadrant, balance verdict, key account manager. */
class AccountsPage extends KamPage {

	static final String ID = "accounts"; //$NON-NLS-1$

	private TableViewer viewer;
	private Text filter;
	private final Map<Account, String> quadrants = new HashMap<>();
	private final Map<Account, String> balances = new HashMap<>();

	AccountsPage(KamEditor editor) {
		super(editor, ID, Messages.Accounts_tab);
	}

	@Override
	protected void createContent(IManagedForm managedForm) {
		managedForm.getForm().setText(Messages.Accounts_title);
		FormToolkit toolkit = managedForm.getToolkit();
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(1, false));
		filter = toolkit.createText(body, "", SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL); //$NON-NLS-1$
		filter.setMessage(Messages.Accounts_filter);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		viewer = PageParts.table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI,
				GridDataFactory.fillDefaults().grab(true, true).hint(600, 300));
		column(Messages.Column_account, 240, Labels::name);
		column(Messages.Column_status, 110, Labels::status);
		column(Messages.Column_quadrant, 110, account -> quadrants.getOrDefault(account, "")); //$NON-NLS-1$
		column(Messages.Column_balance, 280, account -> balances.getOrDefault(account, "")); //$NON-NLS-1$
		column(Messages.Column_manager, 160, account -> Labels.name(account.getKeyAccountManager()));
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parent, Object element) {
				String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
				return wanted.isEmpty() || Labels.name((Account) element).toLowerCase(Locale.ROOT).contains(wanted);
			}
		});
		filter.addModifyListener(event -> viewer.refresh());
		viewer.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Account account) {
				kamEditor().openAccount(account);
			}
		});
		kamEditor().selections().follow(viewer);
	}

	private void column(String title, int width, Function<Account, String> text) {
		TableViewerColumn column = PageParts.column(viewer, title, width, text);
		column.getColumn().addListener(SWT.Selection, event -> sortBy(column, text));
	}

	private void sortBy(TableViewerColumn column, Function<Account, String> text) {
		Table table = viewer.getTable();
		boolean ascending = table.getSortColumn() != column.getColumn() || table.getSortDirection() == SWT.DOWN;
		table.setSortColumn(column.getColumn());
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		Comparator<Account> order = Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER);
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				int result = order.compare((Account) a, (Account) b);
				return ascending ? result : -result;
			}
		});
	}

	@Override
	void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		quadrants.clear();
		balances.clear();
		for (PortfolioPosition position : PortfolioMatrix.place(portfolio())) {
			quadrants.put(position.account(), position.quadrant().map(q -> q.label()).orElse(Messages.Unknown));
		}
		for (Account account : portfolio().getAccounts()) {
			balances.put(account, BalanceVerdict.judge(account, Thresholds.of(portfolio())).balance().title());
		}
		viewer.setInput(portfolio().getAccounts().toArray());
	}

	@Override
	void select(EObject object) {
		if (viewer != null) {
			viewer.setSelection(new StructuredSelection(object), true);
		}
	}

	Table table() {
		return viewer.getTable();
	}
}
