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

import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.KnowledgeNote;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.Person;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Account Unit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.AccountUnitImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountUnitImpl#getBusinessUnit <em>Business Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountUnitImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountUnitImpl#getLanguageNotes <em>Language Notes</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountUnitImpl#getCultureNotes <em>Culture Notes</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountUnitImpl#getLocalImportance <em>Local Importance</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountUnitImpl#getLocalCommitment <em>Local Commitment</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountUnitImpl#getLocalRevenue <em>Local Revenue</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountUnitImpl#getLocalAgreementNotes <em>Local Agreement Notes</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountUnitImpl#getOurUnit <em>Our Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountUnitImpl#getLocalAccountManager <em>Local Account Manager</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountUnitImpl#getLastUpdated <em>Last Updated</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountUnitImpl#getSubunits <em>Subunits</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountUnitImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccountUnitImpl extends NamedElementImpl implements AccountUnit {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

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
	 * The default value of the '{@link #getBusinessUnit() <em>Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String BUSINESS_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBusinessUnit() <em>Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected String businessUnit = BUSINESS_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

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
	 * The default value of the '{@link #getLocalImportance() <em>Local Importance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalImportance()
	 * @generated
	 * @ordered
	 */
	protected static final double LOCAL_IMPORTANCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLocalImportance() <em>Local Importance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalImportance()
	 * @generated
	 * @ordered
	 */
	protected double localImportance = LOCAL_IMPORTANCE_EDEFAULT;

	/**
	 * This is true if the Local Importance attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean localImportanceESet;

	/**
	 * The default value of the '{@link #getLocalCommitment() <em>Local Commitment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalCommitment()
	 * @generated
	 * @ordered
	 */
	protected static final double LOCAL_COMMITMENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLocalCommitment() <em>Local Commitment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalCommitment()
	 * @generated
	 * @ordered
	 */
	protected double localCommitment = LOCAL_COMMITMENT_EDEFAULT;

	/**
	 * This is true if the Local Commitment attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean localCommitmentESet;

	/**
	 * The default value of the '{@link #getLocalRevenue() <em>Local Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalRevenue()
	 * @generated
	 * @ordered
	 */
	protected static final double LOCAL_REVENUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLocalRevenue() <em>Local Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalRevenue()
	 * @generated
	 * @ordered
	 */
	protected double localRevenue = LOCAL_REVENUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocalAgreementNotes() <em>Local Agreement Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalAgreementNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCAL_AGREEMENT_NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocalAgreementNotes() <em>Local Agreement Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalAgreementNotes()
	 * @generated
	 * @ordered
	 */
	protected String localAgreementNotes = LOCAL_AGREEMENT_NOTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOurUnit() <em>Our Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOurUnit()
	 * @generated
	 * @ordered
	 */
	protected OrganisationUnit ourUnit;

	/**
	 * The cached value of the '{@link #getLocalAccountManager() <em>Local Account Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalAccountManager()
	 * @generated
	 * @ordered
	 */
	protected Person localAccountManager;

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
	 * The cached value of the '{@link #getSubunits() <em>Subunits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubunits()
	 * @generated
	 * @ordered
	 */
	protected EList<AccountUnit> subunits;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccountUnitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.ACCOUNT_UNIT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_UNIT__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBusinessUnit() {
		return businessUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBusinessUnit(String newBusinessUnit) {
		String oldBusinessUnit = businessUnit;
		businessUnit = newBusinessUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_UNIT__BUSINESS_UNIT, oldBusinessUnit, businessUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_UNIT__LANGUAGE, oldLanguage, language));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_UNIT__LANGUAGE_NOTES, oldLanguageNotes, languageNotes));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_UNIT__CULTURE_NOTES, oldCultureNotes, cultureNotes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLocalImportance() {
		return localImportance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalImportance(double newLocalImportance) {
		double oldLocalImportance = localImportance;
		localImportance = newLocalImportance;
		boolean oldLocalImportanceESet = localImportanceESet;
		localImportanceESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_UNIT__LOCAL_IMPORTANCE, oldLocalImportance, localImportance, !oldLocalImportanceESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLocalImportance() {
		double oldLocalImportance = localImportance;
		boolean oldLocalImportanceESet = localImportanceESet;
		localImportance = LOCAL_IMPORTANCE_EDEFAULT;
		localImportanceESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KamPackage.ACCOUNT_UNIT__LOCAL_IMPORTANCE, oldLocalImportance, LOCAL_IMPORTANCE_EDEFAULT, oldLocalImportanceESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLocalImportance() {
		return localImportanceESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLocalCommitment() {
		return localCommitment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalCommitment(double newLocalCommitment) {
		double oldLocalCommitment = localCommitment;
		localCommitment = newLocalCommitment;
		boolean oldLocalCommitmentESet = localCommitmentESet;
		localCommitmentESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_UNIT__LOCAL_COMMITMENT, oldLocalCommitment, localCommitment, !oldLocalCommitmentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLocalCommitment() {
		double oldLocalCommitment = localCommitment;
		boolean oldLocalCommitmentESet = localCommitmentESet;
		localCommitment = LOCAL_COMMITMENT_EDEFAULT;
		localCommitmentESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, KamPackage.ACCOUNT_UNIT__LOCAL_COMMITMENT, oldLocalCommitment, LOCAL_COMMITMENT_EDEFAULT, oldLocalCommitmentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLocalCommitment() {
		return localCommitmentESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLocalRevenue() {
		return localRevenue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalRevenue(double newLocalRevenue) {
		double oldLocalRevenue = localRevenue;
		localRevenue = newLocalRevenue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_UNIT__LOCAL_REVENUE, oldLocalRevenue, localRevenue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocalAgreementNotes() {
		return localAgreementNotes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalAgreementNotes(String newLocalAgreementNotes) {
		String oldLocalAgreementNotes = localAgreementNotes;
		localAgreementNotes = newLocalAgreementNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_UNIT__LOCAL_AGREEMENT_NOTES, oldLocalAgreementNotes, localAgreementNotes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationUnit getOurUnit() {
		return ourUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOurUnit(OrganisationUnit newOurUnit) {
		OrganisationUnit oldOurUnit = ourUnit;
		ourUnit = newOurUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_UNIT__OUR_UNIT, oldOurUnit, ourUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getLocalAccountManager() {
		return localAccountManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalAccountManager(Person newLocalAccountManager) {
		Person oldLocalAccountManager = localAccountManager;
		localAccountManager = newLocalAccountManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_UNIT__LOCAL_ACCOUNT_MANAGER, oldLocalAccountManager, localAccountManager));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_UNIT__LAST_UPDATED, oldLastUpdated, lastUpdated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AccountUnit> getSubunits() {
		if (subunits == null) {
			subunits = new EObjectContainmentEList<AccountUnit>(AccountUnit.class, this, KamPackage.ACCOUNT_UNIT__SUBUNITS);
		}
		return subunits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KnowledgeNote> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<KnowledgeNote>(KnowledgeNote.class, this, KamPackage.ACCOUNT_UNIT__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KamPackage.ACCOUNT_UNIT__SUBUNITS:
				return ((InternalEList<?>)getSubunits()).basicRemove(otherEnd, msgs);
			case KamPackage.ACCOUNT_UNIT__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
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
			case KamPackage.ACCOUNT_UNIT__COUNTRY:
				return getCountry();
			case KamPackage.ACCOUNT_UNIT__BUSINESS_UNIT:
				return getBusinessUnit();
			case KamPackage.ACCOUNT_UNIT__LANGUAGE:
				return getLanguage();
			case KamPackage.ACCOUNT_UNIT__LANGUAGE_NOTES:
				return getLanguageNotes();
			case KamPackage.ACCOUNT_UNIT__CULTURE_NOTES:
				return getCultureNotes();
			case KamPackage.ACCOUNT_UNIT__LOCAL_IMPORTANCE:
				return getLocalImportance();
			case KamPackage.ACCOUNT_UNIT__LOCAL_COMMITMENT:
				return getLocalCommitment();
			case KamPackage.ACCOUNT_UNIT__LOCAL_REVENUE:
				return getLocalRevenue();
			case KamPackage.ACCOUNT_UNIT__LOCAL_AGREEMENT_NOTES:
				return getLocalAgreementNotes();
			case KamPackage.ACCOUNT_UNIT__OUR_UNIT:
				return getOurUnit();
			case KamPackage.ACCOUNT_UNIT__LOCAL_ACCOUNT_MANAGER:
				return getLocalAccountManager();
			case KamPackage.ACCOUNT_UNIT__LAST_UPDATED:
				return getLastUpdated();
			case KamPackage.ACCOUNT_UNIT__SUBUNITS:
				return getSubunits();
			case KamPackage.ACCOUNT_UNIT__NOTES:
				return getNotes();
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
			case KamPackage.ACCOUNT_UNIT__COUNTRY:
				setCountry((String)newValue);
				return;
			case KamPackage.ACCOUNT_UNIT__BUSINESS_UNIT:
				setBusinessUnit((String)newValue);
				return;
			case KamPackage.ACCOUNT_UNIT__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case KamPackage.ACCOUNT_UNIT__LANGUAGE_NOTES:
				setLanguageNotes((String)newValue);
				return;
			case KamPackage.ACCOUNT_UNIT__CULTURE_NOTES:
				setCultureNotes((String)newValue);
				return;
			case KamPackage.ACCOUNT_UNIT__LOCAL_IMPORTANCE:
				setLocalImportance((Double)newValue);
				return;
			case KamPackage.ACCOUNT_UNIT__LOCAL_COMMITMENT:
				setLocalCommitment((Double)newValue);
				return;
			case KamPackage.ACCOUNT_UNIT__LOCAL_REVENUE:
				setLocalRevenue((Double)newValue);
				return;
			case KamPackage.ACCOUNT_UNIT__LOCAL_AGREEMENT_NOTES:
				setLocalAgreementNotes((String)newValue);
				return;
			case KamPackage.ACCOUNT_UNIT__OUR_UNIT:
				setOurUnit((OrganisationUnit)newValue);
				return;
			case KamPackage.ACCOUNT_UNIT__LOCAL_ACCOUNT_MANAGER:
				setLocalAccountManager((Person)newValue);
				return;
			case KamPackage.ACCOUNT_UNIT__LAST_UPDATED:
				setLastUpdated((LocalDate)newValue);
				return;
			case KamPackage.ACCOUNT_UNIT__SUBUNITS:
				getSubunits().clear();
				getSubunits().addAll((Collection<? extends AccountUnit>)newValue);
				return;
			case KamPackage.ACCOUNT_UNIT__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends KnowledgeNote>)newValue);
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
			case KamPackage.ACCOUNT_UNIT__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_UNIT__BUSINESS_UNIT:
				setBusinessUnit(BUSINESS_UNIT_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_UNIT__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_UNIT__LANGUAGE_NOTES:
				setLanguageNotes(LANGUAGE_NOTES_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_UNIT__CULTURE_NOTES:
				setCultureNotes(CULTURE_NOTES_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_UNIT__LOCAL_IMPORTANCE:
				unsetLocalImportance();
				return;
			case KamPackage.ACCOUNT_UNIT__LOCAL_COMMITMENT:
				unsetLocalCommitment();
				return;
			case KamPackage.ACCOUNT_UNIT__LOCAL_REVENUE:
				setLocalRevenue(LOCAL_REVENUE_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_UNIT__LOCAL_AGREEMENT_NOTES:
				setLocalAgreementNotes(LOCAL_AGREEMENT_NOTES_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_UNIT__OUR_UNIT:
				setOurUnit((OrganisationUnit)null);
				return;
			case KamPackage.ACCOUNT_UNIT__LOCAL_ACCOUNT_MANAGER:
				setLocalAccountManager((Person)null);
				return;
			case KamPackage.ACCOUNT_UNIT__LAST_UPDATED:
				setLastUpdated(LAST_UPDATED_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_UNIT__SUBUNITS:
				getSubunits().clear();
				return;
			case KamPackage.ACCOUNT_UNIT__NOTES:
				getNotes().clear();
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
			case KamPackage.ACCOUNT_UNIT__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case KamPackage.ACCOUNT_UNIT__BUSINESS_UNIT:
				return BUSINESS_UNIT_EDEFAULT == null ? businessUnit != null : !BUSINESS_UNIT_EDEFAULT.equals(businessUnit);
			case KamPackage.ACCOUNT_UNIT__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case KamPackage.ACCOUNT_UNIT__LANGUAGE_NOTES:
				return LANGUAGE_NOTES_EDEFAULT == null ? languageNotes != null : !LANGUAGE_NOTES_EDEFAULT.equals(languageNotes);
			case KamPackage.ACCOUNT_UNIT__CULTURE_NOTES:
				return CULTURE_NOTES_EDEFAULT == null ? cultureNotes != null : !CULTURE_NOTES_EDEFAULT.equals(cultureNotes);
			case KamPackage.ACCOUNT_UNIT__LOCAL_IMPORTANCE:
				return isSetLocalImportance();
			case KamPackage.ACCOUNT_UNIT__LOCAL_COMMITMENT:
				return isSetLocalCommitment();
			case KamPackage.ACCOUNT_UNIT__LOCAL_REVENUE:
				return localRevenue != LOCAL_REVENUE_EDEFAULT;
			case KamPackage.ACCOUNT_UNIT__LOCAL_AGREEMENT_NOTES:
				return LOCAL_AGREEMENT_NOTES_EDEFAULT == null ? localAgreementNotes != null : !LOCAL_AGREEMENT_NOTES_EDEFAULT.equals(localAgreementNotes);
			case KamPackage.ACCOUNT_UNIT__OUR_UNIT:
				return ourUnit != null;
			case KamPackage.ACCOUNT_UNIT__LOCAL_ACCOUNT_MANAGER:
				return localAccountManager != null;
			case KamPackage.ACCOUNT_UNIT__LAST_UPDATED:
				return LAST_UPDATED_EDEFAULT == null ? lastUpdated != null : !LAST_UPDATED_EDEFAULT.equals(lastUpdated);
			case KamPackage.ACCOUNT_UNIT__SUBUNITS:
				return subunits != null && !subunits.isEmpty();
			case KamPackage.ACCOUNT_UNIT__NOTES:
				return notes != null && !notes.isEmpty();
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
		result.append(" (country: ");
		result.append(country);
		result.append(", businessUnit: ");
		result.append(businessUnit);
		result.append(", language: ");
		result.append(language);
		result.append(", languageNotes: ");
		result.append(languageNotes);
		result.append(", cultureNotes: ");
		result.append(cultureNotes);
		result.append(", localImportance: ");
		if (localImportanceESet) result.append(localImportance); else result.append("<unset>");
		result.append(", localCommitment: ");
		if (localCommitmentESet) result.append(localCommitment); else result.append("<unset>");
		result.append(", localRevenue: ");
		result.append(localRevenue);
		result.append(", localAgreementNotes: ");
		result.append(localAgreementNotes);
		result.append(", lastUpdated: ");
		result.append(lastUpdated);
		result.append(')');
		return result.toString();
	}

} //AccountUnitImpl
