/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A strategy of an account plan and the objectives it serves.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.Strategy#getObjectives <em>Objectives</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getStrategy()
 * @model
 * @generated
 */
public interface Strategy extends NamedElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.Objective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives</em>' reference list.
	 * @see org.kamworkbench.kam.KamPackage#getStrategy_Objectives()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Objective> getObjectives();

} // Strategy
