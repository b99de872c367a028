/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lifetime Value Inputs</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Inputs of a customer lifetime value calculation, with its assumptions visible and editable.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.LifetimeValueInputs#getAnnualRevenue <em>Annual Revenue</em>}</li>
 *   <li>{@link org.kamworkbench.kam.LifetimeValueInputs#getAnnualGrowthPercent <em>Annual Growth Percent</em>}</li>
 *   <li>{@link org.kamworkbench.kam.LifetimeValueInputs#getMarginPercent <em>Margin Percent</em>}</li>
 *   <li>{@link org.kamworkbench.kam.LifetimeValueInputs#getRetentionRatePercent <em>Retention Rate Percent</em>}</li>
 *   <li>{@link org.kamworkbench.kam.LifetimeValueInputs#getDiscountRatePercent <em>Discount Rate Percent</em>}</li>
 *   <li>{@link org.kamworkbench.kam.LifetimeValueInputs#getHorizonYears <em>Horizon Years</em>}</li>
 *   <li>{@link org.kamworkbench.kam.LifetimeValueInputs#getAcquisitionCost <em>Acquisition Cost</em>}</li>
 *   <li>{@link org.kamworkbench.kam.LifetimeValueInputs#getAssumptions <em>Assumptions</em>}</li>
 *   <li>{@link org.kamworkbench.kam.LifetimeValueInputs#getPreparedBy <em>Prepared By</em>}</li>
 *   <li>{@link org.kamworkbench.kam.LifetimeValueInputs#getLastUpdated <em>Last Updated</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getLifetimeValueInputs()
 * @model
 * @generated
 */
public interface LifetimeValueInputs extends Identified {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Annual Revenue</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expected revenue in the first year, in the portfolio currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annual Revenue</em>' attribute.
	 * @see #setAnnualRevenue(double)
	 * @see org.kamworkbench.kam.KamPackage#getLifetimeValueInputs_AnnualRevenue()
	 * @model default="0.0"
	 * @generated
	 */
	double getAnnualRevenue();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.LifetimeValueInputs#getAnnualRevenue <em>Annual Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Revenue</em>' attribute.
	 * @see #getAnnualRevenue()
	 * @generated
	 */
	void setAnnualRevenue(double value);

	/**
	 * Returns the value of the '<em><b>Annual Growth Percent</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expected yearly revenue growth, in percent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annual Growth Percent</em>' attribute.
	 * @see #setAnnualGrowthPercent(double)
	 * @see org.kamworkbench.kam.KamPackage#getLifetimeValueInputs_AnnualGrowthPercent()
	 * @model default="0.0"
	 * @generated
	 */
	double getAnnualGrowthPercent();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.LifetimeValueInputs#getAnnualGrowthPercent <em>Annual Growth Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Growth Percent</em>' attribute.
	 * @see #getAnnualGrowthPercent()
	 * @generated
	 */
	void setAnnualGrowthPercent(double value);

	/**
	 * Returns the value of the '<em><b>Margin Percent</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Profit margin on the revenue, in percent (0-100).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Margin Percent</em>' attribute.
	 * @see #setMarginPercent(double)
	 * @see org.kamworkbench.kam.KamPackage#getLifetimeValueInputs_MarginPercent()
	 * @model default="0.0"
	 * @generated
	 */
	double getMarginPercent();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.LifetimeValueInputs#getMarginPercent <em>Margin Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Margin Percent</em>' attribute.
	 * @see #getMarginPercent()
	 * @generated
	 */
	void setMarginPercent(double value);

	/**
	 * Returns the value of the '<em><b>Retention Rate Percent</b></em>' attribute.
	 * The default value is <code>"80.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Probability that the customer stays another year, in percent (0-100).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retention Rate Percent</em>' attribute.
	 * @see #setRetentionRatePercent(double)
	 * @see org.kamworkbench.kam.KamPackage#getLifetimeValueInputs_RetentionRatePercent()
	 * @model default="80.0"
	 * @generated
	 */
	double getRetentionRatePercent();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.LifetimeValueInputs#getRetentionRatePercent <em>Retention Rate Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention Rate Percent</em>' attribute.
	 * @see #getRetentionRatePercent()
	 * @generated
	 */
	void setRetentionRatePercent(double value);

	/**
	 * Returns the value of the '<em><b>Discount Rate Percent</b></em>' attribute.
	 * The default value is <code>"8.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Yearly discount rate, in percent (0-100).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discount Rate Percent</em>' attribute.
	 * @see #setDiscountRatePercent(double)
	 * @see org.kamworkbench.kam.KamPackage#getLifetimeValueInputs_DiscountRatePercent()
	 * @model default="8.0"
	 * @generated
	 */
	double getDiscountRatePercent();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.LifetimeValueInputs#getDiscountRatePercent <em>Discount Rate Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discount Rate Percent</em>' attribute.
	 * @see #getDiscountRatePercent()
	 * @generated
	 */
	void setDiscountRatePercent(double value);

	/**
	 * Returns the value of the '<em><b>Horizon Years</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of years the calculation looks ahead.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Horizon Years</em>' attribute.
	 * @see #setHorizonYears(int)
	 * @see org.kamworkbench.kam.KamPackage#getLifetimeValueInputs_HorizonYears()
	 * @model default="5"
	 * @generated
	 */
	int getHorizonYears();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.LifetimeValueInputs#getHorizonYears <em>Horizon Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Horizon Years</em>' attribute.
	 * @see #getHorizonYears()
	 * @generated
	 */
	void setHorizonYears(int value);

	/**
	 * Returns the value of the '<em><b>Acquisition Cost</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One-off cost of winning or developing the account, in the portfolio currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Acquisition Cost</em>' attribute.
	 * @see #setAcquisitionCost(double)
	 * @see org.kamworkbench.kam.KamPackage#getLifetimeValueInputs_AcquisitionCost()
	 * @model default="0.0"
	 * @generated
	 */
	double getAcquisitionCost();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.LifetimeValueInputs#getAcquisitionCost <em>Acquisition Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acquisition Cost</em>' attribute.
	 * @see #getAcquisitionCost()
	 * @generated
	 */
	void setAcquisitionCost(double value);

	/**
	 * Returns the value of the '<em><b>Assumptions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sources and reasoning behind the inputs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assumptions</em>' attribute.
	 * @see #setAssumptions(String)
	 * @see org.kamworkbench.kam.KamPackage#getLifetimeValueInputs_Assumptions()
	 * @model
	 * @generated
	 */
	String getAssumptions();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.LifetimeValueInputs#getAssumptions <em>Assumptions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assumptions</em>' attribute.
	 * @see #getAssumptions()
	 * @generated
	 */
	void setAssumptions(String value);

	/**
	 * Returns the value of the '<em><b>Prepared By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prepared By</em>' reference.
	 * @see #setPreparedBy(Person)
	 * @see org.kamworkbench.kam.KamPackage#getLifetimeValueInputs_PreparedBy()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getPreparedBy();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.LifetimeValueInputs#getPreparedBy <em>Prepared By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prepared By</em>' reference.
	 * @see #getPreparedBy()
	 * @generated
	 */
	void setPreparedBy(Person value);

	/**
	 * Returns the value of the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Updated</em>' attribute.
	 * @see #setLastUpdated(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getLifetimeValueInputs_LastUpdated()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getLastUpdated();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.LifetimeValueInputs#getLastUpdated <em>Last Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Updated</em>' attribute.
	 * @see #getLastUpdated()
	 * @generated
	 */
	void setLastUpdated(LocalDate value);

} // LifetimeValueInputs
