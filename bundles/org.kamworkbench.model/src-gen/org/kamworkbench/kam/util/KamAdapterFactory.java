/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.kamworkbench.kam.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.kamworkbench.kam.KamPackage
 * @generated
 */
public class KamAdapterFactory extends AdapterFactoryImpl {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static KamPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KamAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = KamPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KamSwitch<Adapter> modelSwitch =
		new KamSwitch<Adapter>() {
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter casePeriodic(Periodic object) {
				return createPeriodicAdapter();
			}
			@Override
			public Adapter casePortfolio(Portfolio object) {
				return createPortfolioAdapter();
			}
			@Override
			public Adapter caseAnalysisSettings(AnalysisSettings object) {
				return createAnalysisSettingsAdapter();
			}
			@Override
			public Adapter casePerson(Person object) {
				return createPersonAdapter();
			}
			@Override
			public Adapter caseOrganisationUnit(OrganisationUnit object) {
				return createOrganisationUnitAdapter();
			}
			@Override
			public Adapter caseOffering(Offering object) {
				return createOfferingAdapter();
			}
			@Override
			public Adapter caseCompetitor(Competitor object) {
				return createCompetitorAdapter();
			}
			@Override
			public Adapter caseReseller(Reseller object) {
				return createResellerAdapter();
			}
			@Override
			public Adapter caseScale(Scale object) {
				return createScaleAdapter();
			}
			@Override
			public Adapter caseScaleLevel(ScaleLevel object) {
				return createScaleLevelAdapter();
			}
			@Override
			public Adapter caseCriteriaSet(CriteriaSet object) {
				return createCriteriaSetAdapter();
			}
			@Override
			public Adapter caseCriterion(Criterion object) {
				return createCriterionAdapter();
			}
			@Override
			public Adapter caseScore(Score object) {
				return createScoreAdapter();
			}
			@Override
			public Adapter caseAccount(Account object) {
				return createAccountAdapter();
			}
			@Override
			public Adapter caseAccountUnit(AccountUnit object) {
				return createAccountUnitAdapter();
			}
			@Override
			public Adapter caseContact(Contact object) {
				return createContactAdapter();
			}
			@Override
			public Adapter caseRelationshipLink(RelationshipLink object) {
				return createRelationshipLinkAdapter();
			}
			@Override
			public Adapter caseAccountTeamMember(AccountTeamMember object) {
				return createAccountTeamMemberAdapter();
			}
			@Override
			public Adapter caseCompetitorPosition(CompetitorPosition object) {
				return createCompetitorPositionAdapter();
			}
			@Override
			public Adapter caseKraljicAssessment(KraljicAssessment object) {
				return createKraljicAssessmentAdapter();
			}
			@Override
			public Adapter casePurchaseCategory(PurchaseCategory object) {
				return createPurchaseCategoryAdapter();
			}
			@Override
			public Adapter caseKraljicFactorScore(KraljicFactorScore object) {
				return createKraljicFactorScoreAdapter();
			}
			@Override
			public Adapter caseSupplierPreferencing(SupplierPreferencing object) {
				return createSupplierPreferencingAdapter();
			}
			@Override
			public Adapter caseAccountPlan(AccountPlan object) {
				return createAccountPlanAdapter();
			}
			@Override
			public Adapter caseSwotItem(SwotItem object) {
				return createSwotItemAdapter();
			}
			@Override
			public Adapter caseObjective(Objective object) {
				return createObjectiveAdapter();
			}
			@Override
			public Adapter caseStrategy(Strategy object) {
				return createStrategyAdapter();
			}
			@Override
			public Adapter caseAction(Action object) {
				return createActionAdapter();
			}
			@Override
			public Adapter caseRevenueTarget(RevenueTarget object) {
				return createRevenueTargetAdapter();
			}
			@Override
			public Adapter caseRisk(Risk object) {
				return createRiskAdapter();
			}
			@Override
			public Adapter casePlanReview(PlanReview object) {
				return createPlanReviewAdapter();
			}
			@Override
			public Adapter casePeriodResult(PeriodResult object) {
				return createPeriodResultAdapter();
			}
			@Override
			public Adapter caseIndirectRevenue(IndirectRevenue object) {
				return createIndirectRevenueAdapter();
			}
			@Override
			public Adapter caseUnitCredit(UnitCredit object) {
				return createUnitCreditAdapter();
			}
			@Override
			public Adapter caseKnowledgeNote(KnowledgeNote object) {
				return createKnowledgeNoteAdapter();
			}
			@Override
			public Adapter caseLifetimeValueInputs(LifetimeValueInputs object) {
				return createLifetimeValueInputsAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.Periodic <em>Periodic</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.Periodic
	 * @generated
	 */
	public Adapter createPeriodicAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.Portfolio <em>Portfolio</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.Portfolio
	 * @generated
	 */
	public Adapter createPortfolioAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.AnalysisSettings <em>Analysis Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.AnalysisSettings
	 * @generated
	 */
	public Adapter createAnalysisSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.Person
	 * @generated
	 */
	public Adapter createPersonAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.OrganisationUnit <em>Organisation Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.OrganisationUnit
	 * @generated
	 */
	public Adapter createOrganisationUnitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.Offering <em>Offering</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.Offering
	 * @generated
	 */
	public Adapter createOfferingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.Competitor <em>Competitor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.Competitor
	 * @generated
	 */
	public Adapter createCompetitorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.Reseller <em>Reseller</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.Reseller
	 * @generated
	 */
	public Adapter createResellerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.Scale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.Scale
	 * @generated
	 */
	public Adapter createScaleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.ScaleLevel <em>Scale Level</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.ScaleLevel
	 * @generated
	 */
	public Adapter createScaleLevelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.CriteriaSet <em>Criteria Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.CriteriaSet
	 * @generated
	 */
	public Adapter createCriteriaSetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.Criterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.Criterion
	 * @generated
	 */
	public Adapter createCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.Score <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.Score
	 * @generated
	 */
	public Adapter createScoreAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.Account <em>Account</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.Account
	 * @generated
	 */
	public Adapter createAccountAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.AccountUnit <em>Account Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.AccountUnit
	 * @generated
	 */
	public Adapter createAccountUnitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.Contact
	 * @generated
	 */
	public Adapter createContactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.RelationshipLink <em>Relationship Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.RelationshipLink
	 * @generated
	 */
	public Adapter createRelationshipLinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.AccountTeamMember <em>Account Team Member</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.AccountTeamMember
	 * @generated
	 */
	public Adapter createAccountTeamMemberAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.CompetitorPosition <em>Competitor Position</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.CompetitorPosition
	 * @generated
	 */
	public Adapter createCompetitorPositionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.KraljicAssessment <em>Kraljic Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.KraljicAssessment
	 * @generated
	 */
	public Adapter createKraljicAssessmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.PurchaseCategory <em>Purchase Category</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.PurchaseCategory
	 * @generated
	 */
	public Adapter createPurchaseCategoryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.KraljicFactorScore <em>Kraljic Factor Score</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.KraljicFactorScore
	 * @generated
	 */
	public Adapter createKraljicFactorScoreAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.SupplierPreferencing <em>Supplier Preferencing</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.SupplierPreferencing
	 * @generated
	 */
	public Adapter createSupplierPreferencingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.AccountPlan <em>Account Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.AccountPlan
	 * @generated
	 */
	public Adapter createAccountPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.SwotItem <em>Swot Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.SwotItem
	 * @generated
	 */
	public Adapter createSwotItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.Objective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.Objective
	 * @generated
	 */
	public Adapter createObjectiveAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.Strategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.Strategy
	 * @generated
	 */
	public Adapter createStrategyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.Action
	 * @generated
	 */
	public Adapter createActionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.RevenueTarget <em>Revenue Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.RevenueTarget
	 * @generated
	 */
	public Adapter createRevenueTargetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.Risk <em>Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.Risk
	 * @generated
	 */
	public Adapter createRiskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.PlanReview <em>Plan Review</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.PlanReview
	 * @generated
	 */
	public Adapter createPlanReviewAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.PeriodResult <em>Period Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.PeriodResult
	 * @generated
	 */
	public Adapter createPeriodResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.IndirectRevenue <em>Indirect Revenue</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.IndirectRevenue
	 * @generated
	 */
	public Adapter createIndirectRevenueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.UnitCredit <em>Unit Credit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.UnitCredit
	 * @generated
	 */
	public Adapter createUnitCreditAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.KnowledgeNote <em>Knowledge Note</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.KnowledgeNote
	 * @generated
	 */
	public Adapter createKnowledgeNoteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.kamworkbench.kam.LifetimeValueInputs <em>Lifetime Value Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.kamworkbench.kam.LifetimeValueInputs
	 * @generated
	 */
	public Adapter createLifetimeValueInputsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //KamAdapterFactory
