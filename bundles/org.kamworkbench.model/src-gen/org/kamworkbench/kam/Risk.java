/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Risk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A risk to an account plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.Risk#getLikelihood <em>Likelihood</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Risk#getImpact <em>Impact</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Risk#getMitigation <em>Mitigation</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Risk#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Risk#isClosed <em>Closed</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getRisk()
 * @model
 * @generated
 */
public interface Risk extends NamedElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Likelihood</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Likelihood, 1 (rare) to 5 (almost certain); 0 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Likelihood</em>' attribute.
	 * @see #setLikelihood(int)
	 * @see org.kamworkbench.kam.KamPackage#getRisk_Likelihood()
	 * @model default="0"
	 * @generated
	 */
	int getLikelihood();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Risk#getLikelihood <em>Likelihood</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Likelihood</em>' attribute.
	 * @see #getLikelihood()
	 * @generated
	 */
	void setLikelihood(int value);

	/**
	 * Returns the value of the '<em><b>Impact</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Impact, 1 (minor) to 5 (severe); 0 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Impact</em>' attribute.
	 * @see #setImpact(int)
	 * @see org.kamworkbench.kam.KamPackage#getRisk_Impact()
	 * @model default="0"
	 * @generated
	 */
	int getImpact();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Risk#getImpact <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Impact</em>' attribute.
	 * @see #getImpact()
	 * @generated
	 */
	void setImpact(int value);

	/**
	 * Returns the value of the '<em><b>Mitigation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mitigation</em>' attribute.
	 * @see #setMitigation(String)
	 * @see org.kamworkbench.kam.KamPackage#getRisk_Mitigation()
	 * @model
	 * @generated
	 */
	String getMitigation();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Risk#getMitigation <em>Mitigation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mitigation</em>' attribute.
	 * @see #getMitigation()
	 * @generated
	 */
	void setMitigation(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Person)
	 * @see org.kamworkbench.kam.KamPackage#getRisk_Owner()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getOwner();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Risk#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Person value);

	/**
	 * Returns the value of the '<em><b>Closed</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closed</em>' attribute.
	 * @see #setClosed(boolean)
	 * @see org.kamworkbench.kam.KamPackage#getRisk_Closed()
	 * @model default="false"
	 * @generated
	 */
	boolean isClosed();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Risk#isClosed <em>Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed</em>' attribute.
	 * @see #isClosed()
	 * @generated
	 */
	void setClosed(boolean value);

} // Risk
