/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scale Level</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One level of a scale, e.g. 'interdependent' or '4 contributes to business issues'.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.ScaleLevel#getRank <em>Rank</em>}</li>
 *   <li>{@link org.kamworkbench.kam.ScaleLevel#isRanked <em>Ranked</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getScaleLevel()
 * @model
 * @generated
 */
public interface ScaleLevel extends NamedElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Rank</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Position in the scale, 1 = lowest rank; ranked levels are compared by it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rank</em>' attribute.
	 * @see #setRank(int)
	 * @see org.kamworkbench.kam.KamPackage#getScaleLevel_Rank()
	 * @model default="0"
	 * @generated
	 */
	int getRank();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.ScaleLevel#getRank <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rank</em>' attribute.
	 * @see #getRank()
	 * @generated
	 */
	void setRank(int value);

	/**
	 * Returns the value of the '<em><b>Ranked</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * False for a level outside the progression, such as 'uncoupling' when a relationship ends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ranked</em>' attribute.
	 * @see #setRanked(boolean)
	 * @see org.kamworkbench.kam.KamPackage#getScaleLevel_Ranked()
	 * @model default="true"
	 * @generated
	 */
	boolean isRanked();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.ScaleLevel#isRanked <em>Ranked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ranked</em>' attribute.
	 * @see #isRanked()
	 * @generated
	 */
	void setRanked(boolean value);

} // ScaleLevel
