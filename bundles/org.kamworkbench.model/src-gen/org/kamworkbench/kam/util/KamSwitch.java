/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.kamworkbench.kam.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.kamworkbench.kam.KamPackage
 * @generated
 */
public class KamSwitch<T> extends Switch<T> {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static KamPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KamSwitch() {
		if (modelPackage == null) {
			modelPackage = KamPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case KamPackage.IDENTIFIED: {
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.NAMED_ELEMENT: {
				NamedElement namedElement = (NamedElement)theEObject;
				T result = caseNamedElement(namedElement);
				if (result == null) result = caseIdentified(namedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.PERIODIC: {
				Periodic periodic = (Periodic)theEObject;
				T result = casePeriodic(periodic);
				if (result == null) result = caseIdentified(periodic);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.PORTFOLIO: {
				Portfolio portfolio = (Portfolio)theEObject;
				T result = casePortfolio(portfolio);
				if (result == null) result = caseNamedElement(portfolio);
				if (result == null) result = caseIdentified(portfolio);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.ANALYSIS_SETTINGS: {
				AnalysisSettings analysisSettings = (AnalysisSettings)theEObject;
				T result = caseAnalysisSettings(analysisSettings);
				if (result == null) result = caseIdentified(analysisSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.PERSON: {
				Person person = (Person)theEObject;
				T result = casePerson(person);
				if (result == null) result = caseNamedElement(person);
				if (result == null) result = caseIdentified(person);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.ORGANISATION_UNIT: {
				OrganisationUnit organisationUnit = (OrganisationUnit)theEObject;
				T result = caseOrganisationUnit(organisationUnit);
				if (result == null) result = caseNamedElement(organisationUnit);
				if (result == null) result = caseIdentified(organisationUnit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.OFFERING: {
				Offering offering = (Offering)theEObject;
				T result = caseOffering(offering);
				if (result == null) result = caseNamedElement(offering);
				if (result == null) result = caseIdentified(offering);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.COMPETITOR: {
				Competitor competitor = (Competitor)theEObject;
				T result = caseCompetitor(competitor);
				if (result == null) result = caseNamedElement(competitor);
				if (result == null) result = caseIdentified(competitor);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.RESELLER: {
				Reseller reseller = (Reseller)theEObject;
				T result = caseReseller(reseller);
				if (result == null) result = caseNamedElement(reseller);
				if (result == null) result = caseIdentified(reseller);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.SCALE: {
				Scale scale = (Scale)theEObject;
				T result = caseScale(scale);
				if (result == null) result = caseNamedElement(scale);
				if (result == null) result = caseIdentified(scale);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.SCALE_LEVEL: {
				ScaleLevel scaleLevel = (ScaleLevel)theEObject;
				T result = caseScaleLevel(scaleLevel);
				if (result == null) result = caseNamedElement(scaleLevel);
				if (result == null) result = caseIdentified(scaleLevel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.CRITERIA_SET: {
				CriteriaSet criteriaSet = (CriteriaSet)theEObject;
				T result = caseCriteriaSet(criteriaSet);
				if (result == null) result = caseNamedElement(criteriaSet);
				if (result == null) result = caseIdentified(criteriaSet);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.CRITERION: {
				Criterion criterion = (Criterion)theEObject;
				T result = caseCriterion(criterion);
				if (result == null) result = caseNamedElement(criterion);
				if (result == null) result = caseIdentified(criterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.SCORE: {
				Score score = (Score)theEObject;
				T result = caseScore(score);
				if (result == null) result = caseIdentified(score);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.ACCOUNT: {
				Account account = (Account)theEObject;
				T result = caseAccount(account);
				if (result == null) result = caseNamedElement(account);
				if (result == null) result = caseIdentified(account);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.ACCOUNT_UNIT: {
				AccountUnit accountUnit = (AccountUnit)theEObject;
				T result = caseAccountUnit(accountUnit);
				if (result == null) result = caseNamedElement(accountUnit);
				if (result == null) result = caseIdentified(accountUnit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.CONTACT: {
				Contact contact = (Contact)theEObject;
				T result = caseContact(contact);
				if (result == null) result = caseNamedElement(contact);
				if (result == null) result = caseIdentified(contact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.RELATIONSHIP_LINK: {
				RelationshipLink relationshipLink = (RelationshipLink)theEObject;
				T result = caseRelationshipLink(relationshipLink);
				if (result == null) result = caseIdentified(relationshipLink);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.ACCOUNT_TEAM_MEMBER: {
				AccountTeamMember accountTeamMember = (AccountTeamMember)theEObject;
				T result = caseAccountTeamMember(accountTeamMember);
				if (result == null) result = caseIdentified(accountTeamMember);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.COMPETITOR_POSITION: {
				CompetitorPosition competitorPosition = (CompetitorPosition)theEObject;
				T result = caseCompetitorPosition(competitorPosition);
				if (result == null) result = caseIdentified(competitorPosition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.KRALJIC_ASSESSMENT: {
				KraljicAssessment kraljicAssessment = (KraljicAssessment)theEObject;
				T result = caseKraljicAssessment(kraljicAssessment);
				if (result == null) result = caseIdentified(kraljicAssessment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.PURCHASE_CATEGORY: {
				PurchaseCategory purchaseCategory = (PurchaseCategory)theEObject;
				T result = casePurchaseCategory(purchaseCategory);
				if (result == null) result = caseNamedElement(purchaseCategory);
				if (result == null) result = caseIdentified(purchaseCategory);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.KRALJIC_FACTOR_SCORE: {
				KraljicFactorScore kraljicFactorScore = (KraljicFactorScore)theEObject;
				T result = caseKraljicFactorScore(kraljicFactorScore);
				if (result == null) result = caseIdentified(kraljicFactorScore);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.SUPPLIER_PREFERENCING: {
				SupplierPreferencing supplierPreferencing = (SupplierPreferencing)theEObject;
				T result = caseSupplierPreferencing(supplierPreferencing);
				if (result == null) result = caseIdentified(supplierPreferencing);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.ACCOUNT_PLAN: {
				AccountPlan accountPlan = (AccountPlan)theEObject;
				T result = caseAccountPlan(accountPlan);
				if (result == null) result = caseNamedElement(accountPlan);
				if (result == null) result = caseIdentified(accountPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.SWOT_ITEM: {
				SwotItem swotItem = (SwotItem)theEObject;
				T result = caseSwotItem(swotItem);
				if (result == null) result = caseIdentified(swotItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.OBJECTIVE: {
				Objective objective = (Objective)theEObject;
				T result = caseObjective(objective);
				if (result == null) result = caseNamedElement(objective);
				if (result == null) result = caseIdentified(objective);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.STRATEGY: {
				Strategy strategy = (Strategy)theEObject;
				T result = caseStrategy(strategy);
				if (result == null) result = caseNamedElement(strategy);
				if (result == null) result = caseIdentified(strategy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.ACTION: {
				Action action = (Action)theEObject;
				T result = caseAction(action);
				if (result == null) result = caseNamedElement(action);
				if (result == null) result = caseIdentified(action);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.REVENUE_TARGET: {
				RevenueTarget revenueTarget = (RevenueTarget)theEObject;
				T result = caseRevenueTarget(revenueTarget);
				if (result == null) result = casePeriodic(revenueTarget);
				if (result == null) result = caseIdentified(revenueTarget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.RISK: {
				Risk risk = (Risk)theEObject;
				T result = caseRisk(risk);
				if (result == null) result = caseNamedElement(risk);
				if (result == null) result = caseIdentified(risk);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.PLAN_REVIEW: {
				PlanReview planReview = (PlanReview)theEObject;
				T result = casePlanReview(planReview);
				if (result == null) result = caseIdentified(planReview);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.PERIOD_RESULT: {
				PeriodResult periodResult = (PeriodResult)theEObject;
				T result = casePeriodResult(periodResult);
				if (result == null) result = casePeriodic(periodResult);
				if (result == null) result = caseIdentified(periodResult);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.INDIRECT_REVENUE: {
				IndirectRevenue indirectRevenue = (IndirectRevenue)theEObject;
				T result = caseIndirectRevenue(indirectRevenue);
				if (result == null) result = caseIdentified(indirectRevenue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.UNIT_CREDIT: {
				UnitCredit unitCredit = (UnitCredit)theEObject;
				T result = caseUnitCredit(unitCredit);
				if (result == null) result = caseIdentified(unitCredit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.KNOWLEDGE_NOTE: {
				KnowledgeNote knowledgeNote = (KnowledgeNote)theEObject;
				T result = caseKnowledgeNote(knowledgeNote);
				if (result == null) result = caseIdentified(knowledgeNote);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case KamPackage.LIFETIME_VALUE_INPUTS: {
				LifetimeValueInputs lifetimeValueInputs = (LifetimeValueInputs)theEObject;
				T result = caseLifetimeValueInputs(lifetimeValueInputs);
				if (result == null) result = caseIdentified(lifetimeValueInputs);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Periodic</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Periodic</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePeriodic(Periodic object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Portfolio</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Portfolio</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePortfolio(Portfolio object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Analysis Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Analysis Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnalysisSettings(AnalysisSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Person</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Person</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePerson(Person object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Organisation Unit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Organisation Unit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOrganisationUnit(OrganisationUnit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Offering</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Offering</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOffering(Offering object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Competitor</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Competitor</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCompetitor(Competitor object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reseller</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reseller</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReseller(Reseller object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scale</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scale</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScale(Scale object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scale Level</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scale Level</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScaleLevel(ScaleLevel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Criteria Set</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Criteria Set</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCriteriaSet(CriteriaSet object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCriterion(Criterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Score</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Score</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScore(Score object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Account</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Account</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAccount(Account object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Account Unit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Account Unit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAccountUnit(AccountUnit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContact(Contact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Relationship Link</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Relationship Link</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRelationshipLink(RelationshipLink object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Account Team Member</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Account Team Member</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAccountTeamMember(AccountTeamMember object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Competitor Position</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Competitor Position</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCompetitorPosition(CompetitorPosition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kraljic Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kraljic Assessment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKraljicAssessment(KraljicAssessment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Purchase Category</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Purchase Category</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePurchaseCategory(PurchaseCategory object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kraljic Factor Score</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kraljic Factor Score</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKraljicFactorScore(KraljicFactorScore object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Supplier Preferencing</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Supplier Preferencing</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSupplierPreferencing(SupplierPreferencing object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Account Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Account Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAccountPlan(AccountPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Swot Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Swot Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSwotItem(SwotItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Objective</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Objective</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseObjective(Objective object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Strategy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStrategy(Strategy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Action</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Action</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAction(Action object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Revenue Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Revenue Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRevenueTarget(RevenueTarget object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Risk</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Risk</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRisk(Risk object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan Review</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan Review</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanReview(PlanReview object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Period Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Period Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePeriodResult(PeriodResult object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Indirect Revenue</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Indirect Revenue</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIndirectRevenue(IndirectRevenue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Unit Credit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Unit Credit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUnitCredit(UnitCredit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Knowledge Note</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Knowledge Note</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKnowledgeNote(KnowledgeNote object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Lifetime Value Inputs</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Lifetime Value Inputs</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLifetimeValueInputs(LifetimeValueInputs object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //KamSwitch
