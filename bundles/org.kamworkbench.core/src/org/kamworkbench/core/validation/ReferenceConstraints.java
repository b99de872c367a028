package org.kamworkbench.core.validation;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.KamPackage.Literals;

/**
 * References between objects: a reference the metamodel requires is set; every referenced object is in
 * the same portfolio (not deleted or from another file); what mirrors the customer's organisation
 * (contacts, customer units, the team, the customer sponsor) stays within the account (domain points 4
 * and 5); and an action's objective and strategy, and a strategy's objectives, are of the same plan.
 */
final class ReferenceConstraints {

	private static final Set<EReference> WITHIN_ACCOUNT = Set.of(Literals.CONTACT__UNIT, Literals.CONTACT__REPORTS_TO,
			Literals.ACCOUNT_TEAM_MEMBER__ACCOUNT_UNIT, Literals.ACCOUNT_TEAM_MEMBER__REPORTS_TO,
			Literals.ACCOUNT__CUSTOMER_SPONSOR, Literals.RELATIONSHIP_LINK__CONTACT,
			Literals.REVENUE_TARGET__ACCOUNT_UNIT, Literals.PERIOD_RESULT__ACCOUNT_UNIT);

	private static final Set<EReference> WITHIN_PLAN = Set.of(Literals.ACTION__OBJECTIVE, Literals.ACTION__STRATEGY,
			Literals.STRATEGY__OBJECTIVES);

	private ReferenceConstraints() {
	}

	/**
	 * Whether this constraint class reports a missing value of {@code feature}, so that the generic
	 * multiplicity check leaves it alone (it would not name the object readably).
	 */
	static boolean reportsRequired(EStructuralFeature feature) {
		return feature instanceof EReference reference && isChecked(reference) && !reference.isMany()
				&& reference.getLowerBound() > 0;
	}

	static void check(EObject object, Findings findings) {
		EObject root = EcoreUtil.getRootContainer(object);
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!isChecked(reference)) {
				continue;
			}
			Object value = object.eGet(reference);
			if (value == null && reportsRequired(reference)) {
				findings.report(Constraint.REFERENCE_REQUIRED, object, reference, NLS.bind(
						Messages.Validation_referenceRequired, ObjectLabels.path(object), ObjectLabels.featureName(reference)));
			}
			List<?> targets = reference.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
			for (Object target : targets) {
				check(object, reference, (EObject) target, root, findings);
			}
		}
	}

	private static void check(EObject object, EReference reference, EObject target, EObject root, Findings findings) {
		if (EcoreUtil.getRootContainer(target) != root) {
			findings.report(Constraint.REFERENCE_DANGLING, object, reference,
					NLS.bind(Messages.Validation_referenceDangling, new Object[] { ObjectLabels.path(object),
							ObjectLabels.featureName(reference), ObjectLabels.label(target) }),
					target);
			return;
		}
		if (WITHIN_ACCOUNT.contains(reference)) {
			Account account = enclosing(object, Account.class);
			if (account != null && !EcoreUtil.isAncestor(account, target)) {
				findings.report(Constraint.REFERENCE_OUTSIDE_ACCOUNT, object, reference,
						NLS.bind(Messages.Validation_referenceOtherAccount,
								new Object[] { ObjectLabels.path(object), ObjectLabels.featureName(reference),
										ObjectLabels.path(target), ObjectLabels.nameOrLabel(account) }),
						target);
			}
		}
		if (WITHIN_PLAN.contains(reference)) {
			AccountPlan plan = enclosing(object, AccountPlan.class);
			if (plan != null && !EcoreUtil.isAncestor(plan, target)) {
				findings.report(Constraint.REFERENCE_OUTSIDE_PLAN, object, reference,
						NLS.bind(Messages.Validation_referenceOtherPlan,
								new Object[] { ObjectLabels.path(object), ObjectLabels.featureName(reference),
										ObjectLabels.path(target), ObjectLabels.nameOrLabel(plan) }),
						target);
			}
		}
	}

	/** Plain cross references of our own metamodel: not containment, container, derived or transient. */
	private static boolean isChecked(EReference reference) {
		return reference.getEContainingClass().getEPackage() == KamPackage.eINSTANCE && !reference.isContainment()
				&& !reference.isContainer() && !reference.isDerived() && !reference.isTransient();
	}

	private static <T> T enclosing(EObject object, Class<T> type) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
		}
		return null;
	}
}
