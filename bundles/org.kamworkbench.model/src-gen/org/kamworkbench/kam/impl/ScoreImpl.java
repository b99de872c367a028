/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.Score;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Score</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.ScoreImpl#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ScoreImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ScoreImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ScoreImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ScoreImpl#getScoredBy <em>Scored By</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ScoreImpl#getScoredByName <em>Scored By Name</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ScoreImpl#getCriteriaVersion <em>Criteria Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoreImpl extends IdentifiedImpl implements Score {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The cached value of the '{@link #getCriterion() <em>Criterion</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriterion()
	 * @generated
	 * @ordered
	 */
	protected Criterion criterion;

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
	 * The cached value of the '{@link #getScoredBy() <em>Scored By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoredBy()
	 * @generated
	 * @ordered
	 */
	protected Person scoredBy;

	/**
	 * The default value of the '{@link #getScoredByName() <em>Scored By Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoredByName()
	 * @generated
	 * @ordered
	 */
	protected static final String SCORED_BY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScoredByName() <em>Scored By Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoredByName()
	 * @generated
	 * @ordered
	 */
	protected String scoredByName = SCORED_BY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCriteriaVersion() <em>Criteria Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteriaVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int CRITERIA_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCriteriaVersion() <em>Criteria Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteriaVersion()
	 * @generated
	 * @ordered
	 */
	protected int criteriaVersion = CRITERIA_VERSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoreImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.SCORE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Criterion getCriterion() {
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriterion(Criterion newCriterion) {
		Criterion oldCriterion = criterion;
		criterion = newCriterion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.SCORE__CRITERION, oldCriterion, criterion));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.SCORE__VALUE, oldValue, value));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.SCORE__RATIONALE, oldRationale, rationale));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.SCORE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getScoredBy() {
		return scoredBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScoredBy(Person newScoredBy) {
		Person oldScoredBy = scoredBy;
		scoredBy = newScoredBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.SCORE__SCORED_BY, oldScoredBy, scoredBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScoredByName() {
		return scoredByName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScoredByName(String newScoredByName) {
		String oldScoredByName = scoredByName;
		scoredByName = newScoredByName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.SCORE__SCORED_BY_NAME, oldScoredByName, scoredByName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCriteriaVersion() {
		return criteriaVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriteriaVersion(int newCriteriaVersion) {
		int oldCriteriaVersion = criteriaVersion;
		criteriaVersion = newCriteriaVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.SCORE__CRITERIA_VERSION, oldCriteriaVersion, criteriaVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KamPackage.SCORE__CRITERION:
				return getCriterion();
			case KamPackage.SCORE__VALUE:
				return getValue();
			case KamPackage.SCORE__RATIONALE:
				return getRationale();
			case KamPackage.SCORE__DATE:
				return getDate();
			case KamPackage.SCORE__SCORED_BY:
				return getScoredBy();
			case KamPackage.SCORE__SCORED_BY_NAME:
				return getScoredByName();
			case KamPackage.SCORE__CRITERIA_VERSION:
				return getCriteriaVersion();
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
			case KamPackage.SCORE__CRITERION:
				setCriterion((Criterion)newValue);
				return;
			case KamPackage.SCORE__VALUE:
				setValue((Double)newValue);
				return;
			case KamPackage.SCORE__RATIONALE:
				setRationale((String)newValue);
				return;
			case KamPackage.SCORE__DATE:
				setDate((LocalDate)newValue);
				return;
			case KamPackage.SCORE__SCORED_BY:
				setScoredBy((Person)newValue);
				return;
			case KamPackage.SCORE__SCORED_BY_NAME:
				setScoredByName((String)newValue);
				return;
			case KamPackage.SCORE__CRITERIA_VERSION:
				setCriteriaVersion((Integer)newValue);
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
			case KamPackage.SCORE__CRITERION:
				setCriterion((Criterion)null);
				return;
			case KamPackage.SCORE__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case KamPackage.SCORE__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case KamPackage.SCORE__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case KamPackage.SCORE__SCORED_BY:
				setScoredBy((Person)null);
				return;
			case KamPackage.SCORE__SCORED_BY_NAME:
				setScoredByName(SCORED_BY_NAME_EDEFAULT);
				return;
			case KamPackage.SCORE__CRITERIA_VERSION:
				setCriteriaVersion(CRITERIA_VERSION_EDEFAULT);
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
			case KamPackage.SCORE__CRITERION:
				return criterion != null;
			case KamPackage.SCORE__VALUE:
				return value != VALUE_EDEFAULT;
			case KamPackage.SCORE__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case KamPackage.SCORE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case KamPackage.SCORE__SCORED_BY:
				return scoredBy != null;
			case KamPackage.SCORE__SCORED_BY_NAME:
				return SCORED_BY_NAME_EDEFAULT == null ? scoredByName != null : !SCORED_BY_NAME_EDEFAULT.equals(scoredByName);
			case KamPackage.SCORE__CRITERIA_VERSION:
				return criteriaVersion != CRITERIA_VERSION_EDEFAULT;
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
		result.append(" (value: ");
		result.append(value);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(", date: ");
		result.append(date);
		result.append(", scoredByName: ");
		result.append(scoredByName);
		result.append(", criteriaVersion: ");
		result.append(criteriaVersion);
		result.append(')');
		return result.toString();
	}

} //ScoreImpl
