package org.kamworkbench.ui.editors;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.PlanReview;

/** When the plan is reviewed next, and the reviews held against actuals. */
final class PlanReviewsSection implements PlanPart {

	private final PlanDateField next;
	private final PlanTable reviews;

	PlanReviewsSection(PlanEditing editing, Composite parent) {
		KamPackage kam = KamPackage.eINSTANCE;
		Composite client = editing.section(parent, Messages.Plan_reviews, 1, 1);
		Composite dates = editing.toolkit().createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(dates);
		next = new PlanDateField(editing, dates, Messages.Plan_nextReview, kam.getAccountPlan_NextReviewDate());
		reviews = new PlanTable(editing, client, kam.getAccountPlan_Reviews(), Messages.Plan_addReview,
				() -> PlanDefaults.review(LocalDate.now()), 80);
		reviews.column(Messages.PlanColumn_date, 100, kam.getPlanReview_Date(), PlanValue.DATE);
		reviews.choice(Messages.PlanColumn_reviewedBy, 140, kam.getPlanReview_ReviewedBy(),
				row -> editing.owners(((PlanReview) row).getReviewedBy()), Labels::name, true);
		reviews.column(Messages.PlanColumn_summary, 300, kam.getPlanReview_Summary(), PlanValue.TEXT);
	}

	@Override
	public void show(AccountPlan plan) {
		next.show(plan);
		reviews.show(plan);
	}

	@Override
	public void select(EObject object) {
		reviews.select(object);
	}
}
