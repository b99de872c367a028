/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.KraljicDimension;
import org.kamworkbench.kam.KraljicFactorScore;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kraljic Factor Score</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.KraljicFactorScoreImpl#getDimension <em>Dimension</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.KraljicFactorScoreImpl#getFactor <em>Factor</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.KraljicFactorScoreImpl#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.KraljicFactorScoreImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.KraljicFactorScoreImpl#getRationale <em>Rationale</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KraljicFactorScoreImpl extends IdentifiedImpl implements KraljicFactorScore {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The default value of the '{@link #getDimension() <em>Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimension()
	 * @generated
	 * @ordered
	 */
	protected static final KraljicDimension DIMENSION_EDEFAULT = KraljicDimension.PROFIT_IMPACT;

	/**
	 * The cached value of the '{@link #getDimension() <em>Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimension()
	 * @generated
	 * @ordered
	 */
	protected KraljicDimension dimension = DIMENSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFactor() <em>Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFactor()
	 * @generated
	 * @ordered
	 */
	protected static final String FACTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFactor() <em>Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFactor()
	 * @generated
	 * @ordered
	 */
	protected String factor = FACTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected double weight = WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected double value = VALUE_EDEFAULT;

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
	protected KraljicFactorScoreImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.KRALJIC_FACTOR_SCORE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KraljicDimension getDimension() {
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDimension(KraljicDimension newDimension) {
		KraljicDimension oldDimension = dimension;
		dimension = newDimension == null ? DIMENSION_EDEFAULT : newDimension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.KRALJIC_FACTOR_SCORE__DIMENSION, oldDimension, dimension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFactor() {
		return factor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFactor(String newFactor) {
		String oldFactor = factor;
		factor = newFactor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.KRALJIC_FACTOR_SCORE__FACTOR, oldFactor, factor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeight(double newWeight) {
		double oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.KRALJIC_FACTOR_SCORE__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(double newValue) {
		double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.KRALJIC_FACTOR_SCORE__VALUE, oldValue, value));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.KRALJIC_FACTOR_SCORE__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KamPackage.KRALJIC_FACTOR_SCORE__DIMENSION:
				return getDimension();
			case KamPackage.KRALJIC_FACTOR_SCORE__FACTOR:
				return getFactor();
			case KamPackage.KRALJIC_FACTOR_SCORE__WEIGHT:
				return getWeight();
			case KamPackage.KRALJIC_FACTOR_SCORE__VALUE:
				return getValue();
			case KamPackage.KRALJIC_FACTOR_SCORE__RATIONALE:
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
			case KamPackage.KRALJIC_FACTOR_SCORE__DIMENSION:
				setDimension((KraljicDimension)newValue);
				return;
			case KamPackage.KRALJIC_FACTOR_SCORE__FACTOR:
				setFactor((String)newValue);
				return;
			case KamPackage.KRALJIC_FACTOR_SCORE__WEIGHT:
				setWeight((Double)newValue);
				return;
			case KamPackage.KRALJIC_FACTOR_SCORE__VALUE:
				setValue((Double)newValue);
				return;
			case KamPackage.KRALJIC_FACTOR_SCORE__RATIONALE:
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
			case KamPackage.KRALJIC_FACTOR_SCORE__DIMENSION:
				setDimension(DIMENSION_EDEFAULT);
				return;
			case KamPackage.KRALJIC_FACTOR_SCORE__FACTOR:
				setFactor(FACTOR_EDEFAULT);
				return;
			case KamPackage.KRALJIC_FACTOR_SCORE__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
				return;
			case KamPackage.KRALJIC_FACTOR_SCORE__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case KamPackage.KRALJIC_FACTOR_SCORE__RATIONALE:
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
			case KamPackage.KRALJIC_FACTOR_SCORE__DIMENSION:
				return dimension != DIMENSION_EDEFAULT;
			case KamPackage.KRALJIC_FACTOR_SCORE__FACTOR:
				return FACTOR_EDEFAULT == null ? factor != null : !FACTOR_EDEFAULT.equals(factor);
			case KamPackage.KRALJIC_FACTOR_SCORE__WEIGHT:
				return weight != WEIGHT_EDEFAULT;
			case KamPackage.KRALJIC_FACTOR_SCORE__VALUE:
				return value != VALUE_EDEFAULT;
			case KamPackage.KRALJIC_FACTOR_SCORE__RATIONALE:
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
		result.append(" (dimension: ");
		result.append(dimension);
		result.append(", factor: ");
		result.append(factor);
		result.append(", weight: ");
		result.append(weight);
		result.append(", value: ");
		result.append(value);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(')');
		return result.toString();
	}

} //KraljicFactorScoreImpl
