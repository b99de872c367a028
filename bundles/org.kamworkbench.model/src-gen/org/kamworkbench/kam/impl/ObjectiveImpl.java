/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Objective;
import org.kamworkbench.kam.ObjectiveStatus;
import org.kamworkbench.kam.Person;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Objective</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.ObjectiveImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ObjectiveImpl#getMetricUnit <em>Metric Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ObjectiveImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ObjectiveImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ObjectiveImpl#getActual <em>Actual</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ObjectiveImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ObjectiveImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ObjectiveImpl#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ObjectiveImpl extends NamedElementImpl implements Objective {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The default value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected static final String METRIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected String metric = METRIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getMetricUnit() <em>Metric Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetricUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String METRIC_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetricUnit() <em>Metric Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetricUnit()
	 * @generated
	 * @ordered
	 */
	protected String metricUnit = METRIC_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final double BASELINE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected double baseline = BASELINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final double TARGET_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected double target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getActual() <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActual()
	 * @generated
	 * @ordered
	 */
	protected static final double ACTUAL_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getActual() <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActual()
	 * @generated
	 * @ordered
	 */
	protected double actual = ACTUAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ObjectiveStatus STATUS_EDEFAULT = ObjectiveStatus.NOT_STARTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ObjectiveStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Person owner;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ObjectiveImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.OBJECTIVE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMetric() {
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetric(String newMetric) {
		String oldMetric = metric;
		metric = newMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.OBJECTIVE__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMetricUnit() {
		return metricUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetricUnit(String newMetricUnit) {
		String oldMetricUnit = metricUnit;
		metricUnit = newMetricUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.OBJECTIVE__METRIC_UNIT, oldMetricUnit, metricUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(double newBaseline) {
		double oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.OBJECTIVE__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(double newTarget) {
		double oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.OBJECTIVE__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getActual() {
		return actual;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActual(double newActual) {
		double oldActual = actual;
		actual = newActual;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.OBJECTIVE__ACTUAL, oldActual, actual));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.OBJECTIVE__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectiveStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ObjectiveStatus newStatus) {
		ObjectiveStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.OBJECTIVE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Person newOwner) {
		Person oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.OBJECTIVE__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KamPackage.OBJECTIVE__METRIC:
				return getMetric();
			case KamPackage.OBJECTIVE__METRIC_UNIT:
				return getMetricUnit();
			case KamPackage.OBJECTIVE__BASELINE:
				return getBaseline();
			case KamPackage.OBJECTIVE__TARGET:
				return getTarget();
			case KamPackage.OBJECTIVE__ACTUAL:
				return getActual();
			case KamPackage.OBJECTIVE__DUE_DATE:
				return getDueDate();
			case KamPackage.OBJECTIVE__STATUS:
				return getStatus();
			case KamPackage.OBJECTIVE__OWNER:
				return getOwner();
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
			case KamPackage.OBJECTIVE__METRIC:
				setMetric((String)newValue);
				return;
			case KamPackage.OBJECTIVE__METRIC_UNIT:
				setMetricUnit((String)newValue);
				return;
			case KamPackage.OBJECTIVE__BASELINE:
				setBaseline((Double)newValue);
				return;
			case KamPackage.OBJECTIVE__TARGET:
				setTarget((Double)newValue);
				return;
			case KamPackage.OBJECTIVE__ACTUAL:
				setActual((Double)newValue);
				return;
			case KamPackage.OBJECTIVE__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case KamPackage.OBJECTIVE__STATUS:
				setStatus((ObjectiveStatus)newValue);
				return;
			case KamPackage.OBJECTIVE__OWNER:
				setOwner((Person)newValue);
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
			case KamPackage.OBJECTIVE__METRIC:
				setMetric(METRIC_EDEFAULT);
				return;
			case KamPackage.OBJECTIVE__METRIC_UNIT:
				setMetricUnit(METRIC_UNIT_EDEFAULT);
				return;
			case KamPackage.OBJECTIVE__BASELINE:
				setBaseline(BASELINE_EDEFAULT);
				return;
			case KamPackage.OBJECTIVE__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case KamPackage.OBJECTIVE__ACTUAL:
				setActual(ACTUAL_EDEFAULT);
				return;
			case KamPackage.OBJECTIVE__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case KamPackage.OBJECTIVE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case KamPackage.OBJECTIVE__OWNER:
				setOwner((Person)null);
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
			case KamPackage.OBJECTIVE__METRIC:
				return METRIC_EDEFAULT == null ? metric != null : !METRIC_EDEFAULT.equals(metric);
			case KamPackage.OBJECTIVE__METRIC_UNIT:
				return METRIC_UNIT_EDEFAULT == null ? metricUnit != null : !METRIC_UNIT_EDEFAULT.equals(metricUnit);
			case KamPackage.OBJECTIVE__BASELINE:
				return baseline != BASELINE_EDEFAULT;
			case KamPackage.OBJECTIVE__TARGET:
				return target != TARGET_EDEFAULT;
			case KamPackage.OBJECTIVE__ACTUAL:
				return actual != ACTUAL_EDEFAULT;
			case KamPackage.OBJECTIVE__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case KamPackage.OBJECTIVE__STATUS:
				return status != STATUS_EDEFAULT;
			case KamPackage.OBJECTIVE__OWNER:
				return owner != null;
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
		result.append(" (metric: ");
		result.append(metric);
		result.append(", metricUnit: ");
		result.append(metricUnit);
		result.append(", baseline: ");
		result.append(baseline);
		result.append(", target: ");
		result.append(target);
		result.append(", actual: ");
		result.append(actual);
		result.append(", dueDate: ");
		result.append(dueDate);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //ObjectiveImpl
