/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Portfolio</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a portfolio file: our organisation, its people, units, offerings, scales, criteria sets, competitors, analysis settings and accounts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.Portfolio#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Portfolio#getOrganisationName <em>Organisation Name</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Portfolio#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Portfolio#getLastUpdated <em>Last Updated</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Portfolio#getSettings <em>Settings</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Portfolio#getPeople <em>People</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Portfolio#getUnits <em>Units</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Portfolio#getOfferings <em>Offerings</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Portfolio#getScales <em>Scales</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Portfolio#getCriteriaSets <em>Criteria Sets</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Portfolio#getCompetitors <em>Competitors</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Portfolio#getResellers <em>Resellers</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Portfolio#getAccounts <em>Accounts</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Portfolio#getActiveCriteriaSet <em>Active Criteria Set</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Portfolio#getRelationshipStageScale <em>Relationship Stage Scale</em>}</li>
 *   <li>{@link org.kamworkbench.kam.Portfolio#getBuySellScale <em>Buy Sell Scale</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getPortfolio()
 * @model
 * @generated
 */
public interface Portfolio extends NamedElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the file format: written on every save, used to migrate older files.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see org.kamworkbench.kam.KamPackage#getPortfolio_FormatVersion()
	 * @model
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Portfolio#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Organisation Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of our own (the supplier's) organisation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisation Name</em>' attribute.
	 * @see #setOrganisationName(String)
	 * @see org.kamworkbench.kam.KamPackage#getPortfolio_OrganisationName()
	 * @model
	 * @generated
	 */
	String getOrganisationName();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Portfolio#getOrganisationName <em>Organisation Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation Name</em>' attribute.
	 * @see #getOrganisationName()
	 * @generated
	 */
	void setOrganisationName(String value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * The default value is <code>"EUR"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 4217 code of the currency in which all money amounts in this file are expressed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.kamworkbench.kam.KamPackage#getPortfolio_Currency()
	 * @model default="EUR"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Portfolio#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Updated</em>' attribute.
	 * @see #setLastUpdated(LocalDate)
	 * @see org.kamworkbench.kam.KamPackage#getPortfolio_LastUpdated()
	 * @model dataType="org.kamworkbench.kam.Date"
	 * @generated
	 */
	LocalDate getLastUpdated();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Portfolio#getLastUpdated <em>Last Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Updated</em>' attribute.
	 * @see #getLastUpdated()
	 * @generated
	 */
	void setLastUpdated(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Thresholds and parameters of the analyses; defaults apply when absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference.
	 * @see #setSettings(AnalysisSettings)
	 * @see org.kamworkbench.kam.KamPackage#getPortfolio_Settings()
	 * @model containment="true"
	 * @generated
	 */
	AnalysisSettings getSettings();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Portfolio#getSettings <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Settings</em>' containment reference.
	 * @see #getSettings()
	 * @generated
	 */
	void setSettings(AnalysisSettings value);

	/**
	 * Returns the value of the '<em><b>People</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People of our own organisation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>People</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getPortfolio_People()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getPeople();

	/**
	 * Returns the value of the '<em><b>Units</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.OrganisationUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top-level units of our own organisation (countries, business units); units may contain subunits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Units</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getPortfolio_Units()
	 * @model containment="true"
	 * @generated
	 */
	EList<OrganisationUnit> getUnits();

	/**
	 * Returns the value of the '<em><b>Offerings</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.Offering}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Products and services our organisation offers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offerings</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getPortfolio_Offerings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Offering> getOfferings();

	/**
	 * Returns the value of the '<em><b>Scales</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.Scale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ordered scales the organisation uses, such as relationship stages and buy-sell levels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scales</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getPortfolio_Scales()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scale> getScales();

	/**
	 * Returns the value of the '<em><b>Criteria Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.CriteriaSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All versions of the selection criteria, old versions kept so that past scores stay interpretable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criteria Sets</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getPortfolio_CriteriaSets()
	 * @model containment="true"
	 * @generated
	 */
	EList<CriteriaSet> getCriteriaSets();

	/**
	 * Returns the value of the '<em><b>Competitors</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.Competitor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Competitors</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getPortfolio_Competitors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Competitor> getCompetitors();

	/**
	 * Returns the value of the '<em><b>Resellers</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.Reseller}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Resellers and partners through which accounts buy from us, each once, whatever the periods and accounts whose indirect revenue goes through it (format version 2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resellers</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getPortfolio_Resellers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Reseller> getResellers();

	/**
	 * Returns the value of the '<em><b>Accounts</b></em>' containment reference list.
	 * The list contents are of type {@link org.kamworkbench.kam.Account}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Candidate, key and former key accounts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accounts</em>' containment reference list.
	 * @see org.kamworkbench.kam.KamPackage#getPortfolio_Accounts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Account> getAccounts();

	/**
	 * Returns the value of the '<em><b>Active Criteria Set</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Criteria set version under which new scores are given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Active Criteria Set</em>' reference.
	 * @see #setActiveCriteriaSet(CriteriaSet)
	 * @see org.kamworkbench.kam.KamPackage#getPortfolio_ActiveCriteriaSet()
	 * @model resolveProxies="false"
	 * @generated
	 */
	CriteriaSet getActiveCriteriaSet();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Portfolio#getActiveCriteriaSet <em>Active Criteria Set</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active Criteria Set</em>' reference.
	 * @see #getActiveCriteriaSet()
	 * @generated
	 */
	void setActiveCriteriaSet(CriteriaSet value);

	/**
	 * Returns the value of the '<em><b>Relationship Stage Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scale this organisation uses for relationship stages (e.g. McDonald or Millman & Wilson).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relationship Stage Scale</em>' reference.
	 * @see #setRelationshipStageScale(Scale)
	 * @see org.kamworkbench.kam.KamPackage#getPortfolio_RelationshipStageScale()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Scale getRelationshipStageScale();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Portfolio#getRelationshipStageScale <em>Relationship Stage Scale</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relationship Stage Scale</em>' reference.
	 * @see #getRelationshipStageScale()
	 * @generated
	 */
	void setRelationshipStageScale(Scale value);

	/**
	 * Returns the value of the '<em><b>Buy Sell Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scale this organisation uses for how the customer sees us (e.g. Miller Heiman buy-sell hierarchy).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Buy Sell Scale</em>' reference.
	 * @see #setBuySellScale(Scale)
	 * @see org.kamworkbench.kam.KamPackage#getPortfolio_BuySellScale()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Scale getBuySellScale();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.Portfolio#getBuySellScale <em>Buy Sell Scale</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Buy Sell Scale</em>' reference.
	 * @see #getBuySellScale()
	 * @generated
	 */
	void setBuySellScale(Scale value);

} // Portfolio
