/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Objective</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measurable objective of an account plan, with baseline, target and due date.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.Objective#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Objective#getMetricUnit <em>Metric Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Objective#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Objective#getTarget <em>Target</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Objective#getActual <em>Actual</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Objective#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Objective#getStatus <em>Status</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Objective#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getObjective()
 * @model
 * @generated
 */
public interface Objective extends NamedElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is measured, e.g. share of wallet or revenue.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see #setMetric(String)
	 * @see org.kamworkbench.kam.KamPackage#getObjective_Metric()
	 * @model
	 * @generated
	 */
	String getMetric();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Objective#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(String value);

	/**
	 * Returns the value of the '<em><b>Metric Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of the metric, e.g. '%' or 'EUR'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metric Unit</em>' attribute.
	 * @see #setMetricUnit(String)
	 * @see org.kamworkbench.kam.KamPackage#getObjective_MetricUnit()
	 * @model
	 * @generated
	 */
	String getMetricUnit();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Objective#getMetricUnit <em>Metric Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric Unit</em>' attribute.
	 * @see #getMetricUnit()
	 * @generated
	 */
	void setMetricUnit(String value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(double)
	 * @see org.kamworkbench.kam.KamPackage#getObjective_Baseline()
	 * @model default="0.0"
	 * @generated
	 */
	double getBaseline();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Objective#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(double value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(double)
	 * @see org.kamworkbench.kam.KamPackage#getObjective_Target()
	 * @model default="0.0"
	 * @generated
	 */
	double getTarget();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Objective#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(double value);

	/**
	 * Returns the value of the '<em><b>Actual</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Latest measured value, for review against the target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actual</em>' attribute.
	 * @see #setActual(double)
	 * @see org.kamworkbench.kam.KamPackage#getObjective_Actual()
	 * @model default="0.0"
	 * @generated
	 */
	double getActual();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Objective#getActual <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual</em>' attribute.
	 * @see #getActual()
	 * @generated
	 */
	void setActual(double value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getObjective_DueDate()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Objective#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"NOT_STARTED"</code>.
	 * The literals are from the enumeration {@link org.kamworkbench.kam.ObjectiveStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.kamworkbench.kam.ObjectiveStatus
	 * @see #setStatus(ObjectiveStatus)
	 * @see org.kamworkbench.kam.KamPackage#getObjective_Status()
	 * @model default="NOT_STARTED"
	 * @generated
	 */
	ObjectiveStatus getStatus();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Objective#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.kamworkbench.kam.ObjectiveStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ObjectiveStatus value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Person)
	 * @see org.kamworkbench.kam.KamPackage#getObjective_Owner()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getOwner();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Objective#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Person value);

} // Objective
