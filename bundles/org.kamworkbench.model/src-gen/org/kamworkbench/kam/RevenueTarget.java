/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Revenue Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Planned revenue and profit contribution for one period.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.RevenueTarget#getRevenue <em>Revenue</em>}</li>
 *   <li>{@link org.kamworkbench.kam.RevenueTarget#getProfitContribution <em>Profit Contribution</em>}</li>
 *   <li>{@link org.kamworkbench.kam.RevenueTarget#getOffering <em>Offering</em>}</li>
 *   <li>{@link org.kamworkbench.kam.RevenueTarget#getAccountUnit <em>Account Unit</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getRevenueTarget()
 * @model
 * @generated
 */
public interface RevenueTarget extends Periodic {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Revenue</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target revenue in the portfolio currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revenue</em>' attribute.
	 * @see #setRevenue(double)
	 * @see org.kamworkbench.kam.KamPackage#getRevenueTarget_Revenue()
	 * @model default="0.0"
	 * @generated
	 */
	double getRevenue();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.RevenueTarget#getRevenue <em>Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revenue</em>' attribute.
	 * @see #getRevenue()
	 * @generated
	 */
	void setRevenue(double value);

	/**
	 * Returns the value of the '<em><b>Profit Contribution</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target profit contribution in the portfolio currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Profit Contribution</em>' attribute.
	 * @see #setProfitContribution(double)
	 * @see org.kamworkbench.kam.KamPackage#getRevenueTarget_ProfitContribution()
	 * @model default="0.0"
	 * @generated
	 */
	double getProfitContribution();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.RevenueTarget#getProfitContribution <em>Profit Contribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profit Contribution</em>' attribute.
	 * @see #getProfitContribution()
	 * @generated
	 */
	void setProfitContribution(double value);

	/**
	 * Returns the value of the '<em><b>Offering</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offering the target concerns; empty for all offerings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offering</em>' reference.
	 * @see #setOffering(Offering)
	 * @see org.kamworkbench.kam.KamPackage#getRevenueTarget_Offering()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Offering getOffering();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.RevenueTarget#getOffering <em>Offering</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offering</em>' reference.
	 * @see #getOffering()
	 * @generated
	 */
	void setOffering(Offering value);

	/**
	 * Returns the value of the '<em><b>Account Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer unit the target concerns; empty for the whole group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Account Unit</em>' reference.
	 * @see #setAccountUnit(AccountUnit)
	 * @see org.kamworkbench.kam.KamPackage#getRevenueTarget_AccountUnit()
	 * @model resolveProxies="false"
	 * @generated
	 */
	AccountUnit getAccountUnit();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.RevenueTarget#getAccountUnit <em>Account Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account Unit</em>' reference.
	 * @see #getAccountUnit()
	 * @generated
	 */
	void setAccountUnit(AccountUnit value);

} // RevenueTarget
