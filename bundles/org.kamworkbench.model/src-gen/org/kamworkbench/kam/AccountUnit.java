/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Account Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A local unit of a customer group by country or business unit, with its importance and commitment locally.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.AccountUnit#getCountry <em>Country</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountUnit#getBusinessUnit <em>Business Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountUnit#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountUnit#getLanguageNotes <em>Language Notes</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountUnit#getCultureNotes <em>Culture Notes</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountUnit#getLocalImportance <em>Local Importance</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountUnit#getLocalCommitment <em>Local Commitment</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountUnit#getLocalRevenue <em>Local Revenue</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountUnit#getLocalAgreementNotes <em>Local Agreement Notes</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountUnit#getOurUnit <em>Our Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountUnit#getLocalAccountManager <em>Local Account Manager</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountUnit#getLastUpdated <em>Last Updated</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountUnit#getSubunits <em>Subunits</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountUnit#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getAccountUnit()
 * @model
 * @generated
 */
public interface AccountUnit extends NamedElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.kamworkbench.kam.KamPackage#getAccountUnit_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountUnit#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Business Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Business Unit</em>' attribute.
	 * @see #setBusinessUnit(String)
	 * @see org.kamworkbench.kam.KamPackage#getAccountUnit_BusinessUnit()
	 * @model
	 * @generated
	 */
	String getBusinessUnit();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountUnit#getBusinessUnit <em>Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business Unit</em>' attribute.
	 * @see #getBusinessUnit()
	 * @generated
	 */
	void setBusinessUnit(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Main working language of the unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.kamworkbench.kam.KamPackage#getAccountUnit_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountUnit#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Language Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language Notes</em>' attribute.
	 * @see #setLanguageNotes(String)
	 * @see org.kamworkbench.kam.KamPackage#getAccountUnit_LanguageNotes()
	 * @model
	 * @generated
	 */
	String getLanguageNotes();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountUnit#getLanguageNotes <em>Language Notes</em>}' attribute.
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
	 * @return the value of the '<em>Culture Notes</em>' attribute.
	 * @see #setCultureNotes(String)
	 * @see org.kamworkbench.kam.KamPackage#getAccountUnit_CultureNotes()
	 * @model
	 * @generated
	 */
	String getCultureNotes();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountUnit#getCultureNotes <em>Culture Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Culture Notes</em>' attribute.
	 * @see #getCultureNotes()
	 * @generated
	 */
	void setCultureNotes(String value);

	/**
	 * Returns the value of the '<em><b>Local Importance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Importance of this unit to our local organisation, 0 (none) to 10 (very high); unset when not assessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Local Importance</em>' attribute.
	 * @see #isSetLocalImportance()
	 * @see #unsetLocalImportance()
	 * @see #setLocalImportance(double)
	 * @see org.kamworkbench.kam.KamPackage#getAccountUnit_LocalImportance()
	 * @model unsettable="true"
	 * @generated
	 */
	double getLocalImportance();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountUnit#getLocalImportance <em>Local Importance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Importance</em>' attribute.
	 * @see #isSetLocalImportance()
	 * @see #unsetLocalImportance()
	 * @see #getLocalImportance()
	 * @generated
	 */
	void setLocalImportance(double value);

	/**
	 * Unsets the value of the '{@link org.kamworkbench.kam.AccountUnit#getLocalImportance <em>Local Importance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLocalImportance()
	 * @see #getLocalImportance()
	 * @see #setLocalImportance(double)
	 * @generated
	 */
	void unsetLocalImportance();

	/**
	 * Returns whether the value of the '{@link org.kamworkbench.kam.AccountUnit#getLocalImportance <em>Local Importance</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Local Importance</em>' attribute is set.
	 * @see #unsetLocalImportance()
	 * @see #getLocalImportance()
	 * @see #setLocalImportance(double)
	 * @generated
	 */
	boolean isSetLocalImportance();

	/**
	 * Returns the value of the '<em><b>Local Commitment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Commitment of our local organisation to serving this unit as part of the key account, 0 (none) to 10 (full); unset when not assessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Local Commitment</em>' attribute.
	 * @see #isSetLocalCommitment()
	 * @see #unsetLocalCommitment()
	 * @see #setLocalCommitment(double)
	 * @see org.kamworkbench.kam.KamPackage#getAccountUnit_LocalCommitment()
	 * @model unsettable="true"
	 * @generated
	 */
	double getLocalCommitment();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountUnit#getLocalCommitment <em>Local Commitment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Commitment</em>' attribute.
	 * @see #isSetLocalCommitment()
	 * @see #unsetLocalCommitment()
	 * @see #getLocalCommitment()
	 * @generated
	 */
	void setLocalCommitment(double value);

	/**
	 * Unsets the value of the '{@link org.kamworkbench.kam.AccountUnit#getLocalCommitment <em>Local Commitment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLocalCommitment()
	 * @see #getLocalCommitment()
	 * @see #setLocalCommitment(double)
	 * @generated
	 */
	void unsetLocalCommitment();

	/**
	 * Returns whether the value of the '{@link org.kamworkbench.kam.AccountUnit#getLocalCommitment <em>Local Commitment</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Local Commitment</em>' attribute is set.
	 * @see #unsetLocalCommitment()
	 * @see #getLocalCommitment()
	 * @see #setLocalCommitment(double)
	 * @generated
	 */
	boolean isSetLocalCommitment();

	/**
	 * Returns the value of the '<em><b>Local Revenue</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Our annual revenue with this unit, in the portfolio currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Local Revenue</em>' attribute.
	 * @see #setLocalRevenue(double)
	 * @see org.kamworkbench.kam.KamPackage#getAccountUnit_LocalRevenue()
	 * @model default="0.0"
	 * @generated
	 */
	double getLocalRevenue();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountUnit#getLocalRevenue <em>Local Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Revenue</em>' attribute.
	 * @see #getLocalRevenue()
	 * @generated
	 */
	void setLocalRevenue(double value);

	/**
	 * Returns the value of the '<em><b>Local Agreement Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where local practice or agreements differ from the central agreements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Local Agreement Notes</em>' attribute.
	 * @see #setLocalAgreementNotes(String)
	 * @see org.kamworkbench.kam.KamPackage#getAccountUnit_LocalAgreementNotes()
	 * @model
	 * @generated
	 */
	String getLocalAgreementNotes();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountUnit#getLocalAgreementNotes <em>Local Agreement Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Agreement Notes</em>' attribute.
	 * @see #getLocalAgreementNotes()
	 * @generated
	 */
	void setLocalAgreementNotes(String value);

	/**
	 * Returns the value of the '<em><b>Our Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Our unit that serves this customer unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Our Unit</em>' reference.
	 * @see #setOurUnit(OrganisationUnit)
	 * @see org.kamworkbench.kam.KamPackage#getAccountUnit_OurUnit()
	 * @model resolveProxies="false"
	 * @generated
	 */
	OrganisationUnit getOurUnit();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountUnit#getOurUnit <em>Our Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Our Unit</em>' reference.
	 * @see #getOurUnit()
	 * @generated
	 */
	void setOurUnit(OrganisationUnit value);

	/**
	 * Returns the value of the '<em><b>Local Account Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Local Account Manager</em>' reference.
	 * @see #setLocalAccountManager(Person)
	 * @see org.kamworkbench.kam.KamPackage#getAccountUnit_LocalAccountManager()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getLocalAccountManager();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountUnit#getLocalAccountManager <em>Local Account Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Account Manager</em>' reference.
	 * @see #getLocalAccountManager()
	 * @generated
	 */
	void setLocalAccountManager(Person value);

	/**
	 * Returns the value of the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Updated</em>' attribute.
	 * @see #setLastUpdated(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getAccountUnit_LastUpdated()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getLastUpdated();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountUnit#getLastUpdated <em>Last Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Updated</em>' attribute.
	 * @see #getLastUpdated()
	 * @generated
	 */
	void setLastUpdated(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Subunits</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.AccountUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subunits</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getAccountUnit_Subunits()
	 * @model containment="true"
	 * @generated
	 */
	EList<AccountUnit> getSubunits();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.KnowledgeNote}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getAccountUnit_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<KnowledgeNote> getNotes();

} // AccountUnit
