/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.KamPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Criteria Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.CriteriaSetImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.CriteriaSetImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.CriteriaSetImpl#getSupersedes <em>Supersedes</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.CriteriaSetImpl#getCriteria <em>Criteria</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CriteriaSetImpl extends NamedElementImpl implements CriteriaSet {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VALID_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate validFrom = VALID_FROM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSupersedes() <em>Supersedes</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupersedes()
	 * @generated
	 * @ordered
	 */
	protected CriteriaSet supersedes;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<Criterion> criteria;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CriteriaSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.CRITERIA_SET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CRITERIA_SET__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getValidFrom() {
		return validFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidFrom(LocalDate newValidFrom) {
		LocalDate oldValidFrom = validFrom;
		validFrom = newValidFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CRITERIA_SET__VALID_FROM, oldValidFrom, validFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriteriaSet getSupersedes() {
		return supersedes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupersedes(CriteriaSet newSupersedes) {
		CriteriaSet oldSupersedes = supersedes;
		supersedes = newSupersedes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CRITERIA_SET__SUPERSEDES, oldSupersedes, supersedes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Criterion> getCriteria() {
		if (criteria == null) {
			criteria = new EObjectContainmentEList<Criterion>(Criterion.class, this, KamPackage.CRITERIA_SET__CRITERIA);
		}
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KamPackage.CRITERIA_SET__CRITERIA:
				return ((InternalEList<?>)getCriteria()).basicRemove(otherEnd, msgs);
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
			case KamPackage.CRITERIA_SET__VERSION:
				return getVersion();
			case KamPackage.CRITERIA_SET__VALID_FROM:
				return getValidFrom();
			case KamPackage.CRITERIA_SET__SUPERSEDES:
				return getSupersedes();
			case KamPackage.CRITERIA_SET__CRITERIA:
				return getCriteria();
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
			case KamPackage.CRITERIA_SET__VERSION:
				setVersion((Integer)newValue);
				return;
			case KamPackage.CRITERIA_SET__VALID_FROM:
				setValidFrom((LocalDate)newValue);
				return;
			case KamPackage.CRITERIA_SET__SUPERSEDES:
				setSupersedes((CriteriaSet)newValue);
				return;
			case KamPackage.CRITERIA_SET__CRITERIA:
				getCriteria().clear();
				getCriteria().addAll((Collection<? extends Criterion>)newValue);
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
			case KamPackage.CRITERIA_SET__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case KamPackage.CRITERIA_SET__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case KamPackage.CRITERIA_SET__SUPERSEDES:
				setSupersedes((CriteriaSet)null);
				return;
			case KamPackage.CRITERIA_SET__CRITERIA:
				getCriteria().clear();
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
			case KamPackage.CRITERIA_SET__VERSION:
				return version != VERSION_EDEFAULT;
			case KamPackage.CRITERIA_SET__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case KamPackage.CRITERIA_SET__SUPERSEDES:
				return supersedes != null;
			case KamPackage.CRITERIA_SET__CRITERIA:
				return criteria != null && !criteria.isEmpty();
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
		result.append(" (version: ");
		result.append(version);
		result.append(", validFrom: ");
		result.append(validFrom);
		result.append(')');
		return result.toString();
	}

} //CriteriaSetImpl
