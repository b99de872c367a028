package org.kamworkbench.ui.editors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;

/** Which of the account's plans the page shows, chosen in a drop-down (latest first); shown only when there are several. */
final class PlanChooser {

	private final Composite bar;
	private final Combo combo;
	private final List<AccountPlan> shown = new ArrayList<>();

	PlanChooser(PlanEditing editing, Composite parent, Consumer<AccountPlan> choose) {
		bar = editing.toolkit().createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(bar);
		Label label = editing.toolkit().createLabel(bar, Messages.Plan_choose);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
		combo = new Combo(bar, SWT.READ_ONLY);
		editing.toolkit().adapt(combo);
		GridDataFactory.fillDefaults().hint(360, SWT.DEFAULT).applyTo(combo);
		combo.addListener(SWT.Selection, event -> {
			if (combo.getSelectionIndex() >= 0) {
				choose.accept(shown.get(combo.getSelectionIndex()));
			}
		});
	}

	/** The plans, the one with the latest period first; plans without a period last, later ones in the file first. */
	static List<AccountPlan> latestFirst(List<AccountPlan> plans) {
		List<AccountPlan> ordered = new ArrayList<>(plans);
		Collections.reverse(ordered);
		ordered.sort(Comparator.comparing(AccountPlan::getPeriodStart, Comparator.nullsFirst(Comparator.naturalOrder()))
				.reversed());
		return ordered;
	}

	/** Shows the account's plans with the current one chosen; the drop-down only when there is a choice. */
	void show(Account account, AccountPlan current) {
		if (bar.isDisposed()) {
			return;
		}
		shown.clear();
		shown.addAll(latestFirst(account.getPlans()));
		combo.setItems(shown.stream().map(PlanChooser::describe).toArray(String[]::new));
		combo.select(shown.indexOf(current));
		boolean choice = shown.size() > 1;
		bar.setVisible(choice);
		((GridData) bar.getLayoutData()).exclude = !choice;
		bar.getParent().layout(true);
	}

	private static String describe(AccountPlan plan) {
		if (plan.getPeriodStart() == null || plan.getPeriodEnd() == null) {
			return Labels.name(plan);
		}
		return NLS.bind(Messages.Plan_choice, new Object[] { Labels.name(plan), plan.getPeriodStart(), plan.getPeriodEnd() });
	}
}
