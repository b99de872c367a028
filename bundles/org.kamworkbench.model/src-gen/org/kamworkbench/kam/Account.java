/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Account</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A customer group that is a candidate, key or former key account, with everything recorded about it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.Account#getStatus <em>Status</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getSector <em>Sector</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getCountry <em>Country</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getKeyAccountManager <em>Key Account Manager</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getExecutiveSponsor <em>Executive Sponsor</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getCustomerSponsor <em>Customer Sponsor</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getOwningUnit <em>Owning Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getDecisionLevel <em>Decision Level</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getPurchasingCoordination <em>Purchasing Coordination</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getOurWillingnessToInvest <em>Our Willingness To Invest</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getTheirWillingnessToInvest <em>Their Willingness To Invest</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getOurInternationalisation <em>Our Internationalisation</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getTheirInternationalisation <em>Their Internationalisation</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getRelationshipStage <em>Relationship Stage</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getCurrentBuySellLevel <em>Current Buy Sell Level</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getDesiredBuySellLevel <em>Desired Buy Sell Level</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getLanguageNotes <em>Language Notes</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getCultureNotes <em>Culture Notes</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getLastUpdated <em>Last Updated</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getUnits <em>Units</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getRelationshipLinks <em>Relationship Links</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getTeam <em>Team</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getScores <em>Scores</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getKraljicAssessment <em>Kraljic Assessment</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getSupplierPreferencing <em>Supplier Preferencing</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getCompetitors <em>Competitors</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getPlans <em>Plans</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getResults <em>Results</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Account#getLifetimeValueInputs <em>Lifetime Value Inputs</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getAccount()
 * @model
 * @generated
 */
