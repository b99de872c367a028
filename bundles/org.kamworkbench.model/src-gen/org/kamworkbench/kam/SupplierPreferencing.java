/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Supplier Preferencing</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Supplier preferencing (Steele & Court): how attractive the account is to us and how much its business is worth to us.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.SupplierPreferencing#getValueToUs <em>Value To Us</em>}</li>
 *   <li>{@link org.kamworkbench.kam.SupplierPreferencing#getAttractivenessToUs <em>Attractiveness To Us</em>}</li>
 *   <li>{@link org.kamworkbench.kam.SupplierPreferencing#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.kamworkbench.kam.SupplierPreferencing#getDate <em>Date</em>}</li>
 *   <li>{@link org.kamworkbench.kam.SupplierPreferencing#getAssessedBy <em>Assessed By</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getSupplierPreferencing()
 * @model
 * @generated
 */
public interface SupplierPreferencing extends Identified {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Value To Us</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relative value of the account's business to us, 0 (negligible) to 10 (very high).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value To Us</em>' attribute.
	 * @see #setValueToUs(double)
	 * @see org.kamworkbench.kam.KamPackage#getSupplierPreferencing_ValueToUs()
	 * @model default="0.0"
	 * @generated
	 */
	double getValueToUs();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.SupplierPreferencing#getValueToUs <em>Value To Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value To Us</em>' attribute.
	 * @see #getValueToUs()
	 * @generated
	 */
	void setValueToUs(double value);

	/**
	 * Returns the value of the '<em><b>Attractiveness To Us</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Attractiveness of the account to us, 0 (none) to 10 (very high).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attractiveness To Us</em>' attribute.
	 * @see #setAttractivenessToUs(double)
	 * @see org.kamworkbench.kam.KamPackage#getSupplierPreferencing_AttractivenessToUs()
	 * @model default="0.0"
	 * @generated
	 */
	double getAttractivenessToUs();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.SupplierPreferencing#getAttractivenessToUs <em>Attractiveness To Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attractiveness To Us</em>' attribute.
	 * @see #getAttractivenessToUs()
	 * @generated
	 */
	void setAttractivenessToUs(double value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.kamworkbench.kam.KamPackage#getSupplierPreferencing_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.SupplierPreferencing#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getSupplierPreferencing_Date()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.SupplierPreferencing#getDate <em>Date</em>}' attribute.
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
	 * @see org.kamworkbench.kam.KamPackage#getSupplierPreferencing_AssessedBy()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getAssessedBy();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.SupplierPreferencing#getAssessedBy <em>Assessed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessed By</em>' reference.
	 * @see #getAssessedBy()
	 * @generated
	 */
	void setAssessedBy(Person value);

} // SupplierPreferencing
