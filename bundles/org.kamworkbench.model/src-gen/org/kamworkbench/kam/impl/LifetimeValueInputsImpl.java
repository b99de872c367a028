/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.LifetimeValueInputs;
import org.kamworkbench.kam.Person;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lifetime Value Inputs</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.LifetimeValueInputsImpl#getAnnualRevenue <em>Annual Revenue</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.LifetimeValueInputsImpl#getAnnualGrowthPercent <em>Annual Growth Percent</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.LifetimeValueInputsImpl#getMarginPercent <em>Margin Percent</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.LifetimeValueInputsImpl#getRetentionRatePercent <em>Retention Rate Percent</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.LifetimeValueInputsImpl#getDiscountRatePercent <em>Discount Rate Percent</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.LifetimeValueInputsImpl#getHorizonYears <em>Horizon Years</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.LifetimeValueInputsImpl#getAcquisitionCost <em>Acquisition Cost</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.LifetimeValueInputsImpl#getAssumptions <em>Assumptions</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.LifetimeValueInputsImpl#getPreparedBy <em>Prepared By</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.LifetimeValueInputsImpl#getLastUpdated <em>Last Updated</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LifetimeValueInputsImpl extends IdentifiedImpl implements LifetimeValueInputs {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The default value of the '{@link #getAnnualRevenue() <em>Annual Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualRevenue()
	 * @generated
	 * @ordered
	 */
	protected static final double ANNUAL_REVENUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAnnualRevenue() <em>Annual Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualRevenue()
	 * @generated
	 * @ordered
	 */
	protected double annualRevenue = ANNUAL_REVENUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnualGrowthPercent() <em>Annual Growth Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualGrowthPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double ANNUAL_GROWTH_PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAnnualGrowthPercent() <em>Annual Growth Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualGrowthPercent()
	 * @generated
	 * @ordered
	 */
	protected double annualGrowthPercent = ANNUAL_GROWTH_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMarginPercent() <em>Margin Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarginPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double MARGIN_PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMarginPercent() <em>Margin Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarginPercent()
	 * @generated
	 * @ordered
	 */
	protected double marginPercent = MARGIN_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetentionRatePercent() <em>Retention Rate Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionRatePercent()
	 * @generated
	 * @ordered
	 */
	protected static final double RETENTION_RATE_PERCENT_EDEFAULT = 80.0;

	/**
	 * The cached value of the '{@link #getRetentionRatePercent() <em>Retention Rate Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionRatePercent()
	 * @generated
	 * @ordered
	 */
	protected double retentionRatePercent = RETENTION_RATE_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiscountRatePercent() <em>Discount Rate Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscountRatePercent()
	 * @generated
	 * @ordered
	 */
	protected static final double DISCOUNT_RATE_PERCENT_EDEFAULT = 8.0;

	/**
	 * The cached value of the '{@link #getDiscountRatePercent() <em>Discount Rate Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscountRatePercent()
	 * @generated
	 * @ordered
	 */
	protected double discountRatePercent = DISCOUNT_RATE_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getHorizonYears() <em>Horizon Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHorizonYears()
	 * @generated
	 * @ordered
	 */
	protected static final int HORIZON_YEARS_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getHorizonYears() <em>Horizon Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHorizonYears()
	 * @generated
	 * @ordered
	 */
	protected int horizonYears = HORIZON_YEARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAcquisitionCost() <em>Acquisition Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcquisitionCost()
	 * @generated
	 * @ordered
	 */
	protected static final double ACQUISITION_COST_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAcquisitionCost() <em>Acquisition Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcquisitionCost()
	 * @generated
	 * @ordered
	 */
	protected double acquisitionCost = ACQUISITION_COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssumptions() <em>Assumptions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumptions()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSUMPTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssumptions() <em>Assumptions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumptions()
	 * @generated
	 * @ordered
	 */
	protected String assumptions = ASSUMPTIONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPreparedBy() <em>Prepared By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreparedBy()
	 * @generated
	 * @ordered
	 */
	protected Person preparedBy;

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
	protected LifetimeValueInputsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.LIFETIME_VALUE_INPUTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAnnualRevenue() {
		return annualRevenue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualRevenue(double newAnnualRevenue) {
		double oldAnnualRevenue = annualRevenue;
		annualRevenue = newAnnualRevenue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.LIFETIME_VALUE_INPUTS__ANNUAL_REVENUE, oldAnnualRevenue, annualRevenue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAnnualGrowthPercent() {
		return annualGrowthPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualGrowthPercent(double newAnnualGrowthPercent) {
		double oldAnnualGrowthPercent = annualGrowthPercent;
		annualGrowthPercent = newAnnualGrowthPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.LIFETIME_VALUE_INPUTS__ANNUAL_GROWTH_PERCENT, oldAnnualGrowthPercent, annualGrowthPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMarginPercent() {
		return marginPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMarginPercent(double newMarginPercent) {
		double oldMarginPercent = marginPercent;
		marginPercent = newMarginPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.LIFETIME_VALUE_INPUTS__MARGIN_PERCENT, oldMarginPercent, marginPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRetentionRatePercent() {
		return retentionRatePercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetentionRatePercent(double newRetentionRatePercent) {
		double oldRetentionRatePercent = retentionRatePercent;
		retentionRatePercent = newRetentionRatePercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.LIFETIME_VALUE_INPUTS__RETENTION_RATE_PERCENT, oldRetentionRatePercent, retentionRatePercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDiscountRatePercent() {
		return discountRatePercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscountRatePercent(double newDiscountRatePercent) {
		double oldDiscountRatePercent = discountRatePercent;
		discountRatePercent = newDiscountRatePercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.LIFETIME_VALUE_INPUTS__DISCOUNT_RATE_PERCENT, oldDiscountRatePercent, discountRatePercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHorizonYears() {
		return horizonYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHorizonYears(int newHorizonYears) {
		int oldHorizonYears = horizonYears;
		horizonYears = newHorizonYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.LIFETIME_VALUE_INPUTS__HORIZON_YEARS, oldHorizonYears, horizonYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAcquisitionCost() {
		return acquisitionCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcquisitionCost(double newAcquisitionCost) {
		double oldAcquisitionCost = acquisitionCost;
		acquisitionCost = newAcquisitionCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.LIFETIME_VALUE_INPUTS__ACQUISITION_COST, oldAcquisitionCost, acquisitionCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssumptions() {
		return assumptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssumptions(String newAssumptions) {
		String oldAssumptions = assumptions;
		assumptions = newAssumptions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.LIFETIME_VALUE_INPUTS__ASSUMPTIONS, oldAssumptions, assumptions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPreparedBy() {
		return preparedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreparedBy(Person newPreparedBy) {
		Person oldPreparedBy = preparedBy;
		preparedBy = newPreparedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.LIFETIME_VALUE_INPUTS__PREPARED_BY, oldPreparedBy, preparedBy));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.LIFETIME_VALUE_INPUTS__LAST_UPDATED, oldLastUpdated, lastUpdated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KamPackage.LIFETIME_VALUE_INPUTS__ANNUAL_REVENUE:
				return getAnnualRevenue();
			case KamPackage.LIFETIME_VALUE_INPUTS__ANNUAL_GROWTH_PERCENT:
				return getAnnualGrowthPercent();
			case KamPackage.LIFETIME_VALUE_INPUTS__MARGIN_PERCENT:
				return getMarginPercent();
			case KamPackage.LIFETIME_VALUE_INPUTS__RETENTION_RATE_PERCENT:
				return getRetentionRatePercent();
			case KamPackage.LIFETIME_VALUE_INPUTS__DISCOUNT_RATE_PERCENT:
				return getDiscountRatePercent();
			case KamPackage.LIFETIME_VALUE_INPUTS__HORIZON_YEARS:
				return getHorizonYears();
			case KamPackage.LIFETIME_VALUE_INPUTS__ACQUISITION_COST:
				return getAcquisitionCost();
			case KamPackage.LIFETIME_VALUE_INPUTS__ASSUMPTIONS:
				return getAssumptions();
			case KamPackage.LIFETIME_VALUE_INPUTS__PREPARED_BY:
				return getPreparedBy();
			case KamPackage.LIFETIME_VALUE_INPUTS__LAST_UPDATED:
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
			case KamPackage.LIFETIME_VALUE_INPUTS__ANNUAL_REVENUE:
				setAnnualRevenue((Double)newValue);
				return;
			case KamPackage.LIFETIME_VALUE_INPUTS__ANNUAL_GROWTH_PERCENT:
				setAnnualGrowthPercent((Double)newValue);
				return;
			case KamPackage.LIFETIME_VALUE_INPUTS__MARGIN_PERCENT:
				setMarginPercent((Double)newValue);
				return;
			case KamPackage.LIFETIME_VALUE_INPUTS__RETENTION_RATE_PERCENT:
				setRetentionRatePercent((Double)newValue);
				return;
			case KamPackage.LIFETIME_VALUE_INPUTS__DISCOUNT_RATE_PERCENT:
				setDiscountRatePercent((Double)newValue);
				return;
			case KamPackage.LIFETIME_VALUE_INPUTS__HORIZON_YEARS:
				setHorizonYears((Integer)newValue);
				return;
			case KamPackage.LIFETIME_VALUE_INPUTS__ACQUISITION_COST:
				setAcquisitionCost((Double)newValue);
				return;
			case KamPackage.LIFETIME_VALUE_INPUTS__ASSUMPTIONS:
				setAssumptions((String)newValue);
				return;
			case KamPackage.LIFETIME_VALUE_INPUTS__PREPARED_BY:
				setPreparedBy((Person)newValue);
				return;
			case KamPackage.LIFETIME_VALUE_INPUTS__LAST_UPDATED:
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
			case KamPackage.LIFETIME_VALUE_INPUTS__ANNUAL_REVENUE:
				setAnnualRevenue(ANNUAL_REVENUE_EDEFAULT);
				return;
			case KamPackage.LIFETIME_VALUE_INPUTS__ANNUAL_GROWTH_PERCENT:
				setAnnualGrowthPercent(ANNUAL_GROWTH_PERCENT_EDEFAULT);
				return;
			case KamPackage.LIFETIME_VALUE_INPUTS__MARGIN_PERCENT:
				setMarginPercent(MARGIN_PERCENT_EDEFAULT);
				return;
			case KamPackage.LIFETIME_VALUE_INPUTS__RETENTION_RATE_PERCENT:
				setRetentionRatePercent(RETENTION_RATE_PERCENT_EDEFAULT);
				return;
			case KamPackage.LIFETIME_VALUE_INPUTS__DISCOUNT_RATE_PERCENT:
				setDiscountRatePercent(DISCOUNT_RATE_PERCENT_EDEFAULT);
				return;
			case KamPackage.LIFETIME_VALUE_INPUTS__HORIZON_YEARS:
				setHorizonYears(HORIZON_YEARS_EDEFAULT);
				return;
			case KamPackage.LIFETIME_VALUE_INPUTS__ACQUISITION_COST:
				setAcquisitionCost(ACQUISITION_COST_EDEFAULT);
				return;
			case KamPackage.LIFETIME_VALUE_INPUTS__ASSUMPTIONS:
				setAssumptions(ASSUMPTIONS_EDEFAULT);
				return;
			case KamPackage.LIFETIME_VALUE_INPUTS__PREPARED_BY:
				setPreparedBy((Person)null);
				return;
			case KamPackage.LIFETIME_VALUE_INPUTS__LAST_UPDATED:
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
			case KamPackage.LIFETIME_VALUE_INPUTS__ANNUAL_REVENUE:
				return annualRevenue != ANNUAL_REVENUE_EDEFAULT;
			case KamPackage.LIFETIME_VALUE_INPUTS__ANNUAL_GROWTH_PERCENT:
				return annualGrowthPercent != ANNUAL_GROWTH_PERCENT_EDEFAULT;
			case KamPackage.LIFETIME_VALUE_INPUTS__MARGIN_PERCENT:
				return marginPercent != MARGIN_PERCENT_EDEFAULT;
			case KamPackage.LIFETIME_VALUE_INPUTS__RETENTION_RATE_PERCENT:
				return retentionRatePercent != RETENTION_RATE_PERCENT_EDEFAULT;
			case KamPackage.LIFETIME_VALUE_INPUTS__DISCOUNT_RATE_PERCENT:
				return discountRatePercent != DISCOUNT_RATE_PERCENT_EDEFAULT;
			case KamPackage.LIFETIME_VALUE_INPUTS__HORIZON_YEARS:
				return horizonYears != HORIZON_YEARS_EDEFAULT;
			case KamPackage.LIFETIME_VALUE_INPUTS__ACQUISITION_COST:
				return acquisitionCost != ACQUISITION_COST_EDEFAULT;
			case KamPackage.LIFETIME_VALUE_INPUTS__ASSUMPTIONS:
				return ASSUMPTIONS_EDEFAULT == null ? assumptions != null : !ASSUMPTIONS_EDEFAULT.equals(assumptions);
			case KamPackage.LIFETIME_VALUE_INPUTS__PREPARED_BY:
				return preparedBy != null;
			case KamPackage.LIFETIME_VALUE_INPUTS__LAST_UPDATED:
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
		result.append(" (annualRevenue: ");
		result.append(annualRevenue);
		result.append(", annualGrowthPercent: ");
		result.append(annualGrowthPercent);
		result.append(", marginPercent: ");
		result.append(marginPercent);
		result.append(", retentionRatePercent: ");
		result.append(retentionRatePercent);
		result.append(", discountRatePercent: ");
		result.append(discountRatePercent);
		result.append(", horizonYears: ");
		result.append(horizonYears);
		result.append(", acquisitionCost: ");
		result.append(acquisitionCost);
		result.append(", assumptions: ");
		result.append(assumptions);
		result.append(", lastUpdated: ");
		result.append(lastUpdated);
		result.append(')');
		return result.toString();
	}

} //LifetimeValueInputsImpl
