/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Swot Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One strength, weakness, opportunity or threat of the situation analysis.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.SwotItem#getKind <em>Kind</em>}</li>
 *   <li>{@link org.kamworkbench.kam.SwotItem#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getSwotItem()
 * @model
 * @generated
 */
public interface SwotItem extends Identified {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"STRENGTH"</code>.
	 * The literals are from the enumeration {@link org.kamworkbench.kam.SwotKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.kamworkbench.kam.SwotKind
	 * @see #setKind(SwotKind)
	 * @see org.kamworkbench.kam.KamPackage#getSwotItem_Kind()
	 * @model default="STRENGTH"
	 * @generated
	 */
	SwotKind getKind();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.SwotItem#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.kamworkbench.kam.SwotKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SwotKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.kamworkbench.kam.KamPackage#getSwotItem_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.SwotItem#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // SwotItem
