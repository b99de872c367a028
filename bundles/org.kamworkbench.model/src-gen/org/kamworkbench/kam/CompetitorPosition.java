/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Competitor Position</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A competitor's presence at an account.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.CompetitorPosition#getCompetitor <em>Competitor</em>}</li>
 *   <li>{@link org.kamworkbench.kam.CompetitorPosition#getShareOfWalletPercent <em>Share Of Wallet Percent</em>}</li>
 *   <li>{@link org.kamworkbench.kam.CompetitorPosition#isBestCompetitor <em>Best Competitor</em>}</li>
 *   <li>{@link org.kamworkbench.kam.CompetitorPosition#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getCompetitorPosition()
 * @model
 * @generated
 */
public interface CompetitorPosition extends Identified {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Competitor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Competitor</em>' reference.
	 * @see #setCompetitor(Competitor)
	 * @see org.kamworkbench.kam.KamPackage#getCompetitorPosition_Competitor()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	Competitor getCompetitor();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.CompetitorPosition#getCompetitor <em>Competitor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Competitor</em>' reference.
	 * @see #getCompetitor()
	 * @generated
	 */
	void setCompetitor(Competitor value);

	/**
	 * Returns the value of the '<em><b>Share Of Wallet Percent</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Estimated share of the customer's relevant spend that goes to this competitor, in percent (0-100).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Share Of Wallet Percent</em>' attribute.
	 * @see #setShareOfWalletPercent(double)
	 * @see org.kamworkbench.kam.KamPackage#getCompetitorPosition_ShareOfWalletPercent()
	 * @model default="0.0"
	 * @generated
	 */
	double getShareOfWalletPercent();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.CompetitorPosition#getShareOfWalletPercent <em>Share Of Wallet Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Share Of Wallet Percent</em>' attribute.
	 * @see #getShareOfWalletPercent()
	 * @generated
	 */
	void setShareOfWalletPercent(double value);

	/**
	 * Returns the value of the '<em><b>Best Competitor</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this is the best competitor against which our relative strength is scored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Best Competitor</em>' attribute.
	 * @see #setBestCompetitor(boolean)
	 * @see org.kamworkbench.kam.KamPackage#getCompetitorPosition_BestCompetitor()
	 * @model default="false"
	 * @generated
	 */
	boolean isBestCompetitor();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.CompetitorPosition#isBestCompetitor <em>Best Competitor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Best Competitor</em>' attribute.
	 * @see #isBestCompetitor()
	 * @generated
	 */
	void setBestCompetitor(boolean value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.kamworkbench.kam.KamPackage#getCompetitorPosition_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.CompetitorPosition#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // CompetitorPosition
