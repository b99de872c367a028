/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Offering</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A product, service or solution our organisation offers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.Offering#getUnit <em>Unit</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getOffering()
 * @model
 * @generated
 */
public interface Offering extends NamedElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of ours responsible for the offering.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(OrganisationUnit)
	 * @see org.kamworkbench.kam.KamPackage#getOffering_Unit()
	 * @model resolveProxies="false"
	 * @generated
	 */
	OrganisationUnit getUnit();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Offering#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(OrganisationUnit value);

} // Offering
