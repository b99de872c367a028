/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Account Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An account plan for a planning period: situation analysis, objectives, strategies, actions, revenue targets, risks and reviews.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.AccountPlan#getStatus <em>Status</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountPlan#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountPlan#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountPlan#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountPlan#getVision <em>Vision</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountPlan#getCustomerBusiness <em>Customer Business</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountPlan#getCustomerGoals <em>Customer Goals</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountPlan#getNextReviewDate <em>Next Review Date</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountPlan#getLastUpdated <em>Last Updated</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountPlan#getSwot <em>Swot</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountPlan#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountPlan#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountPlan#getActions <em>Actions</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountPlan#getRevenueTargets <em>Revenue Targets</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountPlan#getRisks <em>Risks</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountPlan#getReviews <em>Reviews</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getAccountPlan()
 * @model
 * @generated
 */
public interface AccountPlan extends NamedElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"DRAFT"</code>.
	 * The literals are from the enumeration {@link org.kamworkbench.kam.PlanStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.kamworkbench.kam.PlanStatus
	 * @see #setStatus(PlanStatus)
	 * @see org.kamworkbench.kam.KamPackage#getAccountPlan_Status()
	 * @model default="DRAFT"
	 * @generated
	 */
	PlanStatus getStatus();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountPlan#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.kamworkbench.kam.PlanStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PlanStatus value);

	/**
	 * Returns the value of the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period Start</em>' attribute.
	 * @see #setPeriodStart(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getAccountPlan_PeriodStart()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getPeriodStart();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountPlan#getPeriodStart <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Start</em>' attribute.
	 * @see #getPeriodStart()
	 * @generated
	 */
	void setPeriodStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day of the planning period, inclusive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getAccountPlan_PeriodEnd()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getPeriodEnd();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountPlan#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' reference.
	 * @see #setAuthor(Person)
	 * @see org.kamworkbench.kam.KamPackage#getAccountPlan_Author()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getAuthor();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountPlan#getAuthor <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' reference.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(Person value);

	/**
	 * Returns the value of the '<em><b>Vision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vision</em>' attribute.
	 * @see #setVision(String)
	 * @see org.kamworkbench.kam.KamPackage#getAccountPlan_Vision()
	 * @model
	 * @generated
	 */
	String getVision();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountPlan#getVision <em>Vision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vision</em>' attribute.
	 * @see #getVision()
	 * @generated
	 */
	void setVision(String value);

	/**
	 * Returns the value of the '<em><b>Customer Business</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Situation analysis: the customer's business and market.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Business</em>' attribute.
	 * @see #setCustomerBusiness(String)
	 * @see org.kamworkbench.kam.KamPackage#getAccountPlan_CustomerBusiness()
	 * @model
	 * @generated
	 */
	String getCustomerBusiness();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountPlan#getCustomerBusiness <em>Customer Business</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Business</em>' attribute.
	 * @see #getCustomerBusiness()
	 * @generated
	 */
	void setCustomerBusiness(String value);

	/**
	 * Returns the value of the '<em><b>Customer Goals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Situation analysis: the customer's goals.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Goals</em>' attribute.
	 * @see #setCustomerGoals(String)
	 * @see org.kamworkbench.kam.KamPackage#getAccountPlan_CustomerGoals()
	 * @model
	 * @generated
	 */
	String getCustomerGoals();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountPlan#getCustomerGoals <em>Customer Goals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Goals</em>' attribute.
	 * @see #getCustomerGoals()
	 * @generated
	 */
	void setCustomerGoals(String value);

	/**
	 * Returns the value of the '<em><b>Next Review Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Next Review Date</em>' attribute.
	 * @see #setNextReviewDate(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getAccountPlan_NextReviewDate()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getNextReviewDate();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountPlan#getNextReviewDate <em>Next Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Review Date</em>' attribute.
	 * @see #getNextReviewDate()
	 * @generated
	 */
	void setNextReviewDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Updated</em>' attribute.
	 * @see #setLastUpdated(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getAccountPlan_LastUpdated()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getLastUpdated();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountPlan#getLastUpdated <em>Last Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Updated</em>' attribute.
	 * @see #getLastUpdated()
	 * @generated
	 */
	void setLastUpdated(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Swot</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.SwotItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Swot</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getAccountPlan_Swot()
	 * @model containment="true"
	 * @generated
	 */
	EList<SwotItem> getSwot();

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.Objective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getAccountPlan_Objectives()
	 * @model containment="true"
	 * @generated
	 */
	EList<Objective> getObjectives();

	/**
	 * Returns the value of the '<em><b>Strategies</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.Strategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategies</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getAccountPlan_Strategies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Strategy> getStrategies();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getAccountPlan_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Action> getActions();

	/**
	 * Returns the value of the '<em><b>Revenue Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.RevenueTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revenue Targets</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getAccountPlan_RevenueTargets()
	 * @model containment="true"
	 * @generated
	 */
	EList<RevenueTarget> getRevenueTargets();

	/**
	 * Returns the value of the '<em><b>Risks</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.Risk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Risks</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getAccountPlan_Risks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Risk> getRisks();

	/**
	 * Returns the value of the '<em><b>Reviews</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.PlanReview}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviews</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getAccountPlan_Reviews()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanReview> getReviews();

} // AccountPlan
