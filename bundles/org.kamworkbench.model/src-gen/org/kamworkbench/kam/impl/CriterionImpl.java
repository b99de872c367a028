/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.CriterionKind;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.ScaleDirection;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Criterion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.CriterionImpl#getAxis <em>Axis</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.CriterionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.CriterionImpl#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.CriterionImpl#getScaleMin <em>Scale Min</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.CriterionImpl#getScaleMax <em>Scale Max</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.CriterionImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.CriterionImpl#getComputationId <em>Computation Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CriterionImpl extends NamedElementImpl implements Criterion {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The default value of the '{@link #getAxis() <em>Axis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAxis()
	 * @generated
	 * @ordered
	 */
	protected static final Axis AXIS_EDEFAULT = Axis.ATTRACTIVENESS;

	/**
	 * The cached value of the '{@link #getAxis() <em>Axis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAxis()
	 * @generated
	 * @ordered
	 */
	protected Axis axis = AXIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CriterionKind KIND_EDEFAULT = CriterionKind.OWN;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CriterionKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getScaleMin() <em>Scale Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMin()
	 * @generated
	 * @ordered
	 */
	protected static final double SCALE_MIN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getScaleMin() <em>Scale Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMin()
	 * @generated
	 * @ordered
	 */
	protected double scaleMin = SCALE_MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getScaleMax() <em>Scale Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMax()
	 * @generated
	 * @ordered
	 */
	protected static final double SCALE_MAX_EDEFAULT = 10.0;

	/**
	 * The cached value of the '{@link #getScaleMax() <em>Scale Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMax()
	 * @generated
	 * @ordered
	 */
	protected double scaleMax = SCALE_MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final ScaleDirection DIRECTION_EDEFAULT = ScaleDirection.HIGHER_IS_BETTER;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected ScaleDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getComputationId() <em>Computation Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComputationId()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPUTATION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComputationId() <em>Computation Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComputationId()
	 * @generated
	 * @ordered
	 */
	protected String computationId = COMPUTATION_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.CRITERION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Axis getAxis() {
		return axis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAxis(Axis newAxis) {
		Axis oldAxis = axis;
		axis = newAxis == null ? AXIS_EDEFAULT : newAxis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CRITERION__AXIS, oldAxis, axis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriterionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CriterionKind newKind) {
		CriterionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CRITERION__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CRITERION__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getScaleMin() {
		return scaleMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScaleMin(double newScaleMin) {
		double oldScaleMin = scaleMin;
		scaleMin = newScaleMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CRITERION__SCALE_MIN, oldScaleMin, scaleMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getScaleMax() {
		return scaleMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScaleMax(double newScaleMax) {
		double oldScaleMax = scaleMax;
		scaleMax = newScaleMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CRITERION__SCALE_MAX, oldScaleMax, scaleMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(ScaleDirection newDirection) {
		ScaleDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CRITERION__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComputationId() {
		return computationId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComputationId(String newComputationId) {
		String oldComputationId = computationId;
		computationId = newComputationId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CRITERION__COMPUTATION_ID, oldComputationId, computationId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KamPackage.CRITERION__AXIS:
				return getAxis();
			case KamPackage.CRITERION__KIND:
				return getKind();
			case KamPackage.CRITERION__WEIGHT:
				return getWeight();
			case KamPackage.CRITERION__SCALE_MIN:
				return getScaleMin();
			case KamPackage.CRITERION__SCALE_MAX:
				return getScaleMax();
			case KamPackage.CRITERION__DIRECTION:
				return getDirection();
			case KamPackage.CRITERION__COMPUTATION_ID:
				return getComputationId();
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
			case KamPackage.CRITERION__AXIS:
				setAxis((Axis)newValue);
				return;
			case KamPackage.CRITERION__KIND:
				setKind((CriterionKind)newValue);
				return;
			case KamPackage.CRITERION__WEIGHT:
				setWeight((Double)newValue);
				return;
			case KamPackage.CRITERION__SCALE_MIN:
				setScaleMin((Double)newValue);
				return;
			case KamPackage.CRITERION__SCALE_MAX:
				setScaleMax((Double)newValue);
				return;
			case KamPackage.CRITERION__DIRECTION:
				setDirection((ScaleDirection)newValue);
				return;
			case KamPackage.CRITERION__COMPUTATION_ID:
				setComputationId((String)newValue);
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
			case KamPackage.CRITERION__AXIS:
				setAxis(AXIS_EDEFAULT);
				return;
			case KamPackage.CRITERION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case KamPackage.CRITERION__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
				return;
			case KamPackage.CRITERION__SCALE_MIN:
				setScaleMin(SCALE_MIN_EDEFAULT);
				return;
			case KamPackage.CRITERION__SCALE_MAX:
				setScaleMax(SCALE_MAX_EDEFAULT);
				return;
			case KamPackage.CRITERION__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case KamPackage.CRITERION__COMPUTATION_ID:
				setComputationId(COMPUTATION_ID_EDEFAULT);
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
			case KamPackage.CRITERION__AXIS:
				return axis != AXIS_EDEFAULT;
			case KamPackage.CRITERION__KIND:
				return kind != KIND_EDEFAULT;
			case KamPackage.CRITERION__WEIGHT:
				return weight != WEIGHT_EDEFAULT;
			case KamPackage.CRITERION__SCALE_MIN:
				return scaleMin != SCALE_MIN_EDEFAULT;
			case KamPackage.CRITERION__SCALE_MAX:
				return scaleMax != SCALE_MAX_EDEFAULT;
			case KamPackage.CRITERION__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case KamPackage.CRITERION__COMPUTATION_ID:
				return COMPUTATION_ID_EDEFAULT == null ? computationId != null : !COMPUTATION_ID_EDEFAULT.equals(computationId);
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
		result.append(" (axis: ");
		result.append(axis);
		result.append(", kind: ");
		result.append(kind);
		result.append(", weight: ");
		result.append(weight);
		result.append(", scaleMin: ");
		result.append(scaleMin);
		result.append(", scaleMax: ");
		result.append(scaleMax);
		result.append(", direction: ");
		result.append(direction);
		result.append(", computationId: ");
		result.append(computationId);
		result.append(')');
		return result.toString();
	}

} //CriterionImpl
