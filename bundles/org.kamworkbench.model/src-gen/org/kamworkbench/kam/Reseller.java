/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reseller</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reseller or partner through which customers buy from us (an installer, a wholesaler); indirect revenue refers to it.
 * <!-- end-model-doc -->
 *
 *
 * @see org.kamworkbench.kam.KamPackage#getReseller()
 * @model
 * @generated
 */
public interface Reseller extends NamedElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

} // Reseller
