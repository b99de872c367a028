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

import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.IndirectRevenue;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.UnitCredit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Period Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.PeriodResultImpl#getAccountUnit <em>Account Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PeriodResultImpl#getDirectRevenue <em>Direct Revenue</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PeriodResultImpl#getCostToServe <em>Cost To Serve</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PeriodResultImpl#getProfitContribution <em>Profit Contribution</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PeriodResultImpl#getRevenueTarget <em>Revenue Target</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PeriodResultImpl#getProfitContributionTarget <em>Profit Contribution Target</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PeriodResultImpl#getComment <em>Comment</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PeriodResultImpl#getLastUpdated <em>Last Updated</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PeriodResultImpl#getIndirectRevenues <em>Indirect Revenues</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PeriodResultImpl#getCredits <em>Credits</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PeriodResultImpl extends PeriodicImpl implements PeriodResult {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

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
	 * The default value of the '{@link #getDirectRevenue() <em>Direct Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectRevenue()
	 * @generated
	 * @ordered
	 */
	protected static final double DIRECT_REVENUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDirectRevenue() <em>Direct Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectRevenue()
	 * @generated
	 * @ordered
	 */
	protected double directRevenue = DIRECT_REVENUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCostToServe() <em>Cost To Serve</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostToServe()
	 * @generated
	 * @ordered
	 */
	protected static final double COST_TO_SERVE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCostToServe() <em>Cost To Serve</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostToServe()
	 * @generated
	 * @ordered
	 */
	protected double costToServe = COST_TO_SERVE_EDEFAULT;

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
	 * The default value of the '{@link #getRevenueTarget() <em>Revenue Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevenueTarget()
	 * @generated
	 * @ordered
	 */
	protected static final double REVENUE_TARGET_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRevenueTarget() <em>Revenue Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevenueTarget()
	 * @generated
	 * @ordered
	 */
	protected double revenueTarget = REVENUE_TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getProfitContributionTarget() <em>Profit Contribution Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfitContributionTarget()
	 * @generated
	 * @ordered
	 */
	protected static final double PROFIT_CONTRIBUTION_TARGET_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getProfitContributionTarget() <em>Profit Contribution Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfitContributionTarget()
	 * @generated
	 * @ordered
	 */
	protected double profitContributionTarget = PROFIT_CONTRIBUTION_TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected String comment = COMMENT_EDEFAULT;

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
	 * The cached value of the '{@link #getIndirectRevenues() <em>Indirect Revenues</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndirectRevenues()
	 * @generated
	 * @ordered
	 */
	protected EList<IndirectRevenue> indirectRevenues;

	/**
	 * The cached value of the '{@link #getCredits() <em>Credits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredits()
	 * @generated
	 * @ordered
	 */
	protected EList<UnitCredit> credits;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PeriodResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.PERIOD_RESULT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PERIOD_RESULT__ACCOUNT_UNIT, oldAccountUnit, accountUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDirectRevenue() {
		return directRevenue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirectRevenue(double newDirectRevenue) {
		double oldDirectRevenue = directRevenue;
		directRevenue = newDirectRevenue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PERIOD_RESULT__DIRECT_REVENUE, oldDirectRevenue, directRevenue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCostToServe() {
		return costToServe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCostToServe(double newCostToServe) {
		double oldCostToServe = costToServe;
		costToServe = newCostToServe;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PERIOD_RESULT__COST_TO_SERVE, oldCostToServe, costToServe));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PERIOD_RESULT__PROFIT_CONTRIBUTION, oldProfitContribution, profitContribution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRevenueTarget() {
		return revenueTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevenueTarget(double newRevenueTarget) {
		double oldRevenueTarget = revenueTarget;
		revenueTarget = newRevenueTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PERIOD_RESULT__REVENUE_TARGET, oldRevenueTarget, revenueTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getProfitContributionTarget() {
		return profitContributionTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProfitContributionTarget(double newProfitContributionTarget) {
		double oldProfitContributionTarget = profitContributionTarget;
		profitContributionTarget = newProfitContributionTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PERIOD_RESULT__PROFIT_CONTRIBUTION_TARGET, oldProfitContributionTarget, profitContributionTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComment() {
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(String newComment) {
		String oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PERIOD_RESULT__COMMENT, oldComment, comment));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PERIOD_RESULT__LAST_UPDATED, oldLastUpdated, lastUpdated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IndirectRevenue> getIndirectRevenues() {
		if (indirectRevenues == null) {
			indirectRevenues = new EObjectContainmentEList<IndirectRevenue>(IndirectRevenue.class, this, KamPackage.PERIOD_RESULT__INDIRECT_REVENUES);
		}
		return indirectRevenues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UnitCredit> getCredits() {
		if (credits == null) {
			credits = new EObjectContainmentEList<UnitCredit>(UnitCredit.class, this, KamPackage.PERIOD_RESULT__CREDITS);
		}
		return credits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KamPackage.PERIOD_RESULT__INDIRECT_REVENUES:
				return ((InternalEList<?>)getIndirectRevenues()).basicRemove(otherEnd, msgs);
			case KamPackage.PERIOD_RESULT__CREDITS:
				return ((InternalEList<?>)getCredits()).basicRemove(otherEnd, msgs);
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
			case KamPackage.PERIOD_RESULT__ACCOUNT_UNIT:
				return getAccountUnit();
			case KamPackage.PERIOD_RESULT__DIRECT_REVENUE:
				return getDirectRevenue();
			case KamPackage.PERIOD_RESULT__COST_TO_SERVE:
				return getCostToServe();
			case KamPackage.PERIOD_RESULT__PROFIT_CONTRIBUTION:
				return getProfitContribution();
			case KamPackage.PERIOD_RESULT__REVENUE_TARGET:
				return getRevenueTarget();
			case KamPackage.PERIOD_RESULT__PROFIT_CONTRIBUTION_TARGET:
				return getProfitContributionTarget();
			case KamPackage.PERIOD_RESULT__COMMENT:
				return getComment();
			case KamPackage.PERIOD_RESULT__LAST_UPDATED:
				return getLastUpdated();
			case KamPackage.PERIOD_RESULT__INDIRECT_REVENUES:
				return getIndirectRevenues();
			case KamPackage.PERIOD_RESULT__CREDITS:
				return getCredits();
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
			case KamPackage.PERIOD_RESULT__ACCOUNT_UNIT:
				setAccountUnit((AccountUnit)newValue);
				return;
			case KamPackage.PERIOD_RESULT__DIRECT_REVENUE:
				setDirectRevenue((Double)newValue);
				return;
			case KamPackage.PERIOD_RESULT__COST_TO_SERVE:
				setCostToServe((Double)newValue);
				return;
			case KamPackage.PERIOD_RESULT__PROFIT_CONTRIBUTION:
				setProfitContribution((Double)newValue);
				return;
			case KamPackage.PERIOD_RESULT__REVENUE_TARGET:
				setRevenueTarget((Double)newValue);
				return;
			case KamPackage.PERIOD_RESULT__PROFIT_CONTRIBUTION_TARGET:
				setProfitContributionTarget((Double)newValue);
				return;
			case KamPackage.PERIOD_RESULT__COMMENT:
				setComment((String)newValue);
				return;
			case KamPackage.PERIOD_RESULT__LAST_UPDATED:
				setLastUpdated((LocalDate)newValue);
				return;
			case KamPackage.PERIOD_RESULT__INDIRECT_REVENUES:
				getIndirectRevenues().clear();
				getIndirectRevenues().addAll((Collection<? extends IndirectRevenue>)newValue);
				return;
			case KamPackage.PERIOD_RESULT__CREDITS:
				getCredits().clear();
				getCredits().addAll((Collection<? extends UnitCredit>)newValue);
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
			case KamPackage.PERIOD_RESULT__ACCOUNT_UNIT:
				setAccountUnit((AccountUnit)null);
				return;
			case KamPackage.PERIOD_RESULT__DIRECT_REVENUE:
				setDirectRevenue(DIRECT_REVENUE_EDEFAULT);
				return;
			case KamPackage.PERIOD_RESULT__COST_TO_SERVE:
				setCostToServe(COST_TO_SERVE_EDEFAULT);
				return;
			case KamPackage.PERIOD_RESULT__PROFIT_CONTRIBUTION:
				setProfitContribution(PROFIT_CONTRIBUTION_EDEFAULT);
				return;
			case KamPackage.PERIOD_RESULT__REVENUE_TARGET:
				setRevenueTarget(REVENUE_TARGET_EDEFAULT);
				return;
			case KamPackage.PERIOD_RESULT__PROFIT_CONTRIBUTION_TARGET:
				setProfitContributionTarget(PROFIT_CONTRIBUTION_TARGET_EDEFAULT);
				return;
			case KamPackage.PERIOD_RESULT__COMMENT:
				setComment(COMMENT_EDEFAULT);
				return;
			case KamPackage.PERIOD_RESULT__LAST_UPDATED:
				setLastUpdated(LAST_UPDATED_EDEFAULT);
				return;
			case KamPackage.PERIOD_RESULT__INDIRECT_REVENUES:
				getIndirectRevenues().clear();
				return;
			case KamPackage.PERIOD_RESULT__CREDITS:
				getCredits().clear();
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
			case KamPackage.PERIOD_RESULT__ACCOUNT_UNIT:
				return accountUnit != null;
			case KamPackage.PERIOD_RESULT__DIRECT_REVENUE:
				return directRevenue != DIRECT_REVENUE_EDEFAULT;
			case KamPackage.PERIOD_RESULT__COST_TO_SERVE:
				return costToServe != COST_TO_SERVE_EDEFAULT;
			case KamPackage.PERIOD_RESULT__PROFIT_CONTRIBUTION:
				return profitContribution != PROFIT_CONTRIBUTION_EDEFAULT;
			case KamPackage.PERIOD_RESULT__REVENUE_TARGET:
				return revenueTarget != REVENUE_TARGET_EDEFAULT;
			case KamPackage.PERIOD_RESULT__PROFIT_CONTRIBUTION_TARGET:
				return profitContributionTarget != PROFIT_CONTRIBUTION_TARGET_EDEFAULT;
			case KamPackage.PERIOD_RESULT__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
			case KamPackage.PERIOD_RESULT__LAST_UPDATED:
				return LAST_UPDATED_EDEFAULT == null ? lastUpdated != null : !LAST_UPDATED_EDEFAULT.equals(lastUpdated);
			case KamPackage.PERIOD_RESULT__INDIRECT_REVENUES:
				return indirectRevenues != null && !indirectRevenues.isEmpty();
			case KamPackage.PERIOD_RESULT__CREDITS:
				return credits != null && !credits.isEmpty();
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
		result.append(" (directRevenue: ");
		result.append(directRevenue);
		result.append(", costToServe: ");
		result.append(costToServe);
		result.append(", profitContribution: ");
		result.append(profitContribution);
		result.append(", revenueTarget: ");
		result.append(revenueTarget);
		result.append(", profitContributionTarget: ");
		result.append(profitContributionTarget);
		result.append(", comment: ");
		result.append(comment);
		result.append(", lastUpdated: ");
		result.append(lastUpdated);
		result.append(')');
		return result.toString();
	}

} //PeriodResultImpl
