/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scale</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An ordered scale the organisation chooses to use, e.g. McDonald's or Millman & Wilson's relationship stages, or the buy-sell hierarchy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.Scale#getKind <em>Kind</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Scale#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Scale#getSource <em>Source</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Scale#getLevels <em>Levels</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getScale()
 * @model
 * @generated
 */
public interface Scale extends NamedElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"OTHER"</code>.
	 * The literals are from the enumeration {@link org.kamworkbench.kam.ScaleKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.kamworkbench.kam.ScaleKind
	 * @see #setKind(ScaleKind)
	 * @see org.kamworkbench.kam.KamPackage#getScale_Kind()
	 * @model default="OTHER"
	 * @generated
	 */
	ScaleKind getKind();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Scale#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.kamworkbench.kam.ScaleKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ScaleKind value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The default value is <code>"HIGHER_IS_BETTER"</code>.
	 * The literals are from the enumeration {@link org.kamworkbench.kam.ScaleDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a higher rank means a better (more developed) level.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.kamworkbench.kam.ScaleDirection
	 * @see #setDirection(ScaleDirection)
	 * @see org.kamworkbench.kam.KamPackage#getScale_Direction()
	 * @model default="HIGHER_IS_BETTER"
	 * @generated
	 */
	ScaleDirection getDirection();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Scale#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.kamworkbench.kam.ScaleDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(ScaleDirection value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Origin of the scale, e.g. 'McDonald', 'Millman & Wilson', 'Miller Heiman'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.kamworkbench.kam.KamPackage#getScale_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Scale#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Levels</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.ScaleLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Levels in ascending rank order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Levels</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getScale_Levels()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScaleLevel> getLevels();

} // Scale
