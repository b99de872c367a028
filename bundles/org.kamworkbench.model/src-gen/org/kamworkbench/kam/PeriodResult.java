/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Period Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Actual results with an account for one period, against targets, with credit for each of our units.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.PeriodResult#getAccountUnit <em>Account Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.PeriodResult#getDirectRevenue <em>Direct Revenue</em>}</li>
 *   <li>{@link org.kamworkbench.kam.PeriodResult#getCostToServe <em>Cost To Serve</em>}</li>
 *   <li>{@link org.kamworkbench.kam.PeriodResult#getProfitContribution <em>Profit Contribution</em>}</li>
 *   <li>{@link org.kamworkbench.kam.PeriodResult#getRevenueTarget <em>Revenue Target</em>}</li>
 *   <li>{@link org.kamworkbench.kam.PeriodResult#getProfitContributionTarget <em>Profit Contribution Target</em>}</li>
 *   <li>{@link org.kamworkbench.kam.PeriodResult#getComment <em>Comment</em>}</li>
 *   <li>{@link org.kamworkbench.kam.PeriodResult#getLastUpdated <em>Last Updated</em>}</li>
 *   <li>{@link org.kamworkbench.kam.PeriodResult#getIndirectRevenues <em>Indirect Revenues</em>}</li>
 *   <li>{@link org.kamworkbench.kam.PeriodResult#getCredits <em>Credits</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getPeriodResult()
 * @model
 * @generated
 */
public interface PeriodResult extends Periodic {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Account Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer unit the result concerns; empty for the whole group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Account Unit</em>' reference.
	 * @see #setAccountUnit(AccountUnit)
	 * @see org.kamworkbench.kam.KamPackage#getPeriodResult_AccountUnit()
	 * @model resolveProxies="false"
	 * @generated
	 */
	AccountUnit getAccountUnit();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.PeriodResult#getAccountUnit <em>Account Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account Unit</em>' reference.
	 * @see #getAccountUnit()
	 * @generated
	 */
	void setAccountUnit(AccountUnit value);

	/**
	 * Returns the value of the '<em><b>Direct Revenue</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Revenue invoiced directly to the customer, in the portfolio currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direct Revenue</em>' attribute.
	 * @see #setDirectRevenue(double)
	 * @see org.kamworkbench.kam.KamPackage#getPeriodResult_DirectRevenue()
	 * @model default="0.0"
	 * @generated
	 */
	double getDirectRevenue();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.PeriodResult#getDirectRevenue <em>Direct Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direct Revenue</em>' attribute.
	 * @see #getDirectRevenue()
	 * @generated
	 */
	void setDirectRevenue(double value);

	/**
	 * Returns the value of the '<em><b>Cost To Serve</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cost of serving the account in the period, in the portfolio currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost To Serve</em>' attribute.
	 * @see #setCostToServe(double)
	 * @see org.kamworkbench.kam.KamPackage#getPeriodResult_CostToServe()
	 * @model default="0.0"
	 * @generated
	 */
	double getCostToServe();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.PeriodResult#getCostToServe <em>Cost To Serve</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost To Serve</em>' attribute.
	 * @see #getCostToServe()
	 * @generated
	 */
	void setCostToServe(double value);

	/**
	 * Returns the value of the '<em><b>Profit Contribution</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Profit contribution in the period, in the portfolio currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Profit Contribution</em>' attribute.
	 * @see #setProfitContribution(double)
	 * @see org.kamworkbench.kam.KamPackage#getPeriodResult_ProfitContribution()
	 * @model default="0.0"
	 * @generated
	 */
	double getProfitContribution();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.PeriodResult#getProfitContribution <em>Profit Contribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profit Contribution</em>' attribute.
	 * @see #getProfitContribution()
	 * @generated
	 */
	void setProfitContribution(double value);

	/**
	 * Returns the value of the '<em><b>Revenue Target</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target revenue for the period, in the portfolio currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revenue Target</em>' attribute.
	 * @see #setRevenueTarget(double)
	 * @see org.kamworkbench.kam.KamPackage#getPeriodResult_RevenueTarget()
	 * @model default="0.0"
	 * @generated
	 */
	double getRevenueTarget();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.PeriodResult#getRevenueTarget <em>Revenue Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revenue Target</em>' attribute.
	 * @see #getRevenueTarget()
	 * @generated
	 */
	void setRevenueTarget(double value);

	/**
	 * Returns the value of the '<em><b>Profit Contribution Target</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target profit contribution for the period, in the portfolio currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Profit Contribution Target</em>' attribute.
	 * @see #setProfitContributionTarget(double)
	 * @see org.kamworkbench.kam.KamPackage#getPeriodResult_ProfitContributionTarget()
	 * @model default="0.0"
	 * @generated
	 */
	double getProfitContributionTarget();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.PeriodResult#getProfitContributionTarget <em>Profit Contribution Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profit Contribution Target</em>' attribute.
	 * @see #getProfitContributionTarget()
	 * @generated
	 */
	void setProfitContributionTarget(double value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.kamworkbench.kam.KamPackage#getPeriodResult_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.PeriodResult#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

	/**
	 * Returns the value of the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Updated</em>' attribute.
	 * @see #setLastUpdated(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getPeriodResult_LastUpdated()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getLastUpdated();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.PeriodResult#getLastUpdated <em>Last Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Updated</em>' attribute.
	 * @see #getLastUpdated()
	 * @generated
	 */
	void setLastUpdated(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Indirect Revenues</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.IndirectRevenue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indirect Revenues</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getPeriodResult_IndirectRevenues()
	 * @model containment="true"
	 * @generated
	 */
	EList<IndirectRevenue> getIndirectRevenues();

	/**
	 * Returns the value of the '<em><b>Credits</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.UnitCredit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Split of the credit for the result across our units.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Credits</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getPeriodResult_Credits()
	 * @model containment="true"
	 * @generated
	 */
	EList<UnitCredit> getCredits();

} // PeriodResult
