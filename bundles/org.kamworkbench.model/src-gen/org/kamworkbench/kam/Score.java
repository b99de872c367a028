/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Score</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A judgement of one account on one criterion, kept with the criteria version it was given under.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.Score#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Score#getValue <em>Value</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Score#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Score#getDate <em>Date</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Score#getScoredBy <em>Scored By</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Score#getScoredByName <em>Scored By Name</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Score#getCriteriaVersion <em>Criteria Version</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getScore()
 * @model
 * @generated
 */
public interface Score extends Identified {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Criterion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criterion</em>' reference.
	 * @see #setCriterion(Criterion)
	 * @see org.kamworkbench.kam.KamPackage#getScore_Criterion()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	Criterion getCriterion();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Score#getCriterion <em>Criterion</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criterion</em>' reference.
	 * @see #getCriterion()
	 * @generated
	 */
	void setCriterion(Criterion value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Score on the criterion's scale, between its scaleMin and scaleMax.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.kamworkbench.kam.KamPackage#getScore_Value()
	 * @model default="0.0"
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Score#getValue <em>Value</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * Why this score was given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.kamworkbench.kam.KamPackage#getScore_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Score#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getScore_Date()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Score#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Scored By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Our person who gave the score.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scored By</em>' reference.
	 * @see #setScoredBy(Person)
	 * @see org.kamworkbench.kam.KamPackage#getScore_ScoredBy()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getScoredBy();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Score#getScoredBy <em>Scored By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scored By</em>' reference.
	 * @see #getScoredBy()
	 * @generated
	 */
	void setScoredBy(Person value);

	/**
	 * Returns the value of the '<em><b>Scored By Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the scorer when not one of our people (e.g. a workshop or external consultant).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scored By Name</em>' attribute.
	 * @see #setScoredByName(String)
	 * @see org.kamworkbench.kam.KamPackage#getScore_ScoredByName()
	 * @model
	 * @generated
	 */
	String getScoredByName();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Score#getScoredByName <em>Scored By Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scored By Name</em>' attribute.
	 * @see #getScoredByName()
	 * @generated
	 */
	void setScoredByName(String value);

	/**
	 * Returns the value of the '<em><b>Criteria Version</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the criteria set the score was given under.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criteria Version</em>' attribute.
	 * @see #setCriteriaVersion(int)
	 * @see org.kamworkbench.kam.KamPackage#getScore_CriteriaVersion()
	 * @model default="0"
	 * @generated
	 */
	int getCriteriaVersion();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Score#getCriteriaVersion <em>Criteria Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criteria Version</em>' attribute.
	 * @see #getCriteriaVersion()
	 * @generated
	 */
	void setCriteriaVersion(int value);

} // Score
