/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A unit of our own organisation (country organisation, business unit, department).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.OrganisationUnit#getCountry <em>Country</em>}</li>
 *   <li>{@link org.kamworkbench.kam.OrganisationUnit#getBusinessUnit <em>Business Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.OrganisationUnit#getManager <em>Manager</em>}</li>
 *   <li>{@link org.kamworkbench.kam.OrganisationUnit#getSubunits <em>Subunits</em>}</li>
 *   <li>{@link org.kamworkbench.kam.OrganisationUnit#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getOrganisationUnit()
 * @model
 * @generated
 */
public interface OrganisationUnit extends NamedElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.kamworkbench.kam.KamPackage#getOrganisationUnit_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.OrganisationUnit#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Business Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Business Unit</em>' attribute.
	 * @see #setBusinessUnit(String)
	 * @see org.kamworkbench.kam.KamPackage#getOrganisationUnit_BusinessUnit()
	 * @model
	 * @generated
	 */
	String getBusinessUnit();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.OrganisationUnit#getBusinessUnit <em>Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business Unit</em>' attribute.
	 * @see #getBusinessUnit()
	 * @generated
	 */
	void setBusinessUnit(String value);

	/**
	 * Returns the value of the '<em><b>Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manager</em>' reference.
	 * @see #setManager(Person)
	 * @see org.kamworkbench.kam.KamPackage#getOrganisationUnit_Manager()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getManager();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.OrganisationUnit#getManager <em>Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manager</em>' reference.
	 * @see #getManager()
	 * @generated
	 */
	void setManager(Person value);

	/**
	 * Returns the value of the '<em><b>Subunits</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.OrganisationUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subunits</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getOrganisationUnit_Subunits()
	 * @model containment="true"
	 * @generated
	 */
	EList<OrganisationUnit> getSubunits();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.KnowledgeNote}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getOrganisationUnit_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<KnowledgeNote> getNotes();

} // OrganisationUnit
