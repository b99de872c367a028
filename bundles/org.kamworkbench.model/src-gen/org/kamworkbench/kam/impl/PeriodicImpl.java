/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Periodic;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Periodic</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.PeriodicImpl#getPeriodLabel <em>Period Label</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PeriodicImpl#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PeriodicImpl#getPeriodEnd <em>Period End</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class PeriodicImpl extends IdentifiedImpl implements Periodic {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The default value of the '{@link #getPeriodLabel() <em>Period Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodLabel() <em>Period Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodLabel()
	 * @generated
	 * @ordered
	 */
	protected String periodLabel = PERIOD_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodStart = PERIOD_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodEnd = PERIOD_END_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PeriodicImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.PERIODIC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriodLabel() {
		return periodLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodLabel(String newPeriodLabel) {
		String oldPeriodLabel = periodLabel;
		periodLabel = newPeriodLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PERIODIC__PERIOD_LABEL, oldPeriodLabel, periodLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodStart() {
		return periodStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodStart(LocalDate newPeriodStart) {
		LocalDate oldPeriodStart = periodStart;
		periodStart = newPeriodStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PERIODIC__PERIOD_START, oldPeriodStart, periodStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodEnd(LocalDate newPeriodEnd) {
		LocalDate oldPeriodEnd = periodEnd;
		periodEnd = newPeriodEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PERIODIC__PERIOD_END, oldPeriodEnd, periodEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KamPackage.PERIODIC__PERIOD_LABEL:
				return getPeriodLabel();
			case KamPackage.PERIODIC__PERIOD_START:
				return getPeriodStart();
			case KamPackage.PERIODIC__PERIOD_END:
				return getPeriodEnd();
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
			case KamPackage.PERIODIC__PERIOD_LABEL:
				setPeriodLabel((String)newValue);
				return;
			case KamPackage.PERIODIC__PERIOD_START:
				setPeriodStart((LocalDate)newValue);
				return;
			case KamPackage.PERIODIC__PERIOD_END:
				setPeriodEnd((LocalDate)newValue);
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
			case KamPackage.PERIODIC__PERIOD_LABEL:
				setPeriodLabel(PERIOD_LABEL_EDEFAULT);
				return;
			case KamPackage.PERIODIC__PERIOD_START:
				setPeriodStart(PERIOD_START_EDEFAULT);
				return;
			case KamPackage.PERIODIC__PERIOD_END:
				setPeriodEnd(PERIOD_END_EDEFAULT);
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
			case KamPackage.PERIODIC__PERIOD_LABEL:
				return PERIOD_LABEL_EDEFAULT == null ? periodLabel != null : !PERIOD_LABEL_EDEFAULT.equals(periodLabel);
			case KamPackage.PERIODIC__PERIOD_START:
				return PERIOD_START_EDEFAULT == null ? periodStart != null : !PERIOD_START_EDEFAULT.equals(periodStart);
			case KamPackage.PERIODIC__PERIOD_END:
				return PERIOD_END_EDEFAULT == null ? periodEnd != null : !PERIOD_END_EDEFAULT.equals(periodEnd);
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
		result.append(" (periodLabel: ");
		result.append(periodLabel);
		result.append(", periodStart: ");
		result.append(periodStart);
		result.append(", periodEnd: ");
		result.append(periodEnd);
		result.append(')');
		return result.toString();
	}

} //PeriodicImpl
