/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kraljic Factor Score</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A weighted factor score of a purchase category on one Kraljic dimension.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.KraljicFactorScore#getDimension <em>Dimension</em>}</li>
 *   <li>{@link org.kamworkbench.kam.KraljicFactorScore#getFactor <em>Factor</em>}</li>
 *   <li>{@link org.kamworkbench.kam.KraljicFactorScore#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.kamworkbench.kam.KraljicFactorScore#getValue <em>Value</em>}</li>
 *   <li>{@link org.kamworkbench.kam.KraljicFactorScore#getRationale <em>Rationale</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getKraljicFactorScore()
 * @model
 * @generated
 */
public interface KraljicFactorScore extends Identified {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Dimension</b></em>' attribute.
	 * The default value is <code>"PROFIT_IMPACT"</code>.
	 * The literals are from the enumeration {@link org.kamworkbench.kam.KraljicDimension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimension</em>' attribute.
	 * @see org.kamworkbench.kam.KraljicDimension
	 * @see #setDimension(KraljicDimension)
	 * @see org.kamworkbench.kam.KamPackage#getKraljicFactorScore_Dimension()
	 * @model default="PROFIT_IMPACT"
	 * @generated
	 */
	KraljicDimension getDimension();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.KraljicFactorScore#getDimension <em>Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimension</em>' attribute.
	 * @see org.kamworkbench.kam.KraljicDimension
	 * @see #getDimension()
	 * @generated
	 */
	void setDimension(KraljicDimension value);

	/**
	 * Returns the value of the '<em><b>Factor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Factor name, e.g. purchase volume, share of total cost, number of suppliers, switching cost.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Factor</em>' attribute.
	 * @see #setFactor(String)
	 * @see org.kamworkbench.kam.KamPackage#getKraljicFactorScore_Factor()
	 * @model
	 * @generated
	 */
	String getFactor();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.KraljicFactorScore#getFactor <em>Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Factor</em>' attribute.
	 * @see #getFactor()
	 * @generated
	 */
	void setFactor(String value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of the factor within its dimension.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.kamworkbench.kam.KamPackage#getKraljicFactorScore_Weight()
	 * @model default="0.0"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.KraljicFactorScore#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Score 0 (lowest) to 10 (highest impact or risk).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.kamworkbench.kam.KamPackage#getKraljicFactorScore_Value()
	 * @model default="0.0"
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.KraljicFactorScore#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.kamworkbench.kam.KamPackage#getKraljicFactorScore_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.KraljicFactorScore#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

} // KraljicFactorScore
