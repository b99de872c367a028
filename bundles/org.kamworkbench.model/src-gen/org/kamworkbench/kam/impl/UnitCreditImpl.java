/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.UnitCredit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Unit Credit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.UnitCreditImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.UnitCreditImpl#getSharePercent <em>Share Percent</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.UnitCreditImpl#getRationale <em>Rationale</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UnitCreditImpl extends IdentifiedImpl implements UnitCredit {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected OrganisationUnit unit;

	/**
	 * The default value of the '{@link #getSharePercent() <em>Share Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharePercent()
	 * @generated
	 * @ordered
	 */
	protected static final double SHARE_PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSharePercent() <em>Share Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharePercent()
	 * @generated
	 * @ordered
	 */
	protected double sharePercent = SHARE_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UnitCreditImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.UNIT_CREDIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationUnit getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(OrganisationUnit newUnit) {
		OrganisationUnit oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.UNIT_CREDIT__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSharePercent() {
		return sharePercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSharePercent(double newSharePercent) {
		double oldSharePercent = sharePercent;
		sharePercent = newSharePercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.UNIT_CREDIT__SHARE_PERCENT, oldSharePercent, sharePercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.UNIT_CREDIT__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KamPackage.UNIT_CREDIT__UNIT:
				return getUnit();
			case KamPackage.UNIT_CREDIT__SHARE_PERCENT:
				return getSharePercent();
			case KamPackage.UNIT_CREDIT__RATIONALE:
				return getRationale();
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
			case KamPackage.UNIT_CREDIT__UNIT:
				setUnit((OrganisationUnit)newValue);
				return;
			case KamPackage.UNIT_CREDIT__SHARE_PERCENT:
				setSharePercent((Double)newValue);
				return;
			case KamPackage.UNIT_CREDIT__RATIONALE:
				setRationale((String)newValue);
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
			case KamPackage.UNIT_CREDIT__UNIT:
				setUnit((OrganisationUnit)null);
				return;
			case KamPackage.UNIT_CREDIT__SHARE_PERCENT:
				setSharePercent(SHARE_PERCENT_EDEFAULT);
				return;
			case KamPackage.UNIT_CREDIT__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
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
			case KamPackage.UNIT_CREDIT__UNIT:
				return unit != null;
			case KamPackage.UNIT_CREDIT__SHARE_PERCENT:
				return sharePercent != SHARE_PERCENT_EDEFAULT;
			case KamPackage.UNIT_CREDIT__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
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
		result.append(" (sharePercent: ");
		result.append(sharePercent);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(')');
		return result.toString();
	}

} //UnitCreditImpl
