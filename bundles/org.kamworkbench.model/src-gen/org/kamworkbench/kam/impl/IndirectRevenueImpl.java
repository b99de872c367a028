/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.kamworkbench.kam.IndirectRevenue;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Reseller;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indirect Revenue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.IndirectRevenueImpl#getReseller <em>Reseller</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.IndirectRevenueImpl#getRevenue <em>Revenue</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.IndirectRevenueImpl#getAttributionSharePercent <em>Attribution Share Percent</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.IndirectRevenueImpl#getRationale <em>Rationale</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndirectRevenueImpl extends IdentifiedImpl implements IndirectRevenue {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The cached value of the '{@link #getReseller() <em>Reseller</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReseller()
	 * @generated
	 * @ordered
	 */
	protected Reseller reseller;

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
	 * The default value of the '{@link #getAttributionSharePercent() <em>Attribution Share Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributionSharePercent()
	 * @generated
	 * @ordered
	 */
	protected static final double ATTRIBUTION_SHARE_PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAttributionSharePercent() <em>Attribution Share Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributionSharePercent()
	 * @generated
	 * @ordered
	 */
	protected double attributionSharePercent = ATTRIBUTION_SHARE_PERCENT_EDEFAULT;

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
	protected IndirectRevenueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.INDIRECT_REVENUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reseller getReseller() {
		return reseller;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReseller(Reseller newReseller) {
		Reseller oldReseller = reseller;
		reseller = newReseller;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.INDIRECT_REVENUE__RESELLER, oldReseller, reseller));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.INDIRECT_REVENUE__REVENUE, oldRevenue, revenue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAttributionSharePercent() {
		return attributionSharePercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttributionSharePercent(double newAttributionSharePercent) {
		double oldAttributionSharePercent = attributionSharePercent;
		attributionSharePercent = newAttributionSharePercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.INDIRECT_REVENUE__ATTRIBUTION_SHARE_PERCENT, oldAttributionSharePercent, attributionSharePercent));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.INDIRECT_REVENUE__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KamPackage.INDIRECT_REVENUE__RESELLER:
				return getReseller();
			case KamPackage.INDIRECT_REVENUE__REVENUE:
				return getRevenue();
			case KamPackage.INDIRECT_REVENUE__ATTRIBUTION_SHARE_PERCENT:
				return getAttributionSharePercent();
			case KamPackage.INDIRECT_REVENUE__RATIONALE:
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
			case KamPackage.INDIRECT_REVENUE__RESELLER:
				setReseller((Reseller)newValue);
				return;
			case KamPackage.INDIRECT_REVENUE__REVENUE:
				setRevenue((Double)newValue);
				return;
			case KamPackage.INDIRECT_REVENUE__ATTRIBUTION_SHARE_PERCENT:
				setAttributionSharePercent((Double)newValue);
				return;
			case KamPackage.INDIRECT_REVENUE__RATIONALE:
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
			case KamPackage.INDIRECT_REVENUE__RESELLER:
				setReseller((Reseller)null);
				return;
			case KamPackage.INDIRECT_REVENUE__REVENUE:
				setRevenue(REVENUE_EDEFAULT);
				return;
			case KamPackage.INDIRECT_REVENUE__ATTRIBUTION_SHARE_PERCENT:
				setAttributionSharePercent(ATTRIBUTION_SHARE_PERCENT_EDEFAULT);
				return;
			case KamPackage.INDIRECT_REVENUE__RATIONALE:
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
			case KamPackage.INDIRECT_REVENUE__RESELLER:
				return reseller != null;
			case KamPackage.INDIRECT_REVENUE__REVENUE:
				return revenue != REVENUE_EDEFAULT;
			case KamPackage.INDIRECT_REVENUE__ATTRIBUTION_SHARE_PERCENT:
				return attributionSharePercent != ATTRIBUTION_SHARE_PERCENT_EDEFAULT;
			case KamPackage.INDIRECT_REVENUE__RATIONALE:
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
		result.append(" (revenue: ");
		result.append(revenue);
		result.append(", attributionSharePercent: ");
		result.append(attributionSharePercent);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(')');
		return result.toString();
	}

} //IndirectRevenueImpl
