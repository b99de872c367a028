/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indirect Revenue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Revenue with the account earned through a reseller, with the share attributed to the account.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.IndirectRevenue#getReseller <em>Reseller</em>}</li>
 *   <li>{@link org.kamworkbench.kam.IndirectRevenue#getRevenue <em>Revenue</em>}</li>
 *   <li>{@link org.kamworkbench.kam.IndirectRevenue#getAttributionSharePercent <em>Attribution Share Percent</em>}</li>
 *   <li>{@link org.kamworkbench.kam.IndirectRevenue#getRationale <em>Rationale</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getIndirectRevenue()
 * @model
 * @generated
 */
public interface IndirectRevenue extends Identified {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Reseller</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reseller or partner the revenue went through. Format version 1 held its name here as text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reseller</em>' reference.
	 * @see #setReseller(Reseller)
	 * @see org.kamworkbench.kam.KamPackage#getIndirectRevenue_Reseller()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Reseller getReseller();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.IndirectRevenue#getReseller <em>Reseller</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reseller</em>' reference.
	 * @see #getReseller()
	 * @generated
	 */
	void setReseller(Reseller value);

	/**
	 * Returns the value of the '<em><b>Revenue</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Revenue through the reseller, in the portfolio currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revenue</em>' attribute.
	 * @see #setRevenue(double)
	 * @see org.kamworkbench.kam.KamPackage#getIndirectRevenue_Revenue()
	 * @model default="0.0"
	 * @generated
	 */
	double getRevenue();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.IndirectRevenue#getRevenue <em>Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revenue</em>' attribute.
	 * @see #getRevenue()
	 * @generated
	 */
	void setRevenue(double value);

	/**
	 * Returns the value of the '<em><b>Attribution Share Percent</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of the reseller revenue attributed to this account, in percent (0-100).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attribution Share Percent</em>' attribute.
	 * @see #setAttributionSharePercent(double)
	 * @see org.kamworkbench.kam.KamPackage#getIndirectRevenue_AttributionSharePercent()
	 * @model default="0.0"
	 * @generated
	 */
	double getAttributionSharePercent();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.IndirectRevenue#getAttributionSharePercent <em>Attribution Share Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attribution Share Percent</em>' attribute.
	 * @see #getAttributionSharePercent()
	 * @generated
	 */
	void setAttributionSharePercent(double value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.kamworkbench.kam.KamPackage#getIndirectRevenue_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.IndirectRevenue#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

} // IndirectRevenue
