/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.KnowledgeNote;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.Person;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organisation Unit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.OrganisationUnitImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.OrganisationUnitImpl#getBusinessUnit <em>Business Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.OrganisationUnitImpl#getManager <em>Manager</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.OrganisationUnitImpl#getSubunits <em>Subunits</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.OrganisationUnitImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganisationUnitImpl extends NamedElementImpl implements OrganisationUnit {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getBusinessUnit() <em>Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String BUSINESS_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBusinessUnit() <em>Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected String businessUnit = BUSINESS_UNIT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getManager() <em>Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManager()
	 * @generated
	 * @ordered
	 */
	protected Person manager;

	/**
	 * The cached value of the '{@link #getSubunits() <em>Subunits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubunits()
	 * @generated
	 * @ordered
	 */
	protected EList<OrganisationUnit> subunits;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<KnowledgeNote> notes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganisationUnitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.ORGANISATION_UNIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry() {
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry) {
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ORGANISATION_UNIT__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBusinessUnit() {
		return businessUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBusinessUnit(String newBusinessUnit) {
		String oldBusinessUnit = businessUnit;
		businessUnit = newBusinessUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ORGANISATION_UNIT__BUSINESS_UNIT, oldBusinessUnit, businessUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getManager() {
		return manager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManager(Person newManager) {
		Person oldManager = manager;
		manager = newManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ORGANISATION_UNIT__MANAGER, oldManager, manager));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OrganisationUnit> getSubunits() {
		if (subunits == null) {
			subunits = new EObjectContainmentEList<OrganisationUnit>(OrganisationUnit.class, this, KamPackage.ORGANISATION_UNIT__SUBUNITS);
		}
		return subunits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KnowledgeNote> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<KnowledgeNote>(KnowledgeNote.class, this, KamPackage.ORGANISATION_UNIT__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KamPackage.ORGANISATION_UNIT__SUBUNITS:
				return ((InternalEList<?>)getSubunits()).basicRemove(otherEnd, msgs);
			case KamPackage.ORGANISATION_UNIT__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KamPackage.ORGANISATION_UNIT__COUNTRY:
				return getCountry();
			case KamPackage.ORGANISATION_UNIT__BUSINESS_UNIT:
				return getBusinessUnit();
			case KamPackage.ORGANISATION_UNIT__MANAGER:
				return getManager();
			case KamPackage.ORGANISATION_UNIT__SUBUNITS:
				return getSubunits();
			case KamPackage.ORGANISATION_UNIT__NOTES:
				return getNotes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case KamPackage.ORGANISATION_UNIT__COUNTRY:
				setCountry((String)newValue);
				return;
			case KamPackage.ORGANISATION_UNIT__BUSINESS_UNIT:
				setBusinessUnit((String)newValue);
				return;
			case KamPackage.ORGANISATION_UNIT__MANAGER:
				setManager((Person)newValue);
				return;
			case KamPackage.ORGANISATION_UNIT__SUBUNITS:
				getSubunits().clear();
				getSubunits().addAll((Collection<? extends OrganisationUnit>)newValue);
				return;
			case KamPackage.ORGANISATION_UNIT__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends KnowledgeNote>)newValue);
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
			case KamPackage.ORGANISATION_UNIT__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case KamPackage.ORGANISATION_UNIT__BUSINESS_UNIT:
				setBusinessUnit(BUSINESS_UNIT_EDEFAULT);
				return;
			case KamPackage.ORGANISATION_UNIT__MANAGER:
				setManager((Person)null);
				return;
			case KamPackage.ORGANISATION_UNIT__SUBUNITS:
				getSubunits().clear();
				return;
			case KamPackage.ORGANISATION_UNIT__NOTES:
				getNotes().clear();
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
			case KamPackage.ORGANISATION_UNIT__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case KamPackage.ORGANISATION_UNIT__BUSINESS_UNIT:
				return BUSINESS_UNIT_EDEFAULT == null ? businessUnit != null : !BUSINESS_UNIT_EDEFAULT.equals(businessUnit);
			case KamPackage.ORGANISATION_UNIT__MANAGER:
				return manager != null;
			case KamPackage.ORGANISATION_UNIT__SUBUNITS:
				return subunits != null && !subunits.isEmpty();
			case KamPackage.ORGANISATION_UNIT__NOTES:
				return notes != null && !notes.isEmpty();
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
		result.append(" (country: ");
		result.append(country);
		result.append(", businessUnit: ");
		result.append(businessUnit);
		result.append(')');
		return result.toString();
	}

} //OrganisationUnitImpl
