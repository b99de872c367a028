/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relationship Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Who meets whom: a working relationship between one of our people and one of the customer's contacts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.RelationshipLink#getOurPerson <em>Our Person</em>}</li>
 *   <li>{@link org.kamworkbench.kam.RelationshipLink#getContact <em>Contact</em>}</li>
 *   <li>{@link org.kamworkbench.kam.RelationshipLink#getMeetingsPerYear <em>Meetings Per Year</em>}</li>
 *   <li>{@link org.kamworkbench.kam.RelationshipLink#getStrength <em>Strength</em>}</li>
 *   <li>{@link org.kamworkbench.kam.RelationshipLink#getLastMet <em>Last Met</em>}</li>
 *   <li>{@link org.kamworkbench.kam.RelationshipLink#getComment <em>Comment</em>}</li>
 *   <li>{@link org.kamworkbench.kam.RelationshipLink#getLastUpdated <em>Last Updated</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getRelationshipLink()
 * @model
 * @generated
 */
public interface RelationshipLink extends Identified {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Our Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Our Person</em>' reference.
	 * @see #setOurPerson(Person)
	 * @see org.kamworkbench.kam.KamPackage#getRelationshipLink_OurPerson()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	Person getOurPerson();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.RelationshipLink#getOurPerson <em>Our Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Our Person</em>' reference.
	 * @see #getOurPerson()
	 * @generated
	 */
	void setOurPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact</em>' reference.
	 * @see #setContact(Contact)
	 * @see org.kamworkbench.kam.KamPackage#getRelationshipLink_Contact()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	Contact getContact();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.RelationshipLink#getContact <em>Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' reference.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(Contact value);

	/**
	 * Returns the value of the '<em><b>Meetings Per Year</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Approximate number of meetings per year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Meetings Per Year</em>' attribute.
	 * @see #setMeetingsPerYear(int)
	 * @see org.kamworkbench.kam.KamPackage#getRelationshipLink_MeetingsPerYear()
	 * @model default="0"
	 * @generated
	 */
	int getMeetingsPerYear();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.RelationshipLink#getMeetingsPerYear <em>Meetings Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meetings Per Year</em>' attribute.
	 * @see #getMeetingsPerYear()
	 * @generated
	 */
	void setMeetingsPerYear(int value);

	/**
	 * Returns the value of the '<em><b>Strength</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Strength of the relationship, 1 (weak) to 5 (strong); 0 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strength</em>' attribute.
	 * @see #setStrength(int)
	 * @see org.kamworkbench.kam.KamPackage#getRelationshipLink_Strength()
	 * @model default="0"
	 * @generated
	 */
	int getStrength();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.RelationshipLink#getStrength <em>Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strength</em>' attribute.
	 * @see #getStrength()
	 * @generated
	 */
	void setStrength(int value);

	/**
	 * Returns the value of the '<em><b>Last Met</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Met</em>' attribute.
	 * @see #setLastMet(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getRelationshipLink_LastMet()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getLastMet();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.RelationshipLink#getLastMet <em>Last Met</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Met</em>' attribute.
	 * @see #getLastMet()
	 * @generated
	 */
	void setLastMet(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.kamworkbench.kam.KamPackage#getRelationshipLink_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.RelationshipLink#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

	/**
	 * Returns the value of the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Updated</em>' attribute.
	 * @see #setLastUpdated(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getRelationshipLink_LastUpdated()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getLastUpdated();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.RelationshipLink#getLastUpdated <em>Last Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Updated</em>' attribute.
	 * @see #getLastUpdated()
	 * @generated
	 */
	void setLastUpdated(LocalDate value);

} // RelationshipLink
