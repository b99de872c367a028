package org.kamworkbench.core.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.AccountTeamMember;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.Action;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.CompetitorPosition;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.Identified;
import org.kamworkbench.kam.IndirectRevenue;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.KraljicFactorScore;
import org.kamworkbench.kam.LifetimeValueInputs;
import org.kamworkbench.kam.Objective;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.PurchaseCategory;
import org.kamworkbench.kam.RelationshipLink;
import org.kamworkbench.kam.RevenueTarget;
import org.kamworkbench.kam.Risk;
import org.kamworkbench.kam.Score;
import org.kamworkbench.kam.SupplierPreferencing;
import org.kamworkbench.kam.UnitCredit;

/**
 * Validator of the KAM metamodel. It runs EMF's basic checks, then the rules of {@link Constraint}, each in
 * a small class per domain area. Every diagnostic has source {@value #DIAGNOSTIC_SOURCE}, the constraint's
 * code and severity, the offending object as the first element of {@code getData()}, and a message in the
 * user's language that names the object and says how to fix the problem.
 * <p>
 * Required references, dangling references and duplicate identifiers are reported by this validator with
 * readable messages instead of EMF's generic ones, so they are not reported twice.
 */
public class KamValidator extends EObjectValidator {

	/** Source of every diagnostic this validator creates. */
	public static final String DIAGNOSTIC_SOURCE = "org.kamworkbench.core"; //$NON-NLS-1$

	/** The shared instance. */
	public static final KamValidator INSTANCE = new KamValidator();

	/** Registers {@link #INSTANCE} for the KAM package in the global validator registry; repeated calls do nothing. */
	public static synchronized void register() {
		if (!(EValidator.Registry.INSTANCE.get(KamPackage.eINSTANCE) instanceof KamValidator)) {
			EValidator.Registry.INSTANCE.put(KamPackage.eINSTANCE, INSTANCE);
		}
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean basics = super.validate(eClass, eObject, diagnostics, context);
		if (eObject.eClass().getEPackage() != KamPackage.eINSTANCE) {
			return basics;
		}
		Findings findings = new Findings(diagnostics);
		dispatch(eObject, findings);
		if (eObject instanceof Identified identified) {
			PortfolioConstraints.check(identified, findings);
		}
		ReferenceConstraints.check(eObject, findings);
		return basics && findings.clean();
	}

	private static void dispatch(EObject eObject, Findings findings) {
		switch (eObject) {
		case Portfolio portfolio -> PortfolioConstraints.check(portfolio, findings);
		case AnalysisSettings settings -> PortfolioConstraints.check(settings, findings);
		case LifetimeValueInputs inputs -> PortfolioConstraints.check(inputs, findings);
		case CriteriaSet set -> SelectionConstraints.check(set, findings);
		case Criterion criterion -> SelectionConstraints.check(criterion, findings);
		case Score score -> SelectionConstraints.check(score, findings);
		case Account account -> {
			AssessmentConstraints.check(account, findings);
			AccountConstraints.check(account, findings);
		}
		case AccountUnit unit -> AssessmentConstraints.check(unit, findings);
		case SupplierPreferencing preferencing -> AssessmentConstraints.check(preferencing, findings);
		case KraljicFactorScore factor -> AssessmentConstraints.check(factor, findings);
		case PurchaseCategory category -> AssessmentConstraints.check(category, findings);
		case CompetitorPosition position -> AssessmentConstraints.check(position, findings);
		case RelationshipLink link -> AssessmentConstraints.check(link, findings);
		case Contact contact -> {
			AssessmentConstraints.check(contact, findings);
			ReportingLineConstraints.check(contact, findings);
		}
		case AccountTeamMember member -> {
			AccountConstraints.check(member, findings);
			ReportingLineConstraints.check(member, findings);
		}
		case Person person -> ReportingLineConstraints.check(person, findings);
		case AccountPlan plan -> PlanConstraints.check(plan, findings);
		case Objective objective -> PlanConstraints.check(objective, findings);
		case Action action -> PlanConstraints.check(action, findings);
		case Risk risk -> PlanConstraints.check(risk, findings);
		case PeriodResult result -> ResultConstraints.check(result, findings);
		case RevenueTarget target -> ResultConstraints.check(target, findings);
		case UnitCredit credit -> ResultConstraints.check(credit, findings);
		case IndirectRevenue revenue -> ResultConstraints.check(revenue, findings);
		default -> {
			// nothing beyond identifiers and references
		}
		}
	}

	@Override
	protected boolean validate_MultiplicityConforms(EObject eObject, EStructuralFeature eStructuralFeature,
			DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ReferenceConstraints.reportsRequired(eStructuralFeature)
				|| super.validate_MultiplicityConforms(eObject, eStructuralFeature, diagnostics, context);
	}

	@Override
	public boolean validate_EveryReferenceIsContained(EObject eObject, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return eObject.eClass().getEPackage() == KamPackage.eINSTANCE
				|| super.validate_EveryReferenceIsContained(eObject, diagnostics, context);
	}

	/**
	 * EMF's generic check of every attribute value against its data type cannot fail for this metamodel: it
	 * declares no facets (patterns, bounds, enumerations) and the generated setters only take values of the
	 * declared types. It was half the time of validating a large portfolio, so it is left out here.
	 */
	@Override
	public boolean validate_EveryDataValueConforms(EObject eObject, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return eObject.eClass().getEPackage() == KamPackage.eINSTANCE
				|| super.validate_EveryDataValueConforms(eObject, diagnostics, context);
	}

	/**
	 * EMF's generic checks of proxies, opposite references, keys and map entries cannot fail for this
	 * metamodel either: its references never resolve proxies (a dangling one is refused on load and reported
	 * by {@link ReferenceConstraints}), and it declares no opposites, keys or map entries. Each of them still
	 * walked every reference of every object.
	 */
	@Override
	public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return eObject.eClass().getEPackage() == KamPackage.eINSTANCE
				|| super.validate_EveryProxyResolves(eObject, diagnostics, context);
	}

	@Override
	public boolean validate_EveryBidirectionalReferenceIsPaired(EObject eObject, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return eObject.eClass().getEPackage() == KamPackage.eINSTANCE
				|| super.validate_EveryBidirectionalReferenceIsPaired(eObject, diagnostics, context);
	}

	@Override
	public boolean validate_EveryKeyUnique(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return eObject.eClass().getEPackage() == KamPackage.eINSTANCE
				|| super.validate_EveryKeyUnique(eObject, diagnostics, context);
	}

	@Override
	public boolean validate_EveryMapEntryUnique(EObject eObject, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return eObject.eClass().getEPackage() == KamPackage.eINSTANCE
				|| super.validate_EveryMapEntryUnique(eObject, diagnostics, context);
	}

	@Override
	public boolean validate_UniqueID(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return eObject.eClass().getEPackage() == KamPackage.eINSTANCE
				|| super.validate_UniqueID(eObject, diagnostics, context);
	}
}
