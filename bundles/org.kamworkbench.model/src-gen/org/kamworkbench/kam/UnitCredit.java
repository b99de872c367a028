/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Unit Credit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Credit one of our units receives for its contribution to an account's result.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.UnitCredit#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.UnitCredit#getSharePercent <em>Share Percent</em>}</li>
 *   <li>{@link org.kamworkbench.kam.UnitCredit#getRationale <em>Rationale</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getUnitCredit()
 * @model
 * @generated
 */
public interface UnitCredit extends Identified {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(OrganisationUnit)
	 * @see org.kamworkbench.kam.KamPackage#getUnitCredit_Unit()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	OrganisationUnit getUnit();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.UnitCredit#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(OrganisationUnit value);

	/**
	 * Returns the value of the '<em><b>Share Percent</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of the result credited to the unit, in percent (0-100).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Share Percent</em>' attribute.
	 * @see #setSharePercent(double)
	 * @see org.kamworkbench.kam.KamPackage#getUnitCredit_SharePercent()
	 * @model default="0.0"
	 * @generated
	 */
	double getSharePercent();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.UnitCredit#getSharePercent <em>Share Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Share Percent</em>' attribute.
	 * @see #getSharePercent()
	 * @generated
	 */
	void setSharePercent(double value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.kamworkbench.kam.KamPackage#getUnitCredit_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.UnitCredit#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

} // UnitCredit
