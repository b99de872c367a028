package org.kamworkbench.ui.editors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.kamworkbench.core.Thresholds;
import org.kamworkbench.core.coverage.CoverageAnalysis;
import org.kamworkbench.core.organisation.CentralLocalConflicts;
import org.kamworkbench.core.selection.SelectionFlags;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.Portfolio;

/** The portfolio at a glance: how many accounts of each status, the key accounts, and what needs attention. */
class OverviewPage extends KamPage {

	static final String ID = "overview"; //$NON-NLS-1$

	/** One thing that needs attention, and the account it concerns (if one). */
	record Alert(String kind, Account account, String message) {
	}

	private Label counts;
	private Label keyAccounts;
	private TableViewer alerts;

	OverviewPage(KamEditor editor) {
		super(editor, ID, Messages.Overview_tab);
	}

	@Override
	protected void createContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(1, false));
		Composite summary = section(toolkit, body, Messages.Overview_portfolio, false);
		counts = toolkit.createLabel(summary, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(counts);
		keyAccounts = toolkit.createLabel(summary, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(keyAccounts);
		Composite attention = section(toolkit, body, Messages.Overview_alerts, true);
		alerts = PageParts.table(attention, SWT.BORDER | SWT.FULL_SELECTION,
				GridDataFactory.fillDefaults().grab(true, true).hint(600, 300));
		column(Messages.Column_kind, 150, alert -> alert.kind());
		column(Messages.Column_account, 200, alert -> Labels.name(alert.account()));
		column(Messages.Column_message, 700, alert -> alert.message());
		alerts.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Alert alert
					&& alert.account() != null) {
				kamEditor().openAccount(alert.account());
			}
		});
	}

	private static Composite section(FormToolkit toolkit, Composite parent, String title, boolean grab) {
		return PageParts.section(toolkit, parent, title, null, 1, GridDataFactory.fillDefaults().grab(true, grab));
	}

	private void column(String title, int width, java.util.function.Function<Alert, String> text) {
		PageParts.column(alerts, title, width, text);
	}

	@Override
	void refresh() {
		if (alerts == null || alerts.getControl().isDisposed()) {
			return;
		}
		Portfolio portfolio = portfolio();
		getManagedForm().getForm().setText(NLS.bind(Messages.Overview_title, Labels.name(portfolio)));
		List<Account> key = portfolio.getAccounts().stream().filter(a -> a.getStatus() == AccountStatus.KEY_ACCOUNT).toList();
		long candidates = portfolio.getAccounts().stream().filter(a -> a.getStatus() == AccountStatus.CANDIDATE).count();
		counts.setText(NLS.bind(Messages.Overview_counts, new Object[] { portfolio.getAccounts().size(), key.size(), candidates,
				portfolio.getOrganisationName() == null ? "" : portfolio.getOrganisationName() })); //$NON-NLS-1$
		keyAccounts.setText(NLS.bind(Messages.Overview_keyAccounts,
				String.join(", ", key.stream().map(Labels::name).toList()))); //$NON-NLS-1$
		alerts.setInput(alerts(portfolio).toArray());
		counts.getParent().layout(true, true);
	}

	private static List<Alert> alerts(Portfolio portfolio) {
		AnalysisSettings settings = Thresholds.of(portfolio);
		List<Alert> found = new ArrayList<>();
		SelectionFlags.of(portfolio).forEach(flag -> found.add(new Alert(Messages.Alert_selection, flag.account(), flag.message())));
		for (Account account : portfolio.getAccounts()) {
			CentralLocalConflicts.conflicts(account, settings)
					.forEach(conflict -> found.add(new Alert(Messages.Alert_centralLocal, account, conflict.message())));
		}
		CoverageAnalysis.analyse(portfolio, LocalDate.now())
				.forEach(finding -> found.add(new Alert(Messages.Alert_coverage, finding.account(), finding.message())));
		return found;
	}

	int alertCount() {
		return alerts.getTable().getItemCount();
	}
}
