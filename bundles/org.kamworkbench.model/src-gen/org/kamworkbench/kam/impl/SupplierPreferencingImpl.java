/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.SupplierPreferencing;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Supplier Preferencing</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.SupplierPreferencingImpl#getValueToUs <em>Value To Us</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.SupplierPreferencingImpl#getAttractivenessToUs <em>Attractiveness To Us</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.SupplierPreferencingImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.SupplierPreferencingImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.SupplierPreferencingImpl#getAssessedBy <em>Assessed By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SupplierPreferencingImpl extends IdentifiedImpl implements SupplierPreferencing {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The default value of the '{@link #getValueToUs() <em>Value To Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueToUs()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_TO_US_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValueToUs() <em>Value To Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueToUs()
	 * @generated
	 * @ordered
	 */
	protected double valueToUs = VALUE_TO_US_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttractivenessToUs() <em>Attractiveness To Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttractivenessToUs()
	 * @generated
	 * @ordered
	 */
	protected static final double ATTRACTIVENESS_TO_US_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAttractivenessToUs() <em>Attractiveness To Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttractivenessToUs()
	 * @generated
	 * @ordered
	 */
	protected double attractivenessToUs = ATTRACTIVENESS_TO_US_EDEFAULT;

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
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAssessedBy() <em>Assessed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessedBy()
	 * @generated
	 * @ordered
	 */
	protected Person assessedBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SupplierPreferencingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.SUPPLIER_PREFERENCING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValueToUs() {
		return valueToUs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValueToUs(double newValueToUs) {
		double oldValueToUs = valueToUs;
		valueToUs = newValueToUs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.SUPPLIER_PREFERENCING__VALUE_TO_US, oldValueToUs, valueToUs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAttractivenessToUs() {
		return attractivenessToUs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttractivenessToUs(double newAttractivenessToUs) {
		double oldAttractivenessToUs = attractivenessToUs;
		attractivenessToUs = newAttractivenessToUs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.SUPPLIER_PREFERENCING__ATTRACTIVENESS_TO_US, oldAttractivenessToUs, attractivenessToUs));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.SUPPLIER_PREFERENCING__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.SUPPLIER_PREFERENCING__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getAssessedBy() {
		return assessedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessedBy(Person newAssessedBy) {
		Person oldAssessedBy = assessedBy;
		assessedBy = newAssessedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.SUPPLIER_PREFERENCING__ASSESSED_BY, oldAssessedBy, assessedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KamPackage.SUPPLIER_PREFERENCING__VALUE_TO_US:
				return getValueToUs();
			case KamPackage.SUPPLIER_PREFERENCING__ATTRACTIVENESS_TO_US:
				return getAttractivenessToUs();
			case KamPackage.SUPPLIER_PREFERENCING__RATIONALE:
				return getRationale();
			case KamPackage.SUPPLIER_PREFERENCING__DATE:
				return getDate();
			case KamPackage.SUPPLIER_PREFERENCING__ASSESSED_BY:
				return getAssessedBy();
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
			case KamPackage.SUPPLIER_PREFERENCING__VALUE_TO_US:
				setValueToUs((Double)newValue);
				return;
			case KamPackage.SUPPLIER_PREFERENCING__ATTRACTIVENESS_TO_US:
				setAttractivenessToUs((Double)newValue);
				return;
			case KamPackage.SUPPLIER_PREFERENCING__RATIONALE:
				setRationale((String)newValue);
				return;
			case KamPackage.SUPPLIER_PREFERENCING__DATE:
				setDate((LocalDate)newValue);
				return;
			case KamPackage.SUPPLIER_PREFERENCING__ASSESSED_BY:
				setAssessedBy((Person)newValue);
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
			case KamPackage.SUPPLIER_PREFERENCING__VALUE_TO_US:
				setValueToUs(VALUE_TO_US_EDEFAULT);
				return;
			case KamPackage.SUPPLIER_PREFERENCING__ATTRACTIVENESS_TO_US:
				setAttractivenessToUs(ATTRACTIVENESS_TO_US_EDEFAULT);
				return;
			case KamPackage.SUPPLIER_PREFERENCING__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case KamPackage.SUPPLIER_PREFERENCING__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case KamPackage.SUPPLIER_PREFERENCING__ASSESSED_BY:
				setAssessedBy((Person)null);
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
			case KamPackage.SUPPLIER_PREFERENCING__VALUE_TO_US:
				return valueToUs != VALUE_TO_US_EDEFAULT;
			case KamPackage.SUPPLIER_PREFERENCING__ATTRACTIVENESS_TO_US:
				return attractivenessToUs != ATTRACTIVENESS_TO_US_EDEFAULT;
			case KamPackage.SUPPLIER_PREFERENCING__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case KamPackage.SUPPLIER_PREFERENCING__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case KamPackage.SUPPLIER_PREFERENCING__ASSESSED_BY:
				return assessedBy != null;
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
		result.append(" (valueToUs: ");
		result.append(valueToUs);
		result.append(", attractivenessToUs: ");
		result.append(attractivenessToUs);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(", date: ");
		result.append(date);
		result.append(')');
		return result.toString();
	}

} //SupplierPreferencingImpl
