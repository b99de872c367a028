package org.kamworkbench.ui.editors;

import java.time.LocalDate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.kamworkbench.core.plan.PlanFinding;
import org.kamworkbench.core.plan.PlanHealth;
import org.kamworkbench.kam.AccountPlan;

/** How complete the plan is today: the score of {@link PlanHealth} and every finding, naming its object. */
final class PlanHealthSection implements PlanPart {

	private static final int GOOD = 80;
	private static final int FAIR = 50;
	/** Narrow preferred width: the labels wrap to the page's width instead of widening it. */
	private static final int WIDTH = 300;

	private final PlanEditing editing;
	private final Label score;
	private final Label findings;

	PlanHealthSection(PlanEditing editing, Composite parent) {
		this.editing = editing;
		Composite client = editing.section(parent, Messages.Plan_health, 2, 1);
		score = editing.toolkit().createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		score.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(WIDTH, SWT.DEFAULT).applyTo(score);
		findings = editing.toolkit().createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(WIDTH, SWT.DEFAULT).applyTo(findings);
	}

	@Override
	public void show(AccountPlan plan) {
		if (score.isDisposed()) {
			return;
		}
		if (plan == null) {
			score.setText(NLS.bind(Messages.Plan_none, Labels.name(editing.account())));
			score.setForeground(null);
			findings.setText(""); //$NON-NLS-1$
			return;
		}
		PlanHealth health = PlanHealth.assess(plan, LocalDate.now());
		int passed = PlanHealth.checkCount() - health.failedChecks().size();
		score.setText(NLS.bind(Messages.Plan_score, new Object[] { health.score(), passed, PlanHealth.checkCount() }));
		int color = health.score() >= GOOD ? SWT.COLOR_DARK_GREEN : health.score() >= FAIR ? SWT.COLOR_DARK_YELLOW : SWT.COLOR_RED;
		score.setForeground(score.getDisplay().getSystemColor(color));
		StringBuilder text = new StringBuilder();
		for (PlanFinding finding : health.findings()) {
			text.append("\u2022 ").append(finding.message()).append('\n'); //$NON-NLS-1$
		}
		findings.setText(text.isEmpty() ? Messages.Plan_complete : text.toString().strip());
	}
}
