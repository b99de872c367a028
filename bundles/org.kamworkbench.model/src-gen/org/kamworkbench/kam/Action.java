/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An action of an account plan, with owner, due date, status and cost.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.Action#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Action#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Action#getCompletedDate <em>Completed Date</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Action#getStatus <em>Status</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Action#getCost <em>Cost</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Action#getObjective <em>Objective</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Action#getStrategy <em>Strategy</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getAction()
 * @model
 * @generated
 */
public interface Action extends NamedElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Our person responsible, normally an account team member.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Person)
	 * @see org.kamworkbench.kam.KamPackage#getAction_Owner()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getOwner();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Action#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Person value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getAction_DueDate()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Action#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Completed Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completed Date</em>' attribute.
	 * @see #setCompletedDate(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getAction_CompletedDate()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getCompletedDate();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Action#getCompletedDate <em>Completed Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completed Date</em>' attribute.
	 * @see #getCompletedDate()
	 * @generated
	 */
	void setCompletedDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"OPEN"</code>.
	 * The literals are from the enumeration {@link org.kamworkbench.kam.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.kamworkbench.kam.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see org.kamworkbench.kam.KamPackage#getAction_Status()
	 * @model default="OPEN"
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Action#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.kamworkbench.kam.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cost of the action, in the portfolio currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #setCost(double)
	 * @see org.kamworkbench.kam.KamPackage#getAction_Cost()
	 * @model default="0.0"
	 * @generated
	 */
	double getCost();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Action#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' attribute.
	 * @see #getCost()
	 * @generated
	 */
	void setCost(double value);

	/**
	 * Returns the value of the '<em><b>Objective</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Objective the action contributes to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objective</em>' reference.
	 * @see #setObjective(Objective)
	 * @see org.kamworkbench.kam.KamPackage#getAction_Objective()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Objective getObjective();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Action#getObjective <em>Objective</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objective</em>' reference.
	 * @see #getObjective()
	 * @generated
	 */
	void setObjective(Objective value);

	/**
	 * Returns the value of the '<em><b>Strategy</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategy</em>' reference.
	 * @see #setStrategy(Strategy)
	 * @see org.kamworkbench.kam.KamPackage#getAction_Strategy()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Strategy getStrategy();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Action#getStrategy <em>Strategy</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategy</em>' reference.
	 * @see #getStrategy()
	 * @generated
	 */
	void setStrategy(Strategy value);

} // Action
