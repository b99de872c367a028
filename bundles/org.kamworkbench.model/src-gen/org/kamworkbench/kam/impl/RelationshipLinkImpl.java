/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.RelationshipLink;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Relationship Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.RelationshipLinkImpl#getOurPerson <em>Our Person</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.RelationshipLinkImpl#getContact <em>Contact</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.RelationshipLinkImpl#getMeetingsPerYear <em>Meetings Per Year</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.RelationshipLinkImpl#getStrength <em>Strength</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.RelationshipLinkImpl#getLastMet <em>Last Met</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.RelationshipLinkImpl#getComment <em>Comment</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.RelationshipLinkImpl#getLastUpdated <em>Last Updated</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RelationshipLinkImpl extends IdentifiedImpl implements RelationshipLink {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The cached value of the '{@link #getOurPerson() <em>Our Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOurPerson()
	 * @generated
	 * @ordered
	 */
	protected Person ourPerson;

	/**
	 * The cached value of the '{@link #getContact() <em>Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected Contact contact;

	/**
	 * The default value of the '{@link #getMeetingsPerYear() <em>Meetings Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingsPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final int MEETINGS_PER_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMeetingsPerYear() <em>Meetings Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingsPerYear()
	 * @generated
	 * @ordered
	 */
	protected int meetingsPerYear = MEETINGS_PER_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getStrength() <em>Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrength()
	 * @generated
	 * @ordered
	 */
	protected static final int STRENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStrength() <em>Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrength()
	 * @generated
	 * @ordered
	 */
	protected int strength = STRENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastMet() <em>Last Met</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastMet()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LAST_MET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastMet() <em>Last Met</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastMet()
	 * @generated
	 * @ordered
	 */
	protected LocalDate lastMet = LAST_MET_EDEFAULT;

	/**
	 * The default value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected String comment = COMMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastUpdated() <em>Last Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastUpdated()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LAST_UPDATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastUpdated() <em>Last Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastUpdated()
	 * @generated
	 * @ordered
	 */
	protected LocalDate lastUpdated = LAST_UPDATED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RelationshipLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.RELATIONSHIP_LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getOurPerson() {
		return ourPerson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOurPerson(Person newOurPerson) {
		Person oldOurPerson = ourPerson;
		ourPerson = newOurPerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.RELATIONSHIP_LINK__OUR_PERSON, oldOurPerson, ourPerson));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact getContact() {
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContact(Contact newContact) {
		Contact oldContact = contact;
		contact = newContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.RELATIONSHIP_LINK__CONTACT, oldContact, contact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMeetingsPerYear() {
		return meetingsPerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeetingsPerYear(int newMeetingsPerYear) {
		int oldMeetingsPerYear = meetingsPerYear;
		meetingsPerYear = newMeetingsPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.RELATIONSHIP_LINK__MEETINGS_PER_YEAR, oldMeetingsPerYear, meetingsPerYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStrength() {
		return strength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrength(int newStrength) {
		int oldStrength = strength;
		strength = newStrength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.RELATIONSHIP_LINK__STRENGTH, oldStrength, strength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getLastMet() {
		return lastMet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastMet(LocalDate newLastMet) {
		LocalDate oldLastMet = lastMet;
		lastMet = newLastMet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.RELATIONSHIP_LINK__LAST_MET, oldLastMet, lastMet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComment() {
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(String newComment) {
		String oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.RELATIONSHIP_LINK__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getLastUpdated() {
		return lastUpdated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastUpdated(LocalDate newLastUpdated) {
		LocalDate oldLastUpdated = lastUpdated;
		lastUpdated = newLastUpdated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.RELATIONSHIP_LINK__LAST_UPDATED, oldLastUpdated, lastUpdated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KamPackage.RELATIONSHIP_LINK__OUR_PERSON:
				return getOurPerson();
			case KamPackage.RELATIONSHIP_LINK__CONTACT:
				return getContact();
			case KamPackage.RELATIONSHIP_LINK__MEETINGS_PER_YEAR:
				return getMeetingsPerYear();
			case KamPackage.RELATIONSHIP_LINK__STRENGTH:
				return getStrength();
			case KamPackage.RELATIONSHIP_LINK__LAST_MET:
				return getLastMet();
			case KamPackage.RELATIONSHIP_LINK__COMMENT:
				return getComment();
			case KamPackage.RELATIONSHIP_LINK__LAST_UPDATED:
				return getLastUpdated();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case KamPackage.RELATIONSHIP_LINK__OUR_PERSON:
				setOurPerson((Person)newValue);
				return;
			case KamPackage.RELATIONSHIP_LINK__CONTACT:
				setContact((Contact)newValue);
				return;
			case KamPackage.RELATIONSHIP_LINK__MEETINGS_PER_YEAR:
				setMeetingsPerYear((Integer)newValue);
				return;
			case KamPackage.RELATIONSHIP_LINK__STRENGTH:
				setStrength((Integer)newValue);
				return;
			case KamPackage.RELATIONSHIP_LINK__LAST_MET:
				setLastMet((LocalDate)newValue);
				return;
			case KamPackage.RELATIONSHIP_LINK__COMMENT:
				setComment((String)newValue);
				return;
			case KamPackage.RELATIONSHIP_LINK__LAST_UPDATED:
				setLastUpdated((LocalDate)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case KamPackage.RELATIONSHIP_LINK__OUR_PERSON:
				setOurPerson((Person)null);
				return;
			case KamPackage.RELATIONSHIP_LINK__CONTACT:
				setContact((Contact)null);
				return;
			case KamPackage.RELATIONSHIP_LINK__MEETINGS_PER_YEAR:
				setMeetingsPerYear(MEETINGS_PER_YEAR_EDEFAULT);
				return;
			case KamPackage.RELATIONSHIP_LINK__STRENGTH:
				setStrength(STRENGTH_EDEFAULT);
				return;
			case KamPackage.RELATIONSHIP_LINK__LAST_MET:
				setLastMet(LAST_MET_EDEFAULT);
				return;
			case KamPackage.RELATIONSHIP_LINK__COMMENT:
				setComment(COMMENT_EDEFAULT);
				return;
			case KamPackage.RELATIONSHIP_LINK__LAST_UPDATED:
				setLastUpdated(LAST_UPDATED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case KamPackage.RELATIONSHIP_LINK__OUR_PERSON:
				return ourPerson != null;
			case KamPackage.RELATIONSHIP_LINK__CONTACT:
				return contact != null;
			case KamPackage.RELATIONSHIP_LINK__MEETINGS_PER_YEAR:
				return meetingsPerYear != MEETINGS_PER_YEAR_EDEFAULT;
			case KamPackage.RELATIONSHIP_LINK__STRENGTH:
				return strength != STRENGTH_EDEFAULT;
			case KamPackage.RELATIONSHIP_LINK__LAST_MET:
				return LAST_MET_EDEFAULT == null ? lastMet != null : !LAST_MET_EDEFAULT.equals(lastMet);
			case KamPackage.RELATIONSHIP_LINK__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
			case KamPackage.RELATIONSHIP_LINK__LAST_UPDATED:
				return LAST_UPDATED_EDEFAULT == null ? lastUpdated != null : !LAST_UPDATED_EDEFAULT.equals(lastUpdated);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (meetingsPerYear: ");
		result.append(meetingsPerYear);
		result.append(", strength: ");
		result.append(strength);
		result.append(", lastMet: ");
		result.append(lastMet);
		result.append(", comment: ");
		result.append(comment);
		result.append(", lastUpdated: ");
		result.append(lastUpdated);
		result.append(')');
		return result.toString();
	}

} //RelationshipLinkImpl
