/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A weighted selection criterion on one axis of the account portfolio; the description says what is judged and how.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.Criterion#getAxis <em>Axis</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Criterion#getKind <em>Kind</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Criterion#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Criterion#getScaleMin <em>Scale Min</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Criterion#getScaleMax <em>Scale Max</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Criterion#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Criterion#getComputationId <em>Computation Id</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getCriterion()
 * @model
 * @generated
 */
public interface Criterion extends NamedElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Axis</b></em>' attribute.
	 * The default value is <code>"ATTRACTIVENESS"</code>.
	 * The literals are from the enumeration {@link org.kamworkbench.kam.Axis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Axis</em>' attribute.
	 * @see org.kamworkbench.kam.Axis
	 * @see #setAxis(Axis)
	 * @see org.kamworkbench.kam.KamPackage#getCriterion_Axis()
	 * @model default="ATTRACTIVENESS"
	 * @generated
	 */
	Axis getAxis();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Criterion#getAxis <em>Axis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Axis</em>' attribute.
	 * @see org.kamworkbench.kam.Axis
	 * @see #getAxis()
	 * @generated
	 */
	void setAxis(Axis value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"OWN"</code>.
	 * The literals are from the enumeration {@link org.kamworkbench.kam.CriterionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.kamworkbench.kam.CriterionKind
	 * @see #setKind(CriterionKind)
	 * @see org.kamworkbench.kam.KamPackage#getCriterion_Kind()
	 * @model default="OWN"
	 * @generated
	 */
	CriterionKind getKind();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Criterion#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.kamworkbench.kam.CriterionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CriterionKind value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight within its axis; the weights of one axis are expected to sum to the settings' weightTotal (100).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.kamworkbench.kam.KamPackage#getCriterion_Weight()
	 * @model default="0.0"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Criterion#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

	/**
	 * Returns the value of the '<em><b>Scale Min</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lowest value a score on this criterion can take.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale Min</em>' attribute.
	 * @see #setScaleMin(double)
	 * @see org.kamworkbench.kam.KamPackage#getCriterion_ScaleMin()
	 * @model default="0.0"
	 * @generated
	 */
	double getScaleMin();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Criterion#getScaleMin <em>Scale Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale Min</em>' attribute.
	 * @see #getScaleMin()
	 * @generated
	 */
	void setScaleMin(double value);

	/**
	 * Returns the value of the '<em><b>Scale Max</b></em>' attribute.
	 * The default value is <code>"10.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Highest value a score on this criterion can take.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale Max</em>' attribute.
	 * @see #setScaleMax(double)
	 * @see org.kamworkbench.kam.KamPackage#getCriterion_ScaleMax()
	 * @model default="10.0"
	 * @generated
	 */
	double getScaleMax();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Criterion#getScaleMax <em>Scale Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale Max</em>' attribute.
	 * @see #getScaleMax()
	 * @generated
	 */
	void setScaleMax(double value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The default value is <code>"HIGHER_IS_BETTER"</code>.
	 * The literals are from the enumeration {@link org.kamworkbench.kam.ScaleDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a higher score is better for the account's position on the axis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.kamworkbench.kam.ScaleDirection
	 * @see #setDirection(ScaleDirection)
	 * @see org.kamworkbench.kam.KamPackage#getCriterion_Direction()
	 * @model default="HIGHER_IS_BETTER"
	 * @generated
	 */
	ScaleDirection getDirection();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Criterion#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.kamworkbench.kam.ScaleDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(ScaleDirection value);

	/**
	 * Returns the value of the '<em><b>Computation Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of a plugin-contributed computation that supplies the value; empty for a criterion scored by judgement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Computation Id</em>' attribute.
	 * @see #setComputationId(String)
	 * @see org.kamworkbench.kam.KamPackage#getCriterion_ComputationId()
	 * @model
	 * @generated
	 */
	String getComputationId();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Criterion#getComputationId <em>Computation Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Computation Id</em>' attribute.
	 * @see #getComputationId()
	 * @generated
	 */
	void setComputationId(String value);

} // Criterion
