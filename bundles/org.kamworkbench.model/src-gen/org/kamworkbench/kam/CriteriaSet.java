/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criteria Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One version of the organisation's weighted selection criteria; a change of criteria or weights makes a new version.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.CriteriaSet#getVersion <em>Version</em>}</li>
 *   <li>{@link org.kamworkbench.kam.CriteriaSet#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.kamworkbench.kam.CriteriaSet#getSupersedes <em>Supersedes</em>}</li>
 *   <li>{@link org.kamworkbench.kam.CriteriaSet#getCriteria <em>Criteria</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getCriteriaSet()
 * @model
 * @generated
 */
public interface CriteriaSet extends NamedElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version number, increasing within the portfolio.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see org.kamworkbench.kam.KamPackage#getCriteriaSet_Version()
	 * @model default="1"
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.CriteriaSet#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date from which this version is used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getCriteriaSet_ValidFrom()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getValidFrom();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.CriteriaSet#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Supersedes</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Previous version this one replaces.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supersedes</em>' reference.
	 * @see #setSupersedes(CriteriaSet)
	 * @see org.kamworkbench.kam.KamPackage#getCriteriaSet_Supersedes()
	 * @model resolveProxies="false"
	 * @generated
	 */
	CriteriaSet getSupersedes();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.CriteriaSet#getSupersedes <em>Supersedes</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supersedes</em>' reference.
	 * @see #getSupersedes()
	 * @generated
	 */
	void setSupersedes(CriteriaSet value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.Criterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getCriteriaSet_Criteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<Criterion> getCriteria();

} // CriteriaSet
