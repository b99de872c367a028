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
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.Competitor;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Offering;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.Reseller;
import org.kamworkbench.kam.Scale;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Portfolio</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.PortfolioImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PortfolioImpl#getOrganisationName <em>Organisation Name</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PortfolioImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PortfolioImpl#getLastUpdated <em>Last Updated</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PortfolioImpl#getSettings <em>Settings</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PortfolioImpl#getPeople <em>People</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PortfolioImpl#getUnits <em>Units</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PortfolioImpl#getOfferings <em>Offerings</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PortfolioImpl#getScales <em>Scales</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PortfolioImpl#getCriteriaSets <em>Criteria Sets</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PortfolioImpl#getCompetitors <em>Competitors</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PortfolioImpl#getResellers <em>Resellers</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PortfolioImpl#getAccounts <em>Accounts</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PortfolioImpl#getActiveCriteriaSet <em>Active Criteria Set</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PortfolioImpl#getRelationshipStageScale <em>Relationship Stage Scale</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.PortfolioImpl#getBuySellScale <em>Buy Sell Scale</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PortfolioImpl extends NamedElementImpl implements Portfolio {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrganisationName() <em>Organisation Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisationName()
	 * @generated
	 * @ordered
	 */
	protected static final String ORGANISATION_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrganisationName() <em>Organisation Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisationName()
	 * @generated
	 * @ordered
	 */
	protected String organisationName = ORGANISATION_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = "EUR";

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

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
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected AnalysisSettings settings;

	/**
	 * The cached value of the '{@link #getPeople() <em>People</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> people;

	/**
	 * The cached value of the '{@link #getUnits() <em>Units</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<OrganisationUnit> units;

	/**
	 * The cached value of the '{@link #getOfferings() <em>Offerings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfferings()
	 * @generated
	 * @ordered
	 */
	protected EList<Offering> offerings;

	/**
	 * The cached value of the '{@link #getScales() <em>Scales</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScales()
	 * @generated
	 * @ordered
	 */
	protected EList<Scale> scales;

	/**
	 * The cached value of the '{@link #getCriteriaSets() <em>Criteria Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteriaSets()
	 * @generated
	 * @ordered
	 */
	protected EList<CriteriaSet> criteriaSets;

	/**
	 * The cached value of the '{@link #getCompetitors() <em>Competitors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetitors()
	 * @generated
	 * @ordered
	 */
	protected EList<Competitor> competitors;

	/**
	 * The cached value of the '{@link #getResellers() <em>Resellers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResellers()
	 * @generated
	 * @ordered
	 */
	protected EList<Reseller> resellers;

	/**
	 * The cached value of the '{@link #getAccounts() <em>Accounts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccounts()
	 * @generated
	 * @ordered
	 */
	protected EList<Account> accounts;

	/**
	 * The cached value of the '{@link #getActiveCriteriaSet() <em>Active Criteria Set</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveCriteriaSet()
	 * @generated
	 * @ordered
	 */
	protected CriteriaSet activeCriteriaSet;

	/**
	 * The cached value of the '{@link #getRelationshipStageScale() <em>Relationship Stage Scale</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationshipStageScale()
	 * @generated
	 * @ordered
	 */
	protected Scale relationshipStageScale;

	/**
	 * The cached value of the '{@link #getBuySellScale() <em>Buy Sell Scale</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuySellScale()
	 * @generated
	 * @ordered
	 */
	protected Scale buySellScale;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PortfolioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.PORTFOLIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PORTFOLIO__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrganisationName() {
		return organisationName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisationName(String newOrganisationName) {
		String oldOrganisationName = organisationName;
		organisationName = newOrganisationName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PORTFOLIO__ORGANISATION_NAME, oldOrganisationName, organisationName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PORTFOLIO__CURRENCY, oldCurrency, currency));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PORTFOLIO__LAST_UPDATED, oldLastUpdated, lastUpdated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnalysisSettings getSettings() {
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSettings(AnalysisSettings newSettings, NotificationChain msgs) {
		AnalysisSettings oldSettings = settings;
		settings = newSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, KamPackage.PORTFOLIO__SETTINGS, oldSettings, newSettings);
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
	public void setSettings(AnalysisSettings newSettings) {
		if (newSettings != settings) {
			NotificationChain msgs = null;
			if (settings != null)
				msgs = ((InternalEObject)settings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - KamPackage.PORTFOLIO__SETTINGS, null, msgs);
			if (newSettings != null)
				msgs = ((InternalEObject)newSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - KamPackage.PORTFOLIO__SETTINGS, null, msgs);
			msgs = basicSetSettings(newSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PORTFOLIO__SETTINGS, newSettings, newSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPeople() {
		if (people == null) {
			people = new EObjectContainmentEList<Person>(Person.class, this, KamPackage.PORTFOLIO__PEOPLE);
		}
		return people;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OrganisationUnit> getUnits() {
		if (units == null) {
			units = new EObjectContainmentEList<OrganisationUnit>(OrganisationUnit.class, this, KamPackage.PORTFOLIO__UNITS);
		}
		return units;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Offering> getOfferings() {
		if (offerings == null) {
			offerings = new EObjectContainmentEList<Offering>(Offering.class, this, KamPackage.PORTFOLIO__OFFERINGS);
		}
		return offerings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scale> getScales() {
		if (scales == null) {
			scales = new EObjectContainmentEList<Scale>(Scale.class, this, KamPackage.PORTFOLIO__SCALES);
		}
		return scales;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CriteriaSet> getCriteriaSets() {
		if (criteriaSets == null) {
			criteriaSets = new EObjectContainmentEList<CriteriaSet>(CriteriaSet.class, this, KamPackage.PORTFOLIO__CRITERIA_SETS);
		}
		return criteriaSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Competitor> getCompetitors() {
		if (competitors == null) {
			competitors = new EObjectContainmentEList<Competitor>(Competitor.class, this, KamPackage.PORTFOLIO__COMPETITORS);
		}
		return competitors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Reseller> getResellers() {
		if (resellers == null) {
			resellers = new EObjectContainmentEList<Reseller>(Reseller.class, this, KamPackage.PORTFOLIO__RESELLERS);
		}
		return resellers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Account> getAccounts() {
		if (accounts == null) {
			accounts = new EObjectContainmentEList<Account>(Account.class, this, KamPackage.PORTFOLIO__ACCOUNTS);
		}
		return accounts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriteriaSet getActiveCriteriaSet() {
		return activeCriteriaSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActiveCriteriaSet(CriteriaSet newActiveCriteriaSet) {
		CriteriaSet oldActiveCriteriaSet = activeCriteriaSet;
		activeCriteriaSet = newActiveCriteriaSet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PORTFOLIO__ACTIVE_CRITERIA_SET, oldActiveCriteriaSet, activeCriteriaSet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scale getRelationshipStageScale() {
		return relationshipStageScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelationshipStageScale(Scale newRelationshipStageScale) {
		Scale oldRelationshipStageScale = relationshipStageScale;
		relationshipStageScale = newRelationshipStageScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PORTFOLIO__RELATIONSHIP_STAGE_SCALE, oldRelationshipStageScale, relationshipStageScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scale getBuySellScale() {
		return buySellScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuySellScale(Scale newBuySellScale) {
		Scale oldBuySellScale = buySellScale;
		buySellScale = newBuySellScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.PORTFOLIO__BUY_SELL_SCALE, oldBuySellScale, buySellScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KamPackage.PORTFOLIO__SETTINGS:
				return basicSetSettings(null, msgs);
			case KamPackage.PORTFOLIO__PEOPLE:
				return ((InternalEList<?>)getPeople()).basicRemove(otherEnd, msgs);
			case KamPackage.PORTFOLIO__UNITS:
				return ((InternalEList<?>)getUnits()).basicRemove(otherEnd, msgs);
			case KamPackage.PORTFOLIO__OFFERINGS:
				return ((InternalEList<?>)getOfferings()).basicRemove(otherEnd, msgs);
			case KamPackage.PORTFOLIO__SCALES:
				return ((InternalEList<?>)getScales()).basicRemove(otherEnd, msgs);
			case KamPackage.PORTFOLIO__CRITERIA_SETS:
				return ((InternalEList<?>)getCriteriaSets()).basicRemove(otherEnd, msgs);
			case KamPackage.PORTFOLIO__COMPETITORS:
				return ((InternalEList<?>)getCompetitors()).basicRemove(otherEnd, msgs);
			case KamPackage.PORTFOLIO__RESELLERS:
				return ((InternalEList<?>)getResellers()).basicRemove(otherEnd, msgs);
			case KamPackage.PORTFOLIO__ACCOUNTS:
				return ((InternalEList<?>)getAccounts()).basicRemove(otherEnd, msgs);
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
			case KamPackage.PORTFOLIO__FORMAT_VERSION:
				return getFormatVersion();
			case KamPackage.PORTFOLIO__ORGANISATION_NAME:
				return getOrganisationName();
			case KamPackage.PORTFOLIO__CURRENCY:
				return getCurrency();
			case KamPackage.PORTFOLIO__LAST_UPDATED:
				return getLastUpdated();
			case KamPackage.PORTFOLIO__SETTINGS:
				return getSettings();
			case KamPackage.PORTFOLIO__PEOPLE:
				return getPeople();
			case KamPackage.PORTFOLIO__UNITS:
				return getUnits();
			case KamPackage.PORTFOLIO__OFFERINGS:
				return getOfferings();
			case KamPackage.PORTFOLIO__SCALES:
				return getScales();
			case KamPackage.PORTFOLIO__CRITERIA_SETS:
				return getCriteriaSets();
			case KamPackage.PORTFOLIO__COMPETITORS:
				return getCompetitors();
			case KamPackage.PORTFOLIO__RESELLERS:
				return getResellers();
			case KamPackage.PORTFOLIO__ACCOUNTS:
				return getAccounts();
			case KamPackage.PORTFOLIO__ACTIVE_CRITERIA_SET:
				return getActiveCriteriaSet();
			case KamPackage.PORTFOLIO__RELATIONSHIP_STAGE_SCALE:
				return getRelationshipStageScale();
			case KamPackage.PORTFOLIO__BUY_SELL_SCALE:
				return getBuySellScale();
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
			case KamPackage.PORTFOLIO__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case KamPackage.PORTFOLIO__ORGANISATION_NAME:
				setOrganisationName((String)newValue);
				return;
			case KamPackage.PORTFOLIO__CURRENCY:
				setCurrency((String)newValue);
				return;
			case KamPackage.PORTFOLIO__LAST_UPDATED:
				setLastUpdated((LocalDate)newValue);
				return;
			case KamPackage.PORTFOLIO__SETTINGS:
				setSettings((AnalysisSettings)newValue);
				return;
			case KamPackage.PORTFOLIO__PEOPLE:
				getPeople().clear();
				getPeople().addAll((Collection<? extends Person>)newValue);
				return;
			case KamPackage.PORTFOLIO__UNITS:
				getUnits().clear();
				getUnits().addAll((Collection<? extends OrganisationUnit>)newValue);
				return;
			case KamPackage.PORTFOLIO__OFFERINGS:
				getOfferings().clear();
				getOfferings().addAll((Collection<? extends Offering>)newValue);
				return;
			case KamPackage.PORTFOLIO__SCALES:
				getScales().clear();
				getScales().addAll((Collection<? extends Scale>)newValue);
				return;
			case KamPackage.PORTFOLIO__CRITERIA_SETS:
				getCriteriaSets().clear();
				getCriteriaSets().addAll((Collection<? extends CriteriaSet>)newValue);
				return;
			case KamPackage.PORTFOLIO__COMPETITORS:
				getCompetitors().clear();
				getCompetitors().addAll((Collection<? extends Competitor>)newValue);
				return;
			case KamPackage.PORTFOLIO__RESELLERS:
				getResellers().clear();
				getResellers().addAll((Collection<? extends Reseller>)newValue);
				return;
			case KamPackage.PORTFOLIO__ACCOUNTS:
				getAccounts().clear();
				getAccounts().addAll((Collection<? extends Account>)newValue);
				return;
			case KamPackage.PORTFOLIO__ACTIVE_CRITERIA_SET:
				setActiveCriteriaSet((CriteriaSet)newValue);
				return;
			case KamPackage.PORTFOLIO__RELATIONSHIP_STAGE_SCALE:
				setRelationshipStageScale((Scale)newValue);
				return;
			case KamPackage.PORTFOLIO__BUY_SELL_SCALE:
				setBuySellScale((Scale)newValue);
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
			case KamPackage.PORTFOLIO__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case KamPackage.PORTFOLIO__ORGANISATION_NAME:
				setOrganisationName(ORGANISATION_NAME_EDEFAULT);
				return;
			case KamPackage.PORTFOLIO__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case KamPackage.PORTFOLIO__LAST_UPDATED:
				setLastUpdated(LAST_UPDATED_EDEFAULT);
				return;
			case KamPackage.PORTFOLIO__SETTINGS:
				setSettings((AnalysisSettings)null);
				return;
			case KamPackage.PORTFOLIO__PEOPLE:
				getPeople().clear();
				return;
			case KamPackage.PORTFOLIO__UNITS:
				getUnits().clear();
				return;
			case KamPackage.PORTFOLIO__OFFERINGS:
				getOfferings().clear();
				return;
			case KamPackage.PORTFOLIO__SCALES:
				getScales().clear();
				return;
			case KamPackage.PORTFOLIO__CRITERIA_SETS:
				getCriteriaSets().clear();
				return;
			case KamPackage.PORTFOLIO__COMPETITORS:
				getCompetitors().clear();
				return;
			case KamPackage.PORTFOLIO__RESELLERS:
				getResellers().clear();
				return;
			case KamPackage.PORTFOLIO__ACCOUNTS:
				getAccounts().clear();
				return;
			case KamPackage.PORTFOLIO__ACTIVE_CRITERIA_SET:
				setActiveCriteriaSet((CriteriaSet)null);
				return;
			case KamPackage.PORTFOLIO__RELATIONSHIP_STAGE_SCALE:
				setRelationshipStageScale((Scale)null);
				return;
			case KamPackage.PORTFOLIO__BUY_SELL_SCALE:
				setBuySellScale((Scale)null);
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
			case KamPackage.PORTFOLIO__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case KamPackage.PORTFOLIO__ORGANISATION_NAME:
				return ORGANISATION_NAME_EDEFAULT == null ? organisationName != null : !ORGANISATION_NAME_EDEFAULT.equals(organisationName);
			case KamPackage.PORTFOLIO__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case KamPackage.PORTFOLIO__LAST_UPDATED:
				return LAST_UPDATED_EDEFAULT == null ? lastUpdated != null : !LAST_UPDATED_EDEFAULT.equals(lastUpdated);
			case KamPackage.PORTFOLIO__SETTINGS:
				return settings != null;
			case KamPackage.PORTFOLIO__PEOPLE:
				return people != null && !people.isEmpty();
			case KamPackage.PORTFOLIO__UNITS:
				return units != null && !units.isEmpty();
			case KamPackage.PORTFOLIO__OFFERINGS:
				return offerings != null && !offerings.isEmpty();
			case KamPackage.PORTFOLIO__SCALES:
				return scales != null && !scales.isEmpty();
			case KamPackage.PORTFOLIO__CRITERIA_SETS:
				return criteriaSets != null && !criteriaSets.isEmpty();
			case KamPackage.PORTFOLIO__COMPETITORS:
				return competitors != null && !competitors.isEmpty();
			case KamPackage.PORTFOLIO__RESELLERS:
				return resellers != null && !resellers.isEmpty();
			case KamPackage.PORTFOLIO__ACCOUNTS:
				return accounts != null && !accounts.isEmpty();
			case KamPackage.PORTFOLIO__ACTIVE_CRITERIA_SET:
				return activeCriteriaSet != null;
			case KamPackage.PORTFOLIO__RELATIONSHIP_STAGE_SCALE:
				return relationshipStageScale != null;
			case KamPackage.PORTFOLIO__BUY_SELL_SCALE:
				return buySellScale != null;
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
		result.append(" (formatVersion: ");
		result.append(formatVersion);
		result.append(", organisationName: ");
		result.append(organisationName);
		result.append(", currency: ");
		result.append(currency);
		result.append(", lastUpdated: ");
		result.append(lastUpdated);
		result.append(')');
		return result.toString();
	}

} //PortfolioImpl
