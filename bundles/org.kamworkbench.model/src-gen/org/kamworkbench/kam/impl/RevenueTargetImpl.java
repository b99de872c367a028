/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Offering;
import org.kamworkbench.kam.RevenueTarget;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Revenue Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.RevenueTargetImpl#getRevenue <em>Revenue</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.RevenueTargetImpl#getProfitContribution <em>Profit Contribution</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.RevenueTargetImpl#getOffering <em>Offering</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.RevenueTargetImpl#getAccountUnit <em>Account Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RevenueTargetImpl extends PeriodicImpl implements RevenueTarget {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The default value of the '{@link #getRevenue() <em>Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevenue()
	 * @generated
	 * @ordered
	 */
	protected static final double REVENUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRevenue() <em>Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevenue()
	 * @generated
	 * @ordered
	 */
	protected double revenue = REVENUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProfitContribution() <em>Profit Contribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfitContribution()
	 * @generated
	 * @ordered
	 */
	protected static final double PROFIT_CONTRIBUTION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getProfitContribution() <em>Profit Contribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfitContribution()
	 * @generated
	 * @ordered
	 */
	protected double profitContribution = PROFIT_CONTRIBUTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOffering() <em>Offering</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffering()
	 * @generated
	 * @ordered
	 */
	protected Offering offering;

	/**
	 * The cached value of the '{@link #getAccountUnit() <em>Account Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountUnit()
	 * @generated
	 * @ordered
	 */
	protected AccountUnit accountUnit;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RevenueTargetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.REVENUE_TARGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRevenue() {
		return revenue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevenue(double newRevenue) {
		double oldRevenue = revenue;
		revenue = newRevenue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.REVENUE_TARGET__REVENUE, oldRevenue, revenue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getProfitContribution() {
		return profitContribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProfitContribution(double newProfitContribution) {
		double oldProfitContribution = profitContribution;
		profitContribution = newProfitContribution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.REVENUE_TARGET__PROFIT_CONTRIBUTION, oldProfitContribution, profitContribution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Offering getOffering() {
		return offering;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffering(Offering newOffering) {
		Offering oldOffering = offering;
		offering = newOffering;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.REVENUE_TARGET__OFFERING, oldOffering, offering));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountUnit getAccountUnit() {
		return accountUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccountUnit(AccountUnit newAccountUnit) {
		AccountUnit oldAccountUnit = accountUnit;
		accountUnit = newAccountUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.REVENUE_TARGET__ACCOUNT_UNIT, oldAccountUnit, accountUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KamPackage.REVENUE_TARGET__REVENUE:
				return getRevenue();
			case KamPackage.REVENUE_TARGET__PROFIT_CONTRIBUTION:
				return getProfitContribution();
			case KamPackage.REVENUE_TARGET__OFFERING:
				return getOffering();
			case KamPackage.REVENUE_TARGET__ACCOUNT_UNIT:
				return getAccountUnit();
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
			case KamPackage.REVENUE_TARGET__REVENUE:
				setRevenue((Double)newValue);
				return;
			case KamPackage.REVENUE_TARGET__PROFIT_CONTRIBUTION:
				setProfitContribution((Double)newValue);
				return;
			case KamPackage.REVENUE_TARGET__OFFERING:
				setOffering((Offering)newValue);
				return;
			case KamPackage.REVENUE_TARGET__ACCOUNT_UNIT:
				setAccountUnit((AccountUnit)newValue);
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
			case KamPackage.REVENUE_TARGET__REVENUE:
				setRevenue(REVENUE_EDEFAULT);
				return;
			case KamPackage.REVENUE_TARGET__PROFIT_CONTRIBUTION:
				setProfitContribution(PROFIT_CONTRIBUTION_EDEFAULT);
				return;
			case KamPackage.REVENUE_TARGET__OFFERING:
				setOffering((Offering)null);
				return;
			case KamPackage.REVENUE_TARGET__ACCOUNT_UNIT:
				setAccountUnit((AccountUnit)null);
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
			case KamPackage.REVENUE_TARGET__REVENUE:
				return revenue != REVENUE_EDEFAULT;
			case KamPackage.REVENUE_TARGET__PROFIT_CONTRIBUTION:
				return profitContribution != PROFIT_CONTRIBUTION_EDEFAULT;
			case KamPackage.REVENUE_TARGET__OFFERING:
				return offering != null;
			case KamPackage.REVENUE_TARGET__ACCOUNT_UNIT:
				return accountUnit != null;
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
		result.append(" (revenue: ");
		result.append(revenue);
		result.append(", profitContribution: ");
		result.append(profitContribution);
		result.append(')');
		return result.toString();
	}

} //RevenueTargetImpl
