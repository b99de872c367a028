/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Periodic</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An identified element that applies to one period (a year, quarter or month).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.Periodic#getPeriodLabel <em>Period Label</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Periodic#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Periodic#getPeriodEnd <em>Period End</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getPeriodic()
 * @model abstract="true"
 * @generated
 */
public interface Periodic extends Identified {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Period Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Human-readable name of the period, e.g. '2025' or '2025-Q1'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period Label</em>' attribute.
	 * @see #setPeriodLabel(String)
	 * @see org.kamworkbench.kam.KamPackage#getPeriodic_PeriodLabel()
	 * @model
	 * @generated
	 */
	String getPeriodLabel();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Periodic#getPeriodLabel <em>Period Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Label</em>' attribute.
	 * @see #getPeriodLabel()
	 * @generated
	 */
	void setPeriodLabel(String value);

	/**
	 * Returns the value of the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day of the period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period Start</em>' attribute.
	 * @see #setPeriodStart(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getPeriodic_PeriodStart()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getPeriodStart();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Periodic#getPeriodStart <em>Period Start</em>}' attribute.
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
	 * Last day of the period, inclusive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getPeriodic_PeriodEnd()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getPeriodEnd();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Periodic#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(LocalDate value);

} // Periodic
