/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person of our own organisation: account team member, sponsor, relationship owner, scorer or author.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.Person#getJobTitle <em>Job Title</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Person#getDiscipline <em>Discipline</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Person#getCountry <em>Country</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Person#getEmail <em>Email</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Person#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Person#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Person#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Person#getManager <em>Manager</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends NamedElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Job Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Job Title</em>' attribute.
	 * @see #setJobTitle(String)
	 * @see org.kamworkbench.kam.KamPackage#getPerson_JobTitle()
	 * @model
	 * @generated
	 */
	String getJobTitle();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Person#getJobTitle <em>Job Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Job Title</em>' attribute.
	 * @see #getJobTitle()
	 * @generated
	 */
	void setJobTitle(String value);

	/**
	 * Returns the value of the '<em><b>Discipline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Function or discipline, e.g. sales, service, logistics, finance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discipline</em>' attribute.
	 * @see #setDiscipline(String)
	 * @see org.kamworkbench.kam.KamPackage#getPerson_Discipline()
	 * @model
	 * @generated
	 */
	String getDiscipline();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Person#getDiscipline <em>Discipline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discipline</em>' attribute.
	 * @see #getDiscipline()
	 * @generated
	 */
	void setDiscipline(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.kamworkbench.kam.KamPackage#getPerson_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Person#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.kamworkbench.kam.KamPackage#getPerson_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Person#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see org.kamworkbench.kam.KamPackage#getPerson_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Person#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Languages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Languages the person speaks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Languages</em>' attribute list.
	 * @see org.kamworkbench.kam.KamPackage#getPerson_Languages()
	 * @model
	 * @generated
	 */
	EList<String> getLanguages();

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of our organisation the person belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(OrganisationUnit)
	 * @see org.kamworkbench.kam.KamPackage#getPerson_Unit()
	 * @model resolveProxies="false"
	 * @generated
	 */
	OrganisationUnit getUnit();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Person#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(OrganisationUnit value);

	/**
	 * Returns the value of the '<em><b>Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Line manager of the person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Manager</em>' reference.
	 * @see #setManager(Person)
	 * @see org.kamworkbench.kam.KamPackage#getPerson_Manager()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getManager();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Person#getManager <em>Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manager</em>' reference.
	 * @see #getManager()
	 * @generated
	 */
	void setManager(Person value);

} // Person