public interface Account extends NamedElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"CANDIDATE"</code>.
	 * The literals are from the enumeration {@link org.kamworkbench.kam.AccountStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.kamworkbench.kam.AccountStatus
	 * @see #setStatus(AccountStatus)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_Status()
	 * @model default="CANDIDATE"
	 * @generated
	 */
	AccountStatus getStatus();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.kamworkbench.kam.AccountStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AccountStatus value);

	/**
	 * Returns the value of the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sector</em>' attribute.
	 * @see #setSector(String)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_Sector()
	 * @model
	 * @generated
	 */
	String getSector();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getSector <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sector</em>' attribute.
	 * @see #getSector()
	 * @generated
	 */
	void setSector(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Country of the group's headquarters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Key Account Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Account Manager</em>' reference.
	 * @see #setKeyAccountManager(Person)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_KeyAccountManager()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getKeyAccountManager();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getKeyAccountManager <em>Key Account Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Account Manager</em>' reference.
	 * @see #getKeyAccountManager()
	 * @generated
	 */
	void setKeyAccountManager(Person value);

	/**
	 * Returns the value of the '<em><b>Executive Sponsor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Member of our top management who sponsors the account.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Executive Sponsor</em>' reference.
	 * @see #setExecutiveSponsor(Person)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_ExecutiveSponsor()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getExecutiveSponsor();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getExecutiveSponsor <em>Executive Sponsor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Executive Sponsor</em>' reference.
	 * @see #getExecutiveSponsor()
	 * @generated
	 */
	void setExecutiveSponsor(Person value);

	/**
	 * Returns the value of the '<em><b>Customer Sponsor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Counterpart sponsor on the customer's side.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Sponsor</em>' reference.
	 * @see #setCustomerSponsor(Contact)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_CustomerSponsor()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Contact getCustomerSponsor();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getCustomerSponsor <em>Customer Sponsor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Sponsor</em>' reference.
	 * @see #getCustomerSponsor()
	 * @generated
	 */
	void setCustomerSponsor(Contact value);

	/**
	 * Returns the value of the '<em><b>Owning Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of ours that holds central responsibility for the account.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owning Unit</em>' reference.
	 * @see #setOwningUnit(OrganisationUnit)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_OwningUnit()
	 * @model resolveProxies="false"
	 * @generated
	 */
	OrganisationUnit getOwningUnit();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getOwningUnit <em>Owning Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owning Unit</em>' reference.
	 * @see #getOwningUnit()
	 * @generated
	 */
	void setOwningUnit(OrganisationUnit value);

	/**
	 * Returns the value of the '<em><b>Decision Level</b></em>' attribute.
	 * The default value is <code>"UNKNOWN"</code>.
	 * The literals are from the enumeration {@link org.kamworkbench.kam.DecisionLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Level at which the customer decides on purchases like ours.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision Level</em>' attribute.
	 * @see org.kamworkbench.kam.DecisionLevel
	 * @see #setDecisionLevel(DecisionLevel)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_DecisionLevel()
	 * @model default="UNKNOWN"
	 * @generated
	 */
	DecisionLevel getDecisionLevel();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getDecisionLevel <em>Decision Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Level</em>' attribute.
	 * @see org.kamworkbench.kam.DecisionLevel
	 * @see #getDecisionLevel()
	 * @generated
	 */
	void setDecisionLevel(DecisionLevel value);

	/**
	 * Returns the value of the '<em><b>Purchasing Coordination</b></em>' attribute.
	 * The default value is <code>"UNKNOWN"</code>.
	 * The literals are from the enumeration {@link org.kamworkbench.kam.PurchasingCoordination}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purchasing Coordination</em>' attribute.
	 * @see org.kamworkbench.kam.PurchasingCoordination
	 * @see #setPurchasingCoordination(PurchasingCoordination)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_PurchasingCoordination()
	 * @model default="UNKNOWN"
	 * @generated
	 */
	PurchasingCoordination getPurchasingCoordination();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getPurchasingCoordination <em>Purchasing Coordination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purchasing Coordination</em>' attribute.
	 * @see org.kamworkbench.kam.PurchasingCoordination
	 * @see #getPurchasingCoordination()
	 * @generated
	 */
	void setPurchasingCoordination(PurchasingCoordination value);

	/**
	 * Returns the value of the '<em><b>Our Willingness To Invest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Our willingness to invest in the relationship, 0 (none) to 10 (very high); unset when not assessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Our Willingness To Invest</em>' attribute.
	 * @see #isSetOurWillingnessToInvest()
	 * @see #unsetOurWillingnessToInvest()
	 * @see #setOurWillingnessToInvest(double)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_OurWillingnessToInvest()
	 * @model unsettable="true"
	 * @generated
	 */
	double getOurWillingnessToInvest();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getOurWillingnessToInvest <em>Our Willingness To Invest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Our Willingness To Invest</em>' attribute.
	 * @see #isSetOurWillingnessToInvest()
	 * @see #unsetOurWillingnessToInvest()
	 * @see #getOurWillingnessToInvest()
	 * @generated
	 */
	void setOurWillingnessToInvest(double value);

	/**
	 * Unsets the value of the '{@link org.kamworkbench.kam.Account#getOurWillingnessToInvest <em>Our Willingness To Invest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOurWillingnessToInvest()
	 * @see #getOurWillingnessToInvest()
	 * @see #setOurWillingnessToInvest(double)
	 * @generated
	 */
	void unsetOurWillingnessToInvest();

	/**
	 * Returns whether the value of the '{@link org.kamworkbench.kam.Account#getOurWillingnessToInvest <em>Our Willingness To Invest</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Our Willingness To Invest</em>' attribute is set.
	 * @see #unsetOurWillingnessToInvest()
	 * @see #getOurWillingnessToInvest()
	 * @see #setOurWillingnessToInvest(double)
	 * @generated
	 */
	boolean isSetOurWillingnessToInvest();

	/**
	 * Returns the value of the '<em><b>Their Willingness To Invest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer's willingness to invest in the relationship, 0 (none) to 10 (very high); unset when not assessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Their Willingness To Invest</em>' attribute.
	 * @see #isSetTheirWillingnessToInvest()
	 * @see #unsetTheirWillingnessToInvest()
	 * @see #setTheirWillingnessToInvest(double)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_TheirWillingnessToInvest()
	 * @model unsettable="true"
	 * @generated
	 */
	double getTheirWillingnessToInvest();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getTheirWillingnessToInvest <em>Their Willingness To Invest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Their Willingness To Invest</em>' attribute.
	 * @see #isSetTheirWillingnessToInvest()
	 * @see #unsetTheirWillingnessToInvest()
	 * @see #getTheirWillingnessToInvest()
	 * @generated
	 */
	void setTheirWillingnessToInvest(double value);

	/**
	 * Unsets the value of the '{@link org.kamworkbench.kam.Account#getTheirWillingnessToInvest <em>Their Willingness To Invest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTheirWillingnessToInvest()
	 * @see #getTheirWillingnessToInvest()
	 * @see #setTheirWillingnessToInvest(double)
	 * @generated
	 */
	void unsetTheirWillingnessToInvest();

	/**
	 * Returns whether the value of the '{@link org.kamworkbench.kam.Account#getTheirWillingnessToInvest <em>Their Willingness To Invest</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Their Willingness To Invest</em>' attribute is set.
	 * @see #unsetTheirWillingnessToInvest()
	 * @see #getTheirWillingnessToInvest()
	 * @see #setTheirWillingnessToInvest(double)
	 * @generated
	 */
	boolean isSetTheirWillingnessToInvest();

	/**
	 * Returns the value of the '<em><b>Our Internationalisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Degree of internationalisation of our organisation, 0 (local) to 10 (global); unset when not assessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Our Internationalisation</em>' attribute.
	 * @see #isSetOurInternationalisation()
	 * @see #unsetOurInternationalisation()
	 * @see #setOurInternationalisation(double)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_OurInternationalisation()
	 * @model unsettable="true"
	 * @generated
	 */
	double getOurInternationalisation();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getOurInternationalisation <em>Our Internationalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Our Internationalisation</em>' attribute.
	 * @see #isSetOurInternationalisation()
	 * @see #unsetOurInternationalisation()
	 * @see #getOurInternationalisation()
	 * @generated
	 */
	void setOurInternationalisation(double value);

	/**
	 * Unsets the value of the '{@link org.kamworkbench.kam.Account#getOurInternationalisation <em>Our Internationalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOurInternationalisation()
	 * @see #getOurInternationalisation()
	 * @see #setOurInternationalisation(double)
	 * @generated
	 */
	void unsetOurInternationalisation();

	/**
	 * Returns whether the value of the '{@link org.kamworkbench.kam.Account#getOurInternationalisation <em>Our Internationalisation</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Our Internationalisation</em>' attribute is set.
	 * @see #unsetOurInternationalisation()
	 * @see #getOurInternationalisation()
	 * @see #setOurInternationalisation(double)
	 * @generated
	 */
	boolean isSetOurInternationalisation();

	/**
	 * Returns the value of the '<em><b>Their Internationalisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Degree of internationalisation of the customer, 0 (local) to 10 (global); unset when not assessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Their Internationalisation</em>' attribute.
	 * @see #isSetTheirInternationalisation()
	 * @see #unsetTheirInternationalisation()
	 * @see #setTheirInternationalisation(double)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_TheirInternationalisation()
	 * @model unsettable="true"
	 * @generated
	 */
	double getTheirInternationalisation();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getTheirInternationalisation <em>Their Internationalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Their Internationalisation</em>' attribute.
	 * @see #isSetTheirInternationalisation()
	 * @see #unsetTheirInternationalisation()
	 * @see #getTheirInternationalisation()
	 * @generated
	 */
	void setTheirInternationalisation(double value);

	/**
	 * Unsets the value of the '{@link org.kamworkbench.kam.Account#getTheirInternationalisation <em>Their Internationalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTheirInternationalisation()
	 * @see #getTheirInternationalisation()
	 * @see #setTheirInternationalisation(double)
	 * @generated
	 */
	void unsetTheirInternationalisation();

	/**
	 * Returns whether the value of the '{@link org.kamworkbench.kam.Account#getTheirInternationalisation <em>Their Internationalisation</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Their Internationalisation</em>' attribute is set.
	 * @see #unsetTheirInternationalisation()
	 * @see #getTheirInternationalisation()
	 * @see #setTheirInternationalisation(double)
	 * @generated
	 */
	boolean isSetTheirInternationalisation();

	/**
	 * Returns the value of the '<em><b>Relationship Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current level on the portfolio's relationship stage scale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relationship Stage</em>' reference.
	 * @see #setRelationshipStage(ScaleLevel)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_RelationshipStage()
	 * @model resolveProxies="false"
	 * @generated
	 */
	ScaleLevel getRelationshipStage();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getRelationshipStage <em>Relationship Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relationship Stage</em>' reference.
	 * @see #getRelationshipStage()
	 * @generated
	 */
	void setRelationshipStage(ScaleLevel value);

	/**
	 * Returns the value of the '<em><b>Current Buy Sell Level</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Level on the buy-sell scale at which the customer sees us now.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Current Buy Sell Level</em>' reference.
	 * @see #setCurrentBuySellLevel(ScaleLevel)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_CurrentBuySellLevel()
	 * @model resolveProxies="false"
	 * @generated
	 */
	ScaleLevel getCurrentBuySellLevel();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getCurrentBuySellLevel <em>Current Buy Sell Level</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Buy Sell Level</em>' reference.
	 * @see #getCurrentBuySellLevel()
	 * @generated
	 */
	void setCurrentBuySellLevel(ScaleLevel value);

	/**
	 * Returns the value of the '<em><b>Desired Buy Sell Level</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Level on the buy-sell scale we aim for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Desired Buy Sell Level</em>' reference.
	 * @see #setDesiredBuySellLevel(ScaleLevel)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_DesiredBuySellLevel()
	 * @model resolveProxies="false"
	 * @generated
	 */
	ScaleLevel getDesiredBuySellLevel();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getDesiredBuySellLevel <em>Desired Buy Sell Level</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Desired Buy Sell Level</em>' reference.
	 * @see #getDesiredBuySellLevel()
	 * @generated
	 */
	void setDesiredBuySellLevel(ScaleLevel value);

	/**
	 * Returns the value of the '<em><b>Language Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Languages used and language barriers at group level.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language Notes</em>' attribute.
	 * @see #setLanguageNotes(String)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_LanguageNotes()
	 * @model
	 * @generated
	 */
	String getLanguageNotes();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getLanguageNotes <em>Language Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language Notes</em>' attribute.
	 * @see #getLanguageNotes()
	 * @generated
	 */
	void setLanguageNotes(String value);

	/**
	 * Returns the value of the '<em><b>Culture Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cultural differences to keep in mind at group level.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Culture Notes</em>' attribute.
	 * @see #setCultureNotes(String)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_CultureNotes()
	 * @model
	 * @generated
	 */
	String getCultureNotes();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getCultureNotes <em>Culture Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Culture Notes</em>' attribute.
	 * @see #getCultureNotes()
	 * @generated
	 */
	void setCultureNotes(String value);

	/**
	 * Returns the value of the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Updated</em>' attribute.
	 * @see #setLastUpdated(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_LastUpdated()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getLastUpdated();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getLastUpdated <em>Last Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Updated</em>' attribute.
	 * @see #getLastUpdated()
	 * @generated
	 */
	void setLastUpdated(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Units</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.AccountUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Local units of the group by country or business unit; units may contain subunits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Units</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getAccount_Units()
	 * @model containment="true"
	 * @generated
	 */
	EList<AccountUnit> getUnits();

	/**
	 * Returns the value of the '<em><b>Contacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.Contact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contacts</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getAccount_Contacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Contact> getContacts();

	/**
	 * Returns the value of the '<em><b>Relationship Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.RelationshipLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who meets whom between our people and the customer's contacts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relationship Links</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getAccount_RelationshipLinks()
	 * @model containment="true"
	 * @generated
	 */
	EList<RelationshipLink> getRelationshipLinks();

	/**
	 * Returns the value of the '<em><b>Team</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.AccountTeamMember}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Team</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getAccount_Team()
	 * @model containment="true"
	 * @generated
	 */
	EList<AccountTeamMember> getTeam();

	/**
	 * Returns the value of the '<em><b>Scores</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.Score}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Selection scores of all criteria versions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scores</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getAccount_Scores()
	 * @model containment="true"
	 * @generated
	 */
	EList<Score> getScores();

	/**
	 * Returns the value of the '<em><b>Kraljic Assessment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer's purchasing portfolio as seen from their side.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kraljic Assessment</em>' containment reference.
	 * @see #setKraljicAssessment(KraljicAssessment)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_KraljicAssessment()
	 * @model containment="true"
	 * @generated
	 */
	KraljicAssessment getKraljicAssessment();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getKraljicAssessment <em>Kraljic Assessment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kraljic Assessment</em>' containment reference.
	 * @see #getKraljicAssessment()
	 * @generated
	 */
	void setKraljicAssessment(KraljicAssessment value);

	/**
	 * Returns the value of the '<em><b>Supplier Preferencing</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supplier Preferencing</em>' containment reference.
	 * @see #setSupplierPreferencing(SupplierPreferencing)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_SupplierPreferencing()
	 * @model containment="true"
	 * @generated
	 */
	SupplierPreferencing getSupplierPreferencing();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getSupplierPreferencing <em>Supplier Preferencing</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supplier Preferencing</em>' containment reference.
	 * @see #getSupplierPreferencing()
	 * @generated
	 */
	void setSupplierPreferencing(SupplierPreferencing value);

	/**
	 * Returns the value of the '<em><b>Competitors</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.CompetitorPosition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Competitors</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getAccount_Competitors()
	 * @model containment="true"
	 * @generated
	 */
	EList<CompetitorPosition> getCompetitors();

	/**
	 * Returns the value of the '<em><b>Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.AccountPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plans</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getAccount_Plans()
	 * @model containment="true"
	 * @generated
	 */
	EList<AccountPlan> getPlans();

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.PeriodResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getAccount_Results()
	 * @model containment="true"
	 * @generated
	 */
	EList<PeriodResult> getResults();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.KnowledgeNote}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getAccount_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<KnowledgeNote> getNotes();

	/**
	 * Returns the value of the '<em><b>Lifetime Value Inputs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lifetime Value Inputs</em>' containment reference.
	 * @see #setLifetimeValueInputs(LifetimeValueInputs)
	 * @see org.kamworkbench.kam.KamPackage#getAccount_LifetimeValueInputs()
	 * @model containment="true"
	 * @generated
	 */
	LifetimeValueInputs getLifetimeValueInputs();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Account#getLifetimeValueInputs <em>Lifetime Value Inputs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lifetime Value Inputs</em>' containment reference.
	 * @see #getLifetimeValueInputs()
	 * @generated
	 */
	void setLifetimeValueInputs(LifetimeValueInputs value);

} // Account
