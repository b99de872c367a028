/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kraljic Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The customer's purchasing portfolio (Kraljic) from the customer's side, to check whether we can be a key supplier.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.KraljicAssessment#getDate <em>Date</em>}</li>
 *   <li>{@link org.kamworkbench.kam.KraljicAssessment#getAssessedBy <em>Assessed By</em>}</li>
 *   <li>{@link org.kamworkbench.kam.KraljicAssessment#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.kamworkbench.kam.KraljicAssessment#getCategories <em>Categories</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getKraljicAssessment()
 * @model
 * @generated
 */
public interface KraljicAssessment extends Identified {
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
	 * @see org.kamworkbench.kam.KamPackage#getKraljicAssessment_Date()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.KraljicAssessment#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Assessed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessed By</em>' reference.
	 * @see #setAssessedBy(Person)
	 * @see org.kamworkbench.kam.KamPackage#getKraljicAssessment_AssessedBy()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getAssessedBy();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.KraljicAssessment#getAssessedBy <em>Assessed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessed By</em>' reference.
	 * @see #getAssessedBy()
	 * @generated
	 */
	void setAssessedBy(Person value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.kamworkbench.kam.KamPackage#getKraljicAssessment_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.KraljicAssessment#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Categories</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.PurchaseCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Categories</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getKraljicAssessment_Categories()
	 * @model containment="true"
	 * @generated
	 */
	EList<PurchaseCategory> getCategories();

} // KraljicAssessment
