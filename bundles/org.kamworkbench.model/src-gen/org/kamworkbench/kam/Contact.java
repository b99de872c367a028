/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person at the customer, with their place in the buying centre.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.Contact#getJobTitle <em>Job Title</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Contact#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Contact#getEmail <em>Email</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Contact#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Contact#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Contact#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Contact#getBuyingRole <em>Buying Role</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Contact#getInfluence <em>Influence</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Contact#getAttitude <em>Attitude</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Contact#getReportsTo <em>Reports To</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Contact#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Contact#getLastContactDate <em>Last Contact Date</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Contact#getLastUpdated <em>Last Updated</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Contact#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getContact()
 * @model
 * @generated
 */
public interface Contact extends NamedElement {
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
	 * @see org.kamworkbench.kam.KamPackage#getContact_JobTitle()
	 * @model
	 * @generated
	 */
	String getJobTitle();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Contact#getJobTitle <em>Job Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Job Title</em>' attribute.
	 * @see #getJobTitle()
	 * @generated
	 */
	void setJobTitle(String value);

	/**
	 * Returns the value of the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Department</em>' attribute.
	 * @see #setDepartment(String)
	 * @see org.kamworkbench.kam.KamPackage#getContact_Department()
	 * @model
	 * @generated
	 */
	String getDepartment();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Contact#getDepartment <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' attribute.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(String value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.kamworkbench.kam.KamPackage#getContact_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Contact#getEmail <em>Email</em>}' attribute.
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
	 * @see org.kamworkbench.kam.KamPackage#getContact_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Contact#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.kamworkbench.kam.KamPackage#getContact_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Contact#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer unit the contact works in; empty for the group level.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(AccountUnit)
	 * @see org.kamworkbench.kam.KamPackage#getContact_Unit()
	 * @model resolveProxies="false"
	 * @generated
	 */
	AccountUnit getUnit();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Contact#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(AccountUnit value);

	/**
	 * Returns the value of the '<em><b>Buying Role</b></em>' attribute.
	 * The default value is <code>"UNKNOWN"</code>.
	 * The literals are from the enumeration {@link org.kamworkbench.kam.BuyingRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Main role in the buying centre.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Buying Role</em>' attribute.
	 * @see org.kamworkbench.kam.BuyingRole
	 * @see #setBuyingRole(BuyingRole)
	 * @see org.kamworkbench.kam.KamPackage#getContact_BuyingRole()
	 * @model default="UNKNOWN"
	 * @generated
	 */
	BuyingRole getBuyingRole();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Contact#getBuyingRole <em>Buying Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Buying Role</em>' attribute.
	 * @see org.kamworkbench.kam.BuyingRole
	 * @see #getBuyingRole()
	 * @generated
	 */
	void setBuyingRole(BuyingRole value);

	/**
	 * Returns the value of the '<em><b>Influence</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Influence on the buying decision, 1 (little) to 5 (decisive); 0 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Influence</em>' attribute.
	 * @see #setInfluence(int)
	 * @see org.kamworkbench.kam.KamPackage#getContact_Influence()
	 * @model default="0"
	 * @generated
	 */
	int getInfluence();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Contact#getInfluence <em>Influence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Influence</em>' attribute.
	 * @see #getInfluence()
	 * @generated
	 */
	void setInfluence(int value);

	/**
	 * Returns the value of the '<em><b>Attitude</b></em>' attribute.
	 * The default value is <code>"UNKNOWN"</code>.
	 * The literals are from the enumeration {@link org.kamworkbench.kam.Attitude}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Attitude toward us.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attitude</em>' attribute.
	 * @see org.kamworkbench.kam.Attitude
	 * @see #setAttitude(Attitude)
	 * @see org.kamworkbench.kam.KamPackage#getContact_Attitude()
	 * @model default="UNKNOWN"
	 * @generated
	 */
	Attitude getAttitude();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Contact#getAttitude <em>Attitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attitude</em>' attribute.
	 * @see org.kamworkbench.kam.Attitude
	 * @see #getAttitude()
	 * @generated
	 */
	void setAttitude(Attitude value);

	/**
	 * Returns the value of the '<em><b>Reports To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reports To</em>' reference.
	 * @see #setReportsTo(Contact)
	 * @see org.kamworkbench.kam.KamPackage#getContact_ReportsTo()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Contact getReportsTo();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Contact#getReportsTo <em>Reports To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reports To</em>' reference.
	 * @see #getReportsTo()
	 * @generated
	 */
	void setReportsTo(Contact value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Our person who owns the relationship with this contact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Person)
	 * @see org.kamworkbench.kam.KamPackage#getContact_Owner()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getOwner();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Contact#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Person value);

	/**
	 * Returns the value of the '<em><b>Last Contact Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Contact Date</em>' attribute.
	 * @see #setLastContactDate(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getContact_LastContactDate()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getLastContactDate();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Contact#getLastContactDate <em>Last Contact Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Contact Date</em>' attribute.
	 * @see #getLastContactDate()
	 * @generated
	 */
	void setLastContactDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Updated</em>' attribute.
	 * @see #setLastUpdated(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getContact_LastUpdated()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getLastUpdated();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Contact#getLastUpdated <em>Last Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Updated</em>' attribute.
	 * @see #getLastUpdated()
	 * @generated
	 */
	void setLastUpdated(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.KnowledgeNote}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getContact_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<KnowledgeNote> getNotes();

} // Contact
