/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.AccountTeamMember;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.CompetitorPosition;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.DecisionLevel;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.KnowledgeNote;
import org.kamworkbench.kam.KraljicAssessment;
import org.kamworkbench.kam.LifetimeValueInputs;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.PurchasingCoordination;
import org.kamworkbench.kam.RelationshipLink;
import org.kamworkbench.kam.ScaleLevel;
import org.kamworkbench.kam.Score;
import org.kamworkbench.kam.SupplierPreferencing;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Account</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getSector <em>Sector</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getKeyAccountManager <em>Key Account Manager</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getExecutiveSponsor <em>Executive Sponsor</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getCustomerSponsor <em>Customer Sponsor</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getOwningUnit <em>Owning Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getDecisionLevel <em>Decision Level</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getPurchasingCoordination <em>Purchasing Coordination</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getOurWillingnessToInvest <em>Our Willingness To Invest</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getTheirWillingnessToInvest <em>Their Willingness To Invest</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getOurInternationalisation <em>Our Internationalisation</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getTheirInternationalisation <em>Their Internationalisation</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getRelationshipStage <em>Relationship Stage</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getCurrentBuySellLevel <em>Current Buy Sell Level</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getDesiredBuySellLevel <em>Desired Buy Sell Level</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getLanguageNotes <em>Language Notes</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getCultureNotes <em>Culture Notes</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getLastUpdated <em>Last Updated</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getUnits <em>Units</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getRelationshipLinks <em>Relationship Links</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getScores <em>Scores</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getKraljicAssessment <em>Kraljic Assessment</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getSupplierPreferencing <em>Supplier Preferencing</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getCompetitors <em>Competitors</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getPlans <em>Plans</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getResults <em>Results</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountImpl#getLifetimeValueInputs <em>Lifetime Value Inputs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccountImpl extends NamedElementImpl implements Account {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AccountStatus STATUS_EDEFAULT = AccountStatus.CANDIDATE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AccountStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected static final String SECTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected String sector = SECTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKeyAccountManager() <em>Key Account Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyAccountManager()
	 * @generated
	 * @ordered
	 */
	protected Person keyAccountManager;

	/**
	 * The cached value of the '{@link #getExecutiveSponsor() <em>Executive Sponsor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecutiveSponsor()
	 * @generated
	 * @ordered
	 */
	protected Person executiveSponsor;

	/**
	 * The cached value of the '{@link #getCustomerSponsor() <em>Customer Sponsor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerSponsor()
	 * @generated
	 * @ordered
	 */
	protected Contact customerSponsor;

	/**
	 * The cached value of the '{@link #getOwningUnit() <em>Owning Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwningUnit()
	 * @generated
	 * @ordered
	 */
	protected OrganisationUnit owningUnit;

	/**
	 * The default value of the '{@link #getDecisionLevel() <em>Decision Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionLevel()
	 * @generated
	 * @ordered
	 */
	protected static final DecisionLevel DECISION_LEVEL_EDEFAULT = DecisionLevel.UNKNOWN;

	/**
	 * The cached value of the '{@link #getDecisionLevel() <em>Decision Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionLevel()
	 * @generated
	 * @ordered
	 */
	protected DecisionLevel decisionLevel = DECISION_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurchasingCoordination() <em>Purchasing Coordination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurchasingCoordination()
	 * @generated
	 * @ordered
	 */
	protected static final PurchasingCoordination PURCHASING_COORDINATION_EDEFAULT = PurchasingCoordination.UNKNOWN;

	/**
	 * The cached value of the '{@link #getPurchasingCoordination() <em>Purchasing Coordination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurchasingCoordination()
	 * @generated
	 * @ordered
	 */
	protected PurchasingCoordination purchasingCoordination = PURCHASING_COORDINATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOurWillingnessToInvest() <em>Our Willingness To Invest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOurWillingnessToInvest()
	 * @generated
	 * @ordered
	 */
	protected static final double OUR_WILLINGNESS_TO_INVEST_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getOurWillingnessToInvest() <em>Our Willingness To Invest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOurWillingnessToInvest()
	 * @generated
	 * @ordered
	 */
	protected double ourWillingnessToInvest = OUR_WILLINGNESS_TO_INVEST_EDEFAULT;

	/**
	 * This is true if the Our Willingness To Invest attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean ourWillingnessToInvestESet;

	/**
	 * The default value of the '{@link #getTheirWillingnessToInvest() <em>Their Willingness To Invest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheirWillingnessToInvest()
	 * @generated
	 * @ordered
	 */
	protected static final double THEIR_WILLINGNESS_TO_INVEST_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTheirWillingnessToInvest() <em>Their Willingness To Invest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheirWillingnessToInvest()
	 * @generated
	 * @ordered
	 */
	protected double theirWillingnessToInvest = THEIR_WILLINGNESS_TO_INVEST_EDEFAULT;

	/**
	 * This is true if the Their Willingness To Invest attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean theirWillingnessToInvestESet;

	/**
	 * The default value of the '{@link #getOurInternationalisation() <em>Our Internationalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOurInternationalisation()
	 * @generated
	 * @ordered
	 */
	protected static final double OUR_INTERNATIONALISATION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getOurInternationalisation() <em>Our Internationalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOurInternationalisation()
	 * @generated
	 * @ordered
	 */
	protected double ourInternationalisation = OUR_INTERNATIONALISATION_EDEFAULT;

	/**
	 * This is true if the Our Internationalisation attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean ourInternationalisationESet;

	/**
	 * The default value of the '{@link #getTheirInternationalisation() <em>Their Internationalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheirInternationalisation()
	 * @generated
	 * @ordered
	 */
	protected static final double THEIR_INTERNATIONALISATION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTheirInternationalisation() <em>Their Internationalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheirInternationalisation()
	 * @generated
	 * @ordered
	 */
	protected double theirInternationalisation = THEIR_INTERNATIONALISATION_EDEFAULT;

	/**
	 * This is true if the Their Internationalisation attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean theirInternationalisationESet;

	/**
	 * The cached value of the '{@link #getRelationshipStage() <em>Relationship Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationshipStage()
	 * @generated
	 * @ordered
	 */
	protected ScaleLevel relationshipStage;

	/**
	 * The cached value of the '{@link #getCurrentBuySellLevel() <em>Current Buy Sell Level</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentBuySellLevel()
	 * @generated
	 * @ordered
	 */
	protected ScaleLevel currentBuySellLevel;

	/**
	 * The cached value of the '{@link #getDesiredBuySellLevel() <em>Desired Buy Sell Level</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesiredBuySellLevel()
	 * @generated
	 * @ordered
	 */
	protected ScaleLevel desiredBuySellLevel;

	/**
	 * The default value of the '{@link #getLanguageNotes() <em>Language Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguageNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguageNotes() <em>Language Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguageNotes()
	 * @generated
	 * @ordered
	 */
	protected String languageNotes = LANGUAGE_NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCultureNotes() <em>Culture Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCultureNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String CULTURE_NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCultureNotes() <em>Culture Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCultureNotes()
	 * @generated
	 * @ordered
	 */
	protected String cultureNotes = CULTURE_NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastUpdated() <em>Last Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastUpdated()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LAST_UPDATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastUpdated() <em>Last Updated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastUpdated()
	 * @generated
	 * @ordered
	 */
	protected LocalDate lastUpdated = LAST_UPDATED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUnits() <em>Units</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<AccountUnit> units;

	/**
	 * The cached value of the '{@link #getContacts() <em>Contacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContacts()
	 * @generated
	 * @ordered
	 */
	protected EList<Contact> contacts;

	/**
	 * The cached value of the '{@link #getRelationshipLinks() <em>Relationship Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationshipLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<RelationshipLink> relationshipLinks;

	/**
	 * The cached value of the '{@link #getTeam() <em>Team</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeam()
	 * @generated
	 * @ordered
	 */
	protected EList<AccountTeamMember> team;

	/**
	 * The cached value of the '{@link #getScores() <em>Scores</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScores()
	 * @generated
	 * @ordered
	 */
	protected EList<Score> scores;

	/**
	 * The cached value of the '{@link #getKraljicAssessment() <em>Kraljic Assessment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKraljicAssessment()
	 * @generated
	 * @ordered
	 */
	protected KraljicAssessment kraljicAssessment;

	/**
	 * The cached value of the '{@link #getSupplierPreferencing() <em>Supplier Preferencing</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplierPreferencing()
	 * @generated
	 * @ordered
	 */
	protected SupplierPreferencing supplierPreferencing;

	/**
	 * The cached value of the '{@link #getCompetitors() <em>Competitors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetitors()
	 * @generated
	 * @ordered
	 */
	protected EList<CompetitorPosition> competitors;

	/**
	 * The cached value of the '{@link #getPlans() <em>Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<AccountPlan> plans;

	/**
	 * The cached value of the '{@link #getResults() <em>Results</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResults()
	 * @generated
	 * @ordered
	 */
	protected EList<PeriodResult> results;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<KnowledgeNote> notes;

	/**
	 * The cached value of the '{@link #getLifetimeValueInputs() <em>Lifetime Value Inputs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLifetimeValueInputs()
	 * @generated
	 * @ordered
	 */
	protected LifetimeValueInputs lifetimeValueInputs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccountImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.ACCOUNT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AccountStatus newStatus) {
		AccountStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSector() {
		return sector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSector(String newSector) {
		String oldSector = sector;
		sector = newSector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__SECTOR, oldSector, sector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry() {
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry) {
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getKeyAccountManager() {
		return keyAccountManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyAccountManager(Person newKeyAccountManager) {
		Person oldKeyAccountManager = keyAccountManager;
		keyAccountManager = newKeyAccountManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__KEY_ACCOUNT_MANAGER, oldKeyAccountManager, keyAccountManager));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getExecutiveSponsor() {
		return executiveSponsor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExecutiveSponsor(Person newExecutiveSponsor) {
		Person oldExecutiveSponsor = executiveSponsor;
		executiveSponsor = newExecutiveSponsor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__EXECUTIVE_SPONSOR, oldExecutiveSponsor, executiveSponsor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact getCustomerSponsor() {
		return customerSponsor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerSponsor(Contact newCustomerSponsor) {
		Contact oldCustomerSponsor = customerSponsor;
		customerSponsor = newCustomerSponsor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__CUSTOMER_SPONSOR, oldCustomerSponsor, customerSponsor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationUnit getOwningUnit() {
		return owningUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwningUnit(OrganisationUnit newOwningUnit) {
		OrganisationUnit oldOwningUnit = owningUnit;
		owningUnit = newOwningUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__OWNING_UNIT, oldOwningUnit, owningUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecisionLevel getDecisionLevel() {
		return decisionLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionLevel(DecisionLevel newDecisionLevel) {
		DecisionLevel oldDecisionLevel = decisionLevel;
		decisionLevel = newDecisionLevel == null ? DECISION_LEVEL_EDEFAULT : newDecisionLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__DECISION_LEVEL, oldDecisionLevel, decisionLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PurchasingCoordination getPurchasingCoordination() {
		return purchasingCoordination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurchasingCoordination(PurchasingCoordination newPurchasingCoordination) {
		PurchasingCoordination oldPurchasingCoordination = purchasingCoordination;
		purchasingCoordination = newPurchasingCoordination == null ? PURCHASING_COORDINATION_EDEFAULT : newPurchasingCoordination;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__PURCHASING_COORDINATION, oldPurchasingCoordination, purchasingCoordination));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOurWillingnessToInvest() {
		return ourWillingnessToInvest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOurWillingnessToInvest(double newOurWillingnessToInvest) {
		double oldOurWillingnessToInvest = ourWillingnessToInvest;
		ourWillingnessToInvest = newOurWillingnessToInvest;
		boolean oldOurWillingnessToInvestESet = ourWillingnessToInvestESet;
		ourWillingnessToInvestESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__OUR_WILLINGNESS_TO_INVEST, oldOurWillingnessToInvest, ourWillingnessToInvest, !oldOurWillingnessToInvestESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOurWillingnessToInvest() {
		double oldOurWillingnessToInvest = ourWillingnessToInvest;
		boolean oldOurWillingnessToInvestESet = ourWillingnessToInvestESet;
		ourWillingnessToInvest = OUR_WILLINGNESS_TO_INVEST_EDEFAULT;
		ourWillingnessToInvestESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KamPackage.ACCOUNT__OUR_WILLINGNESS_TO_INVEST, oldOurWillingnessToInvest, OUR_WILLINGNESS_TO_INVEST_EDEFAULT, oldOurWillingnessToInvestESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOurWillingnessToInvest() {
		return ourWillingnessToInvestESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTheirWillingnessToInvest() {
		return theirWillingnessToInvest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheirWillingnessToInvest(double newTheirWillingnessToInvest) {
		double oldTheirWillingnessToInvest = theirWillingnessToInvest;
		theirWillingnessToInvest = newTheirWillingnessToInvest;
		boolean oldTheirWillingnessToInvestESet = theirWillingnessToInvestESet;
		theirWillingnessToInvestESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__THEIR_WILLINGNESS_TO_INVEST, oldTheirWillingnessToInvest, theirWillingnessToInvest, !oldTheirWillingnessToInvestESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTheirWillingnessToInvest() {
		double oldTheirWillingnessToInvest = theirWillingnessToInvest;
		boolean oldTheirWillingnessToInvestESet = theirWillingnessToInvestESet;
		theirWillingnessToInvest = THEIR_WILLINGNESS_TO_INVEST_EDEFAULT;
		theirWillingnessToInvestESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KamPackage.ACCOUNT__THEIR_WILLINGNESS_TO_INVEST, oldTheirWillingnessToInvest, THEIR_WILLINGNESS_TO_INVEST_EDEFAULT, oldTheirWillingnessToInvestESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTheirWillingnessToInvest() {
		return theirWillingnessToInvestESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOurInternationalisation() {
		return ourInternationalisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOurInternationalisation(double newOurInternationalisation) {
		double oldOurInternationalisation = ourInternationalisation;
		ourInternationalisation = newOurInternationalisation;
		boolean oldOurInternationalisationESet = ourInternationalisationESet;
		ourInternationalisationESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__OUR_INTERNATIONALISATION, oldOurInternationalisation, ourInternationalisation, !oldOurInternationalisationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOurInternationalisation() {
		double oldOurInternationalisation = ourInternationalisation;
		boolean oldOurInternationalisationESet = ourInternationalisationESet;
		ourInternationalisation = OUR_INTERNATIONALISATION_EDEFAULT;
		ourInternationalisationESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KamPackage.ACCOUNT__OUR_INTERNATIONALISATION, oldOurInternationalisation, OUR_INTERNATIONALISATION_EDEFAULT, oldOurInternationalisationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOurInternationalisation() {
		return ourInternationalisationESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTheirInternationalisation() {
		return theirInternationalisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheirInternationalisation(double newTheirInternationalisation) {
		double oldTheirInternationalisation = theirInternationalisation;
		theirInternationalisation = newTheirInternationalisation;
		boolean oldTheirInternationalisationESet = theirInternationalisationESet;
		theirInternationalisationESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__THEIR_INTERNATIONALISATION, oldTheirInternationalisation, theirInternationalisation, !oldTheirInternationalisationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTheirInternationalisation() {
		double oldTheirInternationalisation = theirInternationalisation;
		boolean oldTheirInternationalisationESet = theirInternationalisationESet;
		theirInternationalisation = THEIR_INTERNATIONALISATION_EDEFAULT;
		theirInternationalisationESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KamPackage.ACCOUNT__THEIR_INTERNATIONALISATION, oldTheirInternationalisation, THEIR_INTERNATIONALISATION_EDEFAULT, oldTheirInternationalisationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTheirInternationalisation() {
		return theirInternationalisationESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleLevel getRelationshipStage() {
		return relationshipStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelationshipStage(ScaleLevel newRelationshipStage) {
		ScaleLevel oldRelationshipStage = relationshipStage;
		relationshipStage = newRelationshipStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__RELATIONSHIP_STAGE, oldRelationshipStage, relationshipStage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleLevel getCurrentBuySellLevel() {
		return currentBuySellLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentBuySellLevel(ScaleLevel newCurrentBuySellLevel) {
		ScaleLevel oldCurrentBuySellLevel = currentBuySellLevel;
		currentBuySellLevel = newCurrentBuySellLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__CURRENT_BUY_SELL_LEVEL, oldCurrentBuySellLevel, currentBuySellLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleLevel getDesiredBuySellLevel() {
		return desiredBuySellLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesiredBuySellLevel(ScaleLevel newDesiredBuySellLevel) {
		ScaleLevel oldDesiredBuySellLevel = desiredBuySellLevel;
		desiredBuySellLevel = newDesiredBuySellLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__DESIRED_BUY_SELL_LEVEL, oldDesiredBuySellLevel, desiredBuySellLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguageNotes() {
		return languageNotes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguageNotes(String newLanguageNotes) {
		String oldLanguageNotes = languageNotes;
		languageNotes = newLanguageNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__LANGUAGE_NOTES, oldLanguageNotes, languageNotes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCultureNotes() {
		return cultureNotes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCultureNotes(String newCultureNotes) {
		String oldCultureNotes = cultureNotes;
		cultureNotes = newCultureNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__CULTURE_NOTES, oldCultureNotes, cultureNotes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getLastUpdated() {
		return lastUpdated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastUpdated(LocalDate newLastUpdated) {
		LocalDate oldLastUpdated = lastUpdated;
		lastUpdated = newLastUpdated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__LAST_UPDATED, oldLastUpdated, lastUpdated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AccountUnit> getUnits() {
		if (units == null) {
			units = new EObjectContainmentEList<AccountUnit>(AccountUnit.class, this, KamPackage.ACCOUNT__UNITS);
		}
		return units;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Contact> getContacts() {
		if (contacts == null) {
			contacts = new EObjectContainmentEList<Contact>(Contact.class, this, KamPackage.ACCOUNT__CONTACTS);
		}
		return contacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RelationshipLink> getRelationshipLinks() {
		if (relationshipLinks == null) {
			relationshipLinks = new EObjectContainmentEList<RelationshipLink>(RelationshipLink.class, this, KamPackage.ACCOUNT__RELATIONSHIP_LINKS);
		}
		return relationshipLinks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AccountTeamMember> getTeam() {
		if (team == null) {
			team = new EObjectContainmentEList<AccountTeamMember>(AccountTeamMember.class, this, KamPackage.ACCOUNT__TEAM);
		}
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Score> getScores() {
		if (scores == null) {
			scores = new EObjectContainmentEList<Score>(Score.class, this, KamPackage.ACCOUNT__SCORES);
		}
		return scores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KraljicAssessment getKraljicAssessment() {
		return kraljicAssessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetKraljicAssessment(KraljicAssessment newKraljicAssessment, NotificationChain msgs) {
		KraljicAssessment oldKraljicAssessment = kraljicAssessment;
		kraljicAssessment = newKraljicAssessment;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__KRALJIC_ASSESSMENT, oldKraljicAssessment, newKraljicAssessment);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKraljicAssessment(KraljicAssessment newKraljicAssessment) {
		if (newKraljicAssessment != kraljicAssessment) {
			NotificationChain msgs = null;
			if (kraljicAssessment != null)
				msgs = ((InternalEObject)kraljicAssessment).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - KamPackage.ACCOUNT__KRALJIC_ASSESSMENT, null, msgs);
			if (newKraljicAssessment != null)
				msgs = ((InternalEObject)newKraljicAssessment).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - KamPackage.ACCOUNT__KRALJIC_ASSESSMENT, null, msgs);
			msgs = basicSetKraljicAssessment(newKraljicAssessment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__KRALJIC_ASSESSMENT, newKraljicAssessment, newKraljicAssessment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupplierPreferencing getSupplierPreferencing() {
		return supplierPreferencing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSupplierPreferencing(SupplierPreferencing newSupplierPreferencing, NotificationChain msgs) {
		SupplierPreferencing oldSupplierPreferencing = supplierPreferencing;
		supplierPreferencing = newSupplierPreferencing;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__SUPPLIER_PREFERENCING, oldSupplierPreferencing, newSupplierPreferencing);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupplierPreferencing(SupplierPreferencing newSupplierPreferencing) {
		if (newSupplierPreferencing != supplierPreferencing) {
			NotificationChain msgs = null;
			if (supplierPreferencing != null)
				msgs = ((InternalEObject)supplierPreferencing).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - KamPackage.ACCOUNT__SUPPLIER_PREFERENCING, null, msgs);
			if (newSupplierPreferencing != null)
				msgs = ((InternalEObject)newSupplierPreferencing).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - KamPackage.ACCOUNT__SUPPLIER_PREFERENCING, null, msgs);
			msgs = basicSetSupplierPreferencing(newSupplierPreferencing, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__SUPPLIER_PREFERENCING, newSupplierPreferencing, newSupplierPreferencing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CompetitorPosition> getCompetitors() {
		if (competitors == null) {
			competitors = new EObjectContainmentEList<CompetitorPosition>(CompetitorPosition.class, this, KamPackage.ACCOUNT__COMPETITORS);
		}
		return competitors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AccountPlan> getPlans() {
		if (plans == null) {
			plans = new EObjectContainmentEList<AccountPlan>(AccountPlan.class, this, KamPackage.ACCOUNT__PLANS);
		}
		return plans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PeriodResult> getResults() {
		if (results == null) {
			results = new EObjectContainmentEList<PeriodResult>(PeriodResult.class, this, KamPackage.ACCOUNT__RESULTS);
		}
		return results;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KnowledgeNote> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<KnowledgeNote>(KnowledgeNote.class, this, KamPackage.ACCOUNT__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifetimeValueInputs getLifetimeValueInputs() {
		return lifetimeValueInputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLifetimeValueInputs(LifetimeValueInputs newLifetimeValueInputs, NotificationChain msgs) {
		LifetimeValueInputs oldLifetimeValueInputs = lifetimeValueInputs;
		lifetimeValueInputs = newLifetimeValueInputs;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__LIFETIME_VALUE_INPUTS, oldLifetimeValueInputs, newLifetimeValueInputs);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLifetimeValueInputs(LifetimeValueInputs newLifetimeValueInputs) {
		if (newLifetimeValueInputs != lifetimeValueInputs) {
			NotificationChain msgs = null;
			if (lifetimeValueInputs != null)
				msgs = ((InternalEObject)lifetimeValueInputs).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - KamPackage.ACCOUNT__LIFETIME_VALUE_INPUTS, null, msgs);
			if (newLifetimeValueInputs != null)
				msgs = ((InternalEObject)newLifetimeValueInputs).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - KamPackage.ACCOUNT__LIFETIME_VALUE_INPUTS, null, msgs);
			msgs = basicSetLifetimeValueInputs(newLifetimeValueInputs, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT__LIFETIME_VALUE_INPUTS, newLifetimeValueInputs, newLifetimeValueInputs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KamPackage.ACCOUNT__UNITS:
				return ((InternalEList<?>)getUnits()).basicRemove(otherEnd, msgs);
			case KamPackage.ACCOUNT__CONTACTS:
				return ((InternalEList<?>)getContacts()).basicRemove(otherEnd, msgs);
			case KamPackage.ACCOUNT__RELATIONSHIP_LINKS:
				return ((InternalEList<?>)getRelationshipLinks()).basicRemove(otherEnd, msgs);
			case KamPackage.ACCOUNT__TEAM:
				return ((InternalEList<?>)getTeam()).basicRemove(otherEnd, msgs);
			case KamPackage.ACCOUNT__SCORES:
				return ((InternalEList<?>)getScores()).basicRemove(otherEnd, msgs);
			case KamPackage.ACCOUNT__KRALJIC_ASSESSMENT:
				return basicSetKraljicAssessment(null, msgs);
			case KamPackage.ACCOUNT__SUPPLIER_PREFERENCING:
				return basicSetSupplierPreferencing(null, msgs);
			case KamPackage.ACCOUNT__COMPETITORS:
				return ((InternalEList<?>)getCompetitors()).basicRemove(otherEnd, msgs);
			case KamPackage.ACCOUNT__PLANS:
				return ((InternalEList<?>)getPlans()).basicRemove(otherEnd, msgs);
			case KamPackage.ACCOUNT__RESULTS:
				return ((InternalEList<?>)getResults()).basicRemove(otherEnd, msgs);
			case KamPackage.ACCOUNT__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
			case KamPackage.ACCOUNT__LIFETIME_VALUE_INPUTS:
				return basicSetLifetimeValueInputs(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KamPackage.ACCOUNT__STATUS:
				return getStatus();
			case KamPackage.ACCOUNT__SECTOR:
				return getSector();
			case KamPackage.ACCOUNT__COUNTRY:
				return getCountry();
			case KamPackage.ACCOUNT__KEY_ACCOUNT_MANAGER:
				return getKeyAccountManager();
			case KamPackage.ACCOUNT__EXECUTIVE_SPONSOR:
				return getExecutiveSponsor();
			case KamPackage.ACCOUNT__CUSTOMER_SPONSOR:
				return getCustomerSponsor();
			case KamPackage.ACCOUNT__OWNING_UNIT:
				return getOwningUnit();
			case KamPackage.ACCOUNT__DECISION_LEVEL:
				return getDecisionLevel();
			case KamPackage.ACCOUNT__PURCHASING_COORDINATION:
				return getPurchasingCoordination();
			case KamPackage.ACCOUNT__OUR_WILLINGNESS_TO_INVEST:
				return getOurWillingnessToInvest();
			case KamPackage.ACCOUNT__THEIR_WILLINGNESS_TO_INVEST:
				return getTheirWillingnessToInvest();
			case KamPackage.ACCOUNT__OUR_INTERNATIONALISATION:
				return getOurInternationalisation();
			case KamPackage.ACCOUNT__THEIR_INTERNATIONALISATION:
				return getTheirInternationalisation();
			case KamPackage.ACCOUNT__RELATIONSHIP_STAGE:
				return getRelationshipStage();
			case KamPackage.ACCOUNT__CURRENT_BUY_SELL_LEVEL:
				return getCurrentBuySellLevel();
			case KamPackage.ACCOUNT__DESIRED_BUY_SELL_LEVEL:
				return getDesiredBuySellLevel();
			case KamPackage.ACCOUNT__LANGUAGE_NOTES:
				return getLanguageNotes();
			case KamPackage.ACCOUNT__CULTURE_NOTES:
				return getCultureNotes();
			case KamPackage.ACCOUNT__LAST_UPDATED:
				return getLastUpdated();
			case KamPackage.ACCOUNT__UNITS:
				return getUnits();
			case KamPackage.ACCOUNT__CONTACTS:
				return getContacts();
			case KamPackage.ACCOUNT__RELATIONSHIP_LINKS:
				return getRelationshipLinks();
			case KamPackage.ACCOUNT__TEAM:
				return getTeam();
			case KamPackage.ACCOUNT__SCORES:
				return getScores();
			case KamPackage.ACCOUNT__KRALJIC_ASSESSMENT:
				return getKraljicAssessment();
			case KamPackage.ACCOUNT__SUPPLIER_PREFERENCING:
				return getSupplierPreferencing();
			case KamPackage.ACCOUNT__COMPETITORS:
				return getCompetitors();
			case KamPackage.ACCOUNT__PLANS:
				return getPlans();
			case KamPackage.ACCOUNT__RESULTS:
				return getResults();
			case KamPackage.ACCOUNT__NOTES:
				return getNotes();
			case KamPackage.ACCOUNT__LIFETIME_VALUE_INPUTS:
				return getLifetimeValueInputs();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case KamPackage.ACCOUNT__STATUS:
				setStatus((AccountStatus)newValue);
				return;
			case KamPackage.ACCOUNT__SECTOR:
				setSector((String)newValue);
				return;
			case KamPackage.ACCOUNT__COUNTRY:
				setCountry((String)newValue);
				return;
			case KamPackage.ACCOUNT__KEY_ACCOUNT_MANAGER:
				setKeyAccountManager((Person)newValue);
				return;
			case KamPackage.ACCOUNT__EXECUTIVE_SPONSOR:
				setExecutiveSponsor((Person)newValue);
				return;
			case KamPackage.ACCOUNT__CUSTOMER_SPONSOR:
				setCustomerSponsor((Contact)newValue);
				return;
			case KamPackage.ACCOUNT__OWNING_UNIT:
				setOwningUnit((OrganisationUnit)newValue);
				return;
			case KamPackage.ACCOUNT__DECISION_LEVEL:
				setDecisionLevel((DecisionLevel)newValue);
				return;
			case KamPackage.ACCOUNT__PURCHASING_COORDINATION:
				setPurchasingCoordination((PurchasingCoordination)newValue);
				return;
			case KamPackage.ACCOUNT__OUR_WILLINGNESS_TO_INVEST:
				setOurWillingnessToInvest((Double)newValue);
				return;
			case KamPackage.ACCOUNT__THEIR_WILLINGNESS_TO_INVEST:
				setTheirWillingnessToInvest((Double)newValue);
				return;
			case KamPackage.ACCOUNT__OUR_INTERNATIONALISATION:
				setOurInternationalisation((Double)newValue);
				return;
			case KamPackage.ACCOUNT__THEIR_INTERNATIONALISATION:
				setTheirInternationalisation((Double)newValue);
				return;
			case KamPackage.ACCOUNT__RELATIONSHIP_STAGE:
				setRelationshipStage((ScaleLevel)newValue);
				return;
			case KamPackage.ACCOUNT__CURRENT_BUY_SELL_LEVEL:
				setCurrentBuySellLevel((ScaleLevel)newValue);
				return;
			case KamPackage.ACCOUNT__DESIRED_BUY_SELL_LEVEL:
				setDesiredBuySellLevel((ScaleLevel)newValue);
				return;
			case KamPackage.ACCOUNT__LANGUAGE_NOTES:
				setLanguageNotes((String)newValue);
				return;
			case KamPackage.ACCOUNT__CULTURE_NOTES:
				setCultureNotes((String)newValue);
				return;
			case KamPackage.ACCOUNT__LAST_UPDATED:
				setLastUpdated((LocalDate)newValue);
				return;
			case KamPackage.ACCOUNT__UNITS:
				getUnits().clear();
				getUnits().addAll((Collection<? extends AccountUnit>)newValue);
				return;
			case KamPackage.ACCOUNT__CONTACTS:
				getContacts().clear();
				getContacts().addAll((Collection<? extends Contact>)newValue);
				return;
			case KamPackage.ACCOUNT__RELATIONSHIP_LINKS:
				getRelationshipLinks().clear();
				getRelationshipLinks().addAll((Collection<? extends RelationshipLink>)newValue);
				return;
			case KamPackage.ACCOUNT__TEAM:
				getTeam().clear();
				getTeam().addAll((Collection<? extends AccountTeamMember>)newValue);
				return;
			case KamPackage.ACCOUNT__SCORES:
				getScores().clear();
				getScores().addAll((Collection<? extends Score>)newValue);
				return;
			case KamPackage.ACCOUNT__KRALJIC_ASSESSMENT:
				setKraljicAssessment((KraljicAssessment)newValue);
				return;
			case KamPackage.ACCOUNT__SUPPLIER_PREFERENCING:
				setSupplierPreferencing((SupplierPreferencing)newValue);
				return;
			case KamPackage.ACCOUNT__COMPETITORS:
				getCompetitors().clear();
				getCompetitors().addAll((Collection<? extends CompetitorPosition>)newValue);
				return;
			case KamPackage.ACCOUNT__PLANS:
				getPlans().clear();
				getPlans().addAll((Collection<? extends AccountPlan>)newValue);
				return;
			case KamPackage.ACCOUNT__RESULTS:
				getResults().clear();
				getResults().addAll((Collection<? extends PeriodResult>)newValue);
				return;
			case KamPackage.ACCOUNT__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends KnowledgeNote>)newValue);
				return;
			case KamPackage.ACCOUNT__LIFETIME_VALUE_INPUTS:
				setLifetimeValueInputs((LifetimeValueInputs)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case KamPackage.ACCOUNT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case KamPackage.ACCOUNT__SECTOR:
				setSector(SECTOR_EDEFAULT);
				return;
			case KamPackage.ACCOUNT__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case KamPackage.ACCOUNT__KEY_ACCOUNT_MANAGER:
				setKeyAccountManager((Person)null);
				return;
			case KamPackage.ACCOUNT__EXECUTIVE_SPONSOR:
				setExecutiveSponsor((Person)null);
				return;
			case KamPackage.ACCOUNT__CUSTOMER_SPONSOR:
				setCustomerSponsor((Contact)null);
				return;
			case KamPackage.ACCOUNT__OWNING_UNIT:
				setOwningUnit((OrganisationUnit)null);
				return;
			case KamPackage.ACCOUNT__DECISION_LEVEL:
				setDecisionLevel(DECISION_LEVEL_EDEFAULT);
				return;
			case KamPackage.ACCOUNT__PURCHASING_COORDINATION:
				setPurchasingCoordination(PURCHASING_COORDINATION_EDEFAULT);
				return;
			case KamPackage.ACCOUNT__OUR_WILLINGNESS_TO_INVEST:
				unsetOurWillingnessToInvest();
				return;
			case KamPackage.ACCOUNT__THEIR_WILLINGNESS_TO_INVEST:
				unsetTheirWillingnessToInvest();
				return;
			case KamPackage.ACCOUNT__OUR_INTERNATIONALISATION:
				unsetOurInternationalisation();
				return;
			case KamPackage.ACCOUNT__THEIR_INTERNATIONALISATION:
				unsetTheirInternationalisation();
				return;
			case KamPackage.ACCOUNT__RELATIONSHIP_STAGE:
				setRelationshipStage((ScaleLevel)null);
				return;
			case KamPackage.ACCOUNT__CURRENT_BUY_SELL_LEVEL:
				setCurrentBuySellLevel((ScaleLevel)null);
				return;
			case KamPackage.ACCOUNT__DESIRED_BUY_SELL_LEVEL:
				setDesiredBuySellLevel((ScaleLevel)null);
				return;
			case KamPackage.ACCOUNT__LANGUAGE_NOTES:
				setLanguageNotes(LANGUAGE_NOTES_EDEFAULT);
				return;
			case KamPackage.ACCOUNT__CULTURE_NOTES:
				setCultureNotes(CULTURE_NOTES_EDEFAULT);
				return;
			case KamPackage.ACCOUNT__LAST_UPDATED:
				setLastUpdated(LAST_UPDATED_EDEFAULT);
				return;
			case KamPackage.ACCOUNT__UNITS:
				getUnits().clear();
				return;
			case KamPackage.ACCOUNT__CONTACTS:
				getContacts().clear();
				return;
			case KamPackage.ACCOUNT__RELATIONSHIP_LINKS:
				getRelationshipLinks().clear();
				return;
			case KamPackage.ACCOUNT__TEAM:
				getTeam().clear();
				return;
			case KamPackage.ACCOUNT__SCORES:
				getScores().clear();
				return;
			case KamPackage.ACCOUNT__KRALJIC_ASSESSMENT:
				setKraljicAssessment((KraljicAssessment)null);
				return;
			case KamPackage.ACCOUNT__SUPPLIER_PREFERENCING:
				setSupplierPreferencing((SupplierPreferencing)null);
				return;
			case KamPackage.ACCOUNT__COMPETITORS:
				getCompetitors().clear();
				return;
			case KamPackage.ACCOUNT__PLANS:
				getPlans().clear();
				return;
			case KamPackage.ACCOUNT__RESULTS:
				getResults().clear();
				return;
			case KamPackage.ACCOUNT__NOTES:
				getNotes().clear();
				return;
			case KamPackage.ACCOUNT__LIFETIME_VALUE_INPUTS:
				setLifetimeValueInputs((LifetimeValueInputs)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case KamPackage.ACCOUNT__STATUS:
				return status != STATUS_EDEFAULT;
			case KamPackage.ACCOUNT__SECTOR:
				return SECTOR_EDEFAULT == null ? sector != null : !SECTOR_EDEFAULT.equals(sector);
			case KamPackage.ACCOUNT__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case KamPackage.ACCOUNT__KEY_ACCOUNT_MANAGER:
				return keyAccountManager != null;
			case KamPackage.ACCOUNT__EXECUTIVE_SPONSOR:
				return executiveSponsor != null;
			case KamPackage.ACCOUNT__CUSTOMER_SPONSOR:
				return customerSponsor != null;
			case KamPackage.ACCOUNT__OWNING_UNIT:
				return owningUnit != null;
			case KamPackage.ACCOUNT__DECISION_LEVEL:
				return decisionLevel != DECISION_LEVEL_EDEFAULT;
			case KamPackage.ACCOUNT__PURCHASING_COORDINATION:
				return purchasingCoordination != PURCHASING_COORDINATION_EDEFAULT;
			case KamPackage.ACCOUNT__OUR_WILLINGNESS_TO_INVEST:
				return isSetOurWillingnessToInvest();
			case KamPackage.ACCOUNT__THEIR_WILLINGNESS_TO_INVEST:
				return isSetTheirWillingnessToInvest();
			case KamPackage.ACCOUNT__OUR_INTERNATIONALISATION:
				return isSetOurInternationalisation();
			case KamPackage.ACCOUNT__THEIR_INTERNATIONALISATION:
				return isSetTheirInternationalisation();
			case KamPackage.ACCOUNT__RELATIONSHIP_STAGE:
				return relationshipStage != null;
			case KamPackage.ACCOUNT__CURRENT_BUY_SELL_LEVEL:
				return currentBuySellLevel != null;
			case KamPackage.ACCOUNT__DESIRED_BUY_SELL_LEVEL:
				return desiredBuySellLevel != null;
			case KamPackage.ACCOUNT__LANGUAGE_NOTES:
				return LANGUAGE_NOTES_EDEFAULT == null ? languageNotes != null : !LANGUAGE_NOTES_EDEFAULT.equals(languageNotes);
			case KamPackage.ACCOUNT__CULTURE_NOTES:
				return CULTURE_NOTES_EDEFAULT == null ? cultureNotes != null : !CULTURE_NOTES_EDEFAULT.equals(cultureNotes);
			case KamPackage.ACCOUNT__LAST_UPDATED:
				return LAST_UPDATED_EDEFAULT == null ? lastUpdated != null : !LAST_UPDATED_EDEFAULT.equals(lastUpdated);
			case KamPackage.ACCOUNT__UNITS:
				return units != null && !units.isEmpty();
			case KamPackage.ACCOUNT__CONTACTS:
				return contacts != null && !contacts.isEmpty();
			case KamPackage.ACCOUNT__RELATIONSHIP_LINKS:
				return relationshipLinks != null && !relationshipLinks.isEmpty();
			case KamPackage.ACCOUNT__TEAM:
				return team != null && !team.isEmpty();
			case KamPackage.ACCOUNT__SCORES:
				return scores != null && !scores.isEmpty();
			case KamPackage.ACCOUNT__KRALJIC_ASSESSMENT:
				return kraljicAssessment != null;
			case KamPackage.ACCOUNT__SUPPLIER_PREFERENCING:
				return supplierPreferencing != null;
			case KamPackage.ACCOUNT__COMPETITORS:
				return competitors != null && !competitors.isEmpty();
			case KamPackage.ACCOUNT__PLANS:
				return plans != null && !plans.isEmpty();
			case KamPackage.ACCOUNT__RESULTS:
				return results != null && !results.isEmpty();
			case KamPackage.ACCOUNT__NOTES:
				return notes != null && !notes.isEmpty();
			case KamPackage.ACCOUNT__LIFETIME_VALUE_INPUTS:
				return lifetimeValueInputs != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (status: ");
		result.append(status);
		result.append(", sector: ");
		result.append(sector);
		result.append(", country: ");
		result.append(country);
		result.append(", decisionLevel: ");
		result.append(decisionLevel);
		result.append(", purchasingCoordination: ");
		result.append(purchasingCoordination);
		result.append(", ourWillingnessToInvest: ");
		if (ourWillingnessToInvestESet) result.append(ourWillingnessToInvest); else result.append("<unset>");
		result.append(", theirWillingnessToInvest: ");
		if (theirWillingnessToInvestESet) result.append(theirWillingnessToInvest); else result.append("<unset>");
		result.append(", ourInternationalisation: ");
		if (ourInternationalisationESet) result.append(ourInternationalisation); else result.append("<unset>");
		result.append(", theirInternationalisation: ");
		if (theirInternationalisationESet) result.append(theirInternationalisation); else result.append("<unset>");
		result.append(", languageNotes: ");
		result.append(languageNotes);
		result.append(", cultureNotes: ");
		result.append(cultureNotes);
		result.append(", lastUpdated: ");
		result.append(lastUpdated);
		result.append(')');
		return result.toString();
	}

} //AccountImpl
