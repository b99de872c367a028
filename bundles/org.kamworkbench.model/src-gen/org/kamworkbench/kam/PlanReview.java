/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A review of an account plan against actuals.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.PlanReview#getDate <em>Date</em>}</li>
 *   <li>{@link org.kamworkbench.kam.PlanReview#getReviewedBy <em>Reviewed By</em>}</li>
 *   <li>{@link org.kamworkbench.kam.PlanReview#getSummary <em>Summary</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getPlanReview()
 * @model
 * @generated
 */
public interface PlanReview extends Identified {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getPlanReview_Date()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.PlanReview#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Reviewed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewed By</em>' reference.
	 * @see #setReviewedBy(Person)
	 * @see org.kamworkbench.kam.KamPackage#getPlanReview_ReviewedBy()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getReviewedBy();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.PlanReview#getReviewedBy <em>Reviewed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewed By</em>' reference.
	 * @see #getReviewedBy()
	 * @generated
	 */
	void setReviewedBy(Person value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.kamworkbench.kam.KamPackage#getPlanReview_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.PlanReview#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

} // PlanReview
