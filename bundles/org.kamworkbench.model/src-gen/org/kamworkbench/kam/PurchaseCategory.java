/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Purchase Category</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A category the customer buys, placed by profit impact and supply risk as weighted averages of its factor scores.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.PurchaseCategory#getSpend <em>Spend</em>}</li>
 *   <li>{@link org.kamworkbench.kam.PurchaseCategory#getOurSharePercent <em>Our Share Percent</em>}</li>
 *   <li>{@link org.kamworkbench.kam.PurchaseCategory#getOfferings <em>Offerings</em>}</li>
 *   <li>{@link org.kamworkbench.kam.PurchaseCategory#getFactorScores <em>Factor Scores</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getPurchaseCategory()
 * @model
 * @generated
 */
public interface PurchaseCategory extends NamedElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Spend</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer's annual spend in the category, in the portfolio currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spend</em>' attribute.
	 * @see #setSpend(double)
	 * @see org.kamworkbench.kam.KamPackage#getPurchaseCategory_Spend()
	 * @model default="0.0"
	 * @generated
	 */
	double getSpend();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.PurchaseCategory#getSpend <em>Spend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spend</em>' attribute.
	 * @see #getSpend()
	 * @generated
	 */
	void setSpend(double value);

	/**
	 * Returns the value of the '<em><b>Our Share Percent</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Our share of the category spend, in percent (0-100).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Our Share Percent</em>' attribute.
	 * @see #setOurSharePercent(double)
	 * @see org.kamworkbench.kam.KamPackage#getPurchaseCategory_OurSharePercent()
	 * @model default="0.0"
	 * @generated
	 */
	double getOurSharePercent();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.PurchaseCategory#getOurSharePercent <em>Our Share Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Our Share Percent</em>' attribute.
	 * @see #getOurSharePercent()
	 * @generated
	 */
	void setOurSharePercent(double value);

	/**
	 * Returns the value of the '<em><b>Offerings</b></em>' reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.Offering}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Our offerings that fall in this category.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offerings</em>' reference list.
	 * @see org.kamworkbench.kam.KamPackage#getPurchaseCategory_Offerings()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Offering> getOfferings();

	/**
	 * Returns the value of the '<em><b>Factor Scores</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.KraljicFactorScore}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Factor Scores</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getPurchaseCategory_FactorScores()
	 * @model containment="true"
	 * @generated
	 */
	EList<KraljicFactorScore> getFactorScores();

} // PurchaseCategory
