/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.KraljicFactorScore;
import org.kamworkbench.kam.Offering;
import org.kamworkbench.kam.PurchaseCategory;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Purchase Category</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.PurchaseCategoryImpl#getSpend <em>Spend</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PurchaseCategoryImpl#getOurSharePercent <em>Our Share Percent</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PurchaseCategoryImpl#getOfferings <em>Offerings</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PurchaseCategoryImpl#getFactorScores <em>Factor Scores</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PurchaseCategoryImpl extends NamedElementImpl implements PurchaseCategory {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The default value of the '{@link #getSpend() <em>Spend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpend()
	 * @generated
	 * @ordered
	 */
	protected static final double SPEND_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSpend() <em>Spend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpend()
	 * @generated
	 * @ordered
	 */
	protected double spend = SPEND_EDEFAULT;

	/**
	 * The default value of the '{@link #getOurSharePercent() <em>Our Share Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOurSharePercent()
	 * @generated
	 * @ordered
	 */
	protected static final double OUR_SHARE_PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getOurSharePercent() <em>Our Share Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOurSharePercent()
	 * @generated
	 * @ordered
	 */
	protected double ourSharePercent = OUR_SHARE_PERCENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOfferings() <em>Offerings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfferings()
	 * @generated
	 * @ordered
	 */
	protected EList<Offering> offerings;

	/**
	 * The cached value of the '{@link #getFactorScores() <em>Factor Scores</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFactorScores()
	 * @generated
	 * @ordered
	 */
	protected EList<KraljicFactorScore> factorScores;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PurchaseCategoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.PURCHASE_CATEGORY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSpend() {
		return spend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpend(double newSpend) {
		double oldSpend = spend;
		spend = newSpend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PURCHASE_CATEGORY__SPEND, oldSpend, spend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOurSharePercent() {
		return ourSharePercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOurSharePercent(double newOurSharePercent) {
		double oldOurSharePercent = ourSharePercent;
		ourSharePercent = newOurSharePercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PURCHASE_CATEGORY__OUR_SHARE_PERCENT, oldOurSharePercent, ourSharePercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Offering> getOfferings() {
		if (offerings == null) {
			offerings = new EObjectEList<Offering>(Offering.class, this, KamPackage.PURCHASE_CATEGORY__OFFERINGS);
		}
		return offerings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KraljicFactorScore> getFactorScores() {
		if (factorScores == null) {
			factorScores = new EObjectContainmentEList<KraljicFactorScore>(KraljicFactorScore.class, this, KamPackage.PURCHASE_CATEGORY__FACTOR_SCORES);
		}
		return factorScores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KamPackage.PURCHASE_CATEGORY__FACTOR_SCORES:
				return ((InternalEList<?>)getFactorScores()).basicRemove(otherEnd, msgs);
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
			case KamPackage.PURCHASE_CATEGORY__SPEND:
				return getSpend();
			case KamPackage.PURCHASE_CATEGORY__OUR_SHARE_PERCENT:
				return getOurSharePercent();
			case KamPackage.PURCHASE_CATEGORY__OFFERINGS:
				return getOfferings();
			case KamPackage.PURCHASE_CATEGORY__FACTOR_SCORES:
				return getFactorScores();
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
			case KamPackage.PURCHASE_CATEGORY__SPEND:
				setSpend((Double)newValue);
				return;
			case KamPackage.PURCHASE_CATEGORY__OUR_SHARE_PERCENT:
				setOurSharePercent((Double)newValue);
				return;
			case KamPackage.PURCHASE_CATEGORY__OFFERINGS:
				getOfferings().clear();
				getOfferings().addAll((Collection<? extends Offering>)newValue);
				return;
			case KamPackage.PURCHASE_CATEGORY__FACTOR_SCORES:
				getFactorScores().clear();
				getFactorScores().addAll((Collection<? extends KraljicFactorScore>)newValue);
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
			case KamPackage.PURCHASE_CATEGORY__SPEND:
				setSpend(SPEND_EDEFAULT);
				return;
			case KamPackage.PURCHASE_CATEGORY__OUR_SHARE_PERCENT:
				setOurSharePercent(OUR_SHARE_PERCENT_EDEFAULT);
				return;
			case KamPackage.PURCHASE_CATEGORY__OFFERINGS:
				getOfferings().clear();
				return;
			case KamPackage.PURCHASE_CATEGORY__FACTOR_SCORES:
				getFactorScores().clear();
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
			case KamPackage.PURCHASE_CATEGORY__SPEND:
				return spend != SPEND_EDEFAULT;
			case KamPackage.PURCHASE_CATEGORY__OUR_SHARE_PERCENT:
				return ourSharePercent != OUR_SHARE_PERCENT_EDEFAULT;
			case KamPackage.PURCHASE_CATEGORY__OFFERINGS:
				return offerings != null && !offerings.isEmpty();
			case KamPackage.PURCHASE_CATEGORY__FACTOR_SCORES:
				return factorScores != null && !factorScores.isEmpty();
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
		result.append(" (spend: ");
		result.append(spend);
		result.append(", ourSharePercent: ");
		result.append(ourSharePercent);
		result.append(')');
		return result.toString();
	}

} //PurchaseCategoryImpl
