/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Competitor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A competing supplier, shared across accounts.
 * <!-- end-model-doc -->
 *
 *
 * @see org.kamworkbench.kam.KamPackage#getCompetitor()
 * @model
 * @generated
 */
public interface Competitor extends NamedElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

} // Competitor
