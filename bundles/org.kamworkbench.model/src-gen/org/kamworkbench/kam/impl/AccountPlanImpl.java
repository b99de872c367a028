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

import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.Action;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Objective;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.PlanReview;
import org.kamworkbench.kam.PlanStatus;
import org.kamworkbench.kam.RevenueTarget;
import org.kamworkbench.kam.Risk;
import org.kamworkbench.kam.Strategy;
import org.kamworkbench.kam.SwotItem;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Account Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.AccountPlanImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountPlanImpl#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountPlanImpl#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountPlanImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountPlanImpl#getVision <em>Vision</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountPlanImpl#getCustomerBusiness <em>Customer Business</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountPlanImpl#getCustomerGoals <em>Customer Goals</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountPlanImpl#getNextReviewDate <em>Next Review Date</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountPlanImpl#getLastUpdated <em>Last Updated</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountPlanImpl#getSwot <em>Swot</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountPlanImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountPlanImpl#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountPlanImpl#getActions <em>Actions</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountPlanImpl#getRevenueTargets <em>Revenue Targets</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountPlanImpl#getRisks <em>Risks</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountPlanImpl#getReviews <em>Reviews</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccountPlanImpl extends NamedElementImpl implements AccountPlan {
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
	protected static final PlanStatus STATUS_EDEFAULT = PlanStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected PlanStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodStart = PERIOD_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodEnd = PERIOD_END_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected Person author;

	/**
	 * The default value of the '{@link #getVision() <em>Vision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVision()
	 * @generated
	 * @ordered
	 */
	protected static final String VISION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVision() <em>Vision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVision()
	 * @generated
	 * @ordered
	 */
	protected String vision = VISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomerBusiness() <em>Customer Business</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerBusiness()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOMER_BUSINESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomerBusiness() <em>Customer Business</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerBusiness()
	 * @generated
	 * @ordered
	 */
	protected String customerBusiness = CUSTOMER_BUSINESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomerGoals() <em>Customer Goals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerGoals()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOMER_GOALS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomerGoals() <em>Customer Goals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerGoals()
	 * @generated
	 * @ordered
	 */
	protected String customerGoals = CUSTOMER_GOALS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNextReviewDate() <em>Next Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextReviewDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate NEXT_REVIEW_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNextReviewDate() <em>Next Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextReviewDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate nextReviewDate = NEXT_REVIEW_DATE_EDEFAULT;

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
	 * The cached value of the '{@link #getSwot() <em>Swot</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwot()
	 * @generated
	 * @ordered
	 */
	protected EList<SwotItem> swot;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<Objective> objectives;

	/**
	 * The cached value of the '{@link #getStrategies() <em>Strategies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategies()
	 * @generated
	 * @ordered
	 */
	protected EList<Strategy> strategies;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<Action> actions;

	/**
	 * The cached value of the '{@link #getRevenueTargets() <em>Revenue Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevenueTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<RevenueTarget> revenueTargets;

	/**
	 * The cached value of the '{@link #getRisks() <em>Risks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRisks()
	 * @generated
	 * @ordered
	 */
	protected EList<Risk> risks;

	/**
	 * The cached value of the '{@link #getReviews() <em>Reviews</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviews()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanReview> reviews;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccountPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.ACCOUNT_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(PlanStatus newStatus) {
		PlanStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_PLAN__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodStart() {
		return periodStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodStart(LocalDate newPeriodStart) {
		LocalDate oldPeriodStart = periodStart;
		periodStart = newPeriodStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_PLAN__PERIOD_START, oldPeriodStart, periodStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodEnd(LocalDate newPeriodEnd) {
		LocalDate oldPeriodEnd = periodEnd;
		periodEnd = newPeriodEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_PLAN__PERIOD_END, oldPeriodEnd, periodEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(Person newAuthor) {
		Person oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_PLAN__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVision() {
		return vision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVision(String newVision) {
		String oldVision = vision;
		vision = newVision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_PLAN__VISION, oldVision, vision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomerBusiness() {
		return customerBusiness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerBusiness(String newCustomerBusiness) {
		String oldCustomerBusiness = customerBusiness;
		customerBusiness = newCustomerBusiness;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_PLAN__CUSTOMER_BUSINESS, oldCustomerBusiness, customerBusiness));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomerGoals() {
		return customerGoals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerGoals(String newCustomerGoals) {
		String oldCustomerGoals = customerGoals;
		customerGoals = newCustomerGoals;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_PLAN__CUSTOMER_GOALS, oldCustomerGoals, customerGoals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getNextReviewDate() {
		return nextReviewDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextReviewDate(LocalDate newNextReviewDate) {
		LocalDate oldNextReviewDate = nextReviewDate;
		nextReviewDate = newNextReviewDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_PLAN__NEXT_REVIEW_DATE, oldNextReviewDate, nextReviewDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_PLAN__LAST_UPDATED, oldLastUpdated, lastUpdated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SwotItem> getSwot() {
		if (swot == null) {
			swot = new EObjectContainmentEList<SwotItem>(SwotItem.class, this, KamPackage.ACCOUNT_PLAN__SWOT);
		}
		return swot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Objective> getObjectives() {
		if (objectives == null) {
			objectives = new EObjectContainmentEList<Objective>(Objective.class, this, KamPackage.ACCOUNT_PLAN__OBJECTIVES);
		}
		return objectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Strategy> getStrategies() {
		if (strategies == null) {
			strategies = new EObjectContainmentEList<Strategy>(Strategy.class, this, KamPackage.ACCOUNT_PLAN__STRATEGIES);
		}
		return strategies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Action> getActions() {
		if (actions == null) {
			actions = new EObjectContainmentEList<Action>(Action.class, this, KamPackage.ACCOUNT_PLAN__ACTIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RevenueTarget> getRevenueTargets() {
		if (revenueTargets == null) {
			revenueTargets = new EObjectContainmentEList<RevenueTarget>(RevenueTarget.class, this, KamPackage.ACCOUNT_PLAN__REVENUE_TARGETS);
		}
		return revenueTargets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Risk> getRisks() {
		if (risks == null) {
			risks = new EObjectContainmentEList<Risk>(Risk.class, this, KamPackage.ACCOUNT_PLAN__RISKS);
		}
		return risks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanReview> getReviews() {
		if (reviews == null) {
			reviews = new EObjectContainmentEList<PlanReview>(PlanReview.class, this, KamPackage.ACCOUNT_PLAN__REVIEWS);
		}
		return reviews;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case KamPackage.ACCOUNT_PLAN__SWOT:
				return ((InternalEList<?>)getSwot()).basicRemove(otherEnd, msgs);
			case KamPackage.ACCOUNT_PLAN__OBJECTIVES:
				return ((InternalEList<?>)getObjectives()).basicRemove(otherEnd, msgs);
			case KamPackage.ACCOUNT_PLAN__STRATEGIES:
				return ((InternalEList<?>)getStrategies()).basicRemove(otherEnd, msgs);
			case KamPackage.ACCOUNT_PLAN__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
			case KamPackage.ACCOUNT_PLAN__REVENUE_TARGETS:
				return ((InternalEList<?>)getRevenueTargets()).basicRemove(otherEnd, msgs);
			case KamPackage.ACCOUNT_PLAN__RISKS:
				return ((InternalEList<?>)getRisks()).basicRemove(otherEnd, msgs);
			case KamPackage.ACCOUNT_PLAN__REVIEWS:
				return ((InternalEList<?>)getReviews()).basicRemove(otherEnd, msgs);
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
			case KamPackage.ACCOUNT_PLAN__STATUS:
				return getStatus();
			case KamPackage.ACCOUNT_PLAN__PERIOD_START:
				return getPeriodStart();
			case KamPackage.ACCOUNT_PLAN__PERIOD_END:
				return getPeriodEnd();
			case KamPackage.ACCOUNT_PLAN__AUTHOR:
				return getAuthor();
			case KamPackage.ACCOUNT_PLAN__VISION:
				return getVision();
			case KamPackage.ACCOUNT_PLAN__CUSTOMER_BUSINESS:
				return getCustomerBusiness();
			case KamPackage.ACCOUNT_PLAN__CUSTOMER_GOALS:
				return getCustomerGoals();
			case KamPackage.ACCOUNT_PLAN__NEXT_REVIEW_DATE:
				return getNextReviewDate();
			case KamPackage.ACCOUNT_PLAN__LAST_UPDATED:
				return getLastUpdated();
			case KamPackage.ACCOUNT_PLAN__SWOT:
				return getSwot();
			case KamPackage.ACCOUNT_PLAN__OBJECTIVES:
				return getObjectives();
			case KamPackage.ACCOUNT_PLAN__STRATEGIES:
				return getStrategies();
			case KamPackage.ACCOUNT_PLAN__ACTIONS:
				return getActions();
			case KamPackage.ACCOUNT_PLAN__REVENUE_TARGETS:
				return getRevenueTargets();
			case KamPackage.ACCOUNT_PLAN__RISKS:
				return getRisks();
			case KamPackage.ACCOUNT_PLAN__REVIEWS:
				return getReviews();
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
			case KamPackage.ACCOUNT_PLAN__STATUS:
				setStatus((PlanStatus)newValue);
				return;
			case KamPackage.ACCOUNT_PLAN__PERIOD_START:
				setPeriodStart((LocalDate)newValue);
				return;
			case KamPackage.ACCOUNT_PLAN__PERIOD_END:
				setPeriodEnd((LocalDate)newValue);
				return;
			case KamPackage.ACCOUNT_PLAN__AUTHOR:
				setAuthor((Person)newValue);
				return;
			case KamPackage.ACCOUNT_PLAN__VISION:
				setVision((String)newValue);
				return;
			case KamPackage.ACCOUNT_PLAN__CUSTOMER_BUSINESS:
				setCustomerBusiness((String)newValue);
				return;
			case KamPackage.ACCOUNT_PLAN__CUSTOMER_GOALS:
				setCustomerGoals((String)newValue);
				return;
			case KamPackage.ACCOUNT_PLAN__NEXT_REVIEW_DATE:
				setNextReviewDate((LocalDate)newValue);
				return;
			case KamPackage.ACCOUNT_PLAN__LAST_UPDATED:
				setLastUpdated((LocalDate)newValue);
				return;
			case KamPackage.ACCOUNT_PLAN__SWOT:
				getSwot().clear();
				getSwot().addAll((Collection<? extends SwotItem>)newValue);
				return;
			case KamPackage.ACCOUNT_PLAN__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends Objective>)newValue);
				return;
			case KamPackage.ACCOUNT_PLAN__STRATEGIES:
				getStrategies().clear();
				getStrategies().addAll((Collection<? extends Strategy>)newValue);
				return;
			case KamPackage.ACCOUNT_PLAN__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends Action>)newValue);
				return;
			case KamPackage.ACCOUNT_PLAN__REVENUE_TARGETS:
				getRevenueTargets().clear();
				getRevenueTargets().addAll((Collection<? extends RevenueTarget>)newValue);
				return;
			case KamPackage.ACCOUNT_PLAN__RISKS:
				getRisks().clear();
				getRisks().addAll((Collection<? extends Risk>)newValue);
				return;
			case KamPackage.ACCOUNT_PLAN__REVIEWS:
				getReviews().clear();
				getReviews().addAll((Collection<? extends PlanReview>)newValue);
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
			case KamPackage.ACCOUNT_PLAN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_PLAN__PERIOD_START:
				setPeriodStart(PERIOD_START_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_PLAN__PERIOD_END:
				setPeriodEnd(PERIOD_END_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_PLAN__AUTHOR:
				setAuthor((Person)null);
				return;
			case KamPackage.ACCOUNT_PLAN__VISION:
				setVision(VISION_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_PLAN__CUSTOMER_BUSINESS:
				setCustomerBusiness(CUSTOMER_BUSINESS_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_PLAN__CUSTOMER_GOALS:
				setCustomerGoals(CUSTOMER_GOALS_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_PLAN__NEXT_REVIEW_DATE:
				setNextReviewDate(NEXT_REVIEW_DATE_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_PLAN__LAST_UPDATED:
				setLastUpdated(LAST_UPDATED_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_PLAN__SWOT:
				getSwot().clear();
				return;
			case KamPackage.ACCOUNT_PLAN__OBJECTIVES:
				getObjectives().clear();
				return;
			case KamPackage.ACCOUNT_PLAN__STRATEGIES:
				getStrategies().clear();
				return;
			case KamPackage.ACCOUNT_PLAN__ACTIONS:
				getActions().clear();
				return;
			case KamPackage.ACCOUNT_PLAN__REVENUE_TARGETS:
				getRevenueTargets().clear();
				return;
			case KamPackage.ACCOUNT_PLAN__RISKS:
				getRisks().clear();
				return;
			case KamPackage.ACCOUNT_PLAN__REVIEWS:
				getReviews().clear();
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
			case KamPackage.ACCOUNT_PLAN__STATUS:
				return status != STATUS_EDEFAULT;
			case KamPackage.ACCOUNT_PLAN__PERIOD_START:
				return PERIOD_START_EDEFAULT == null ? periodStart != null : !PERIOD_START_EDEFAULT.equals(periodStart);
			case KamPackage.ACCOUNT_PLAN__PERIOD_END:
				return PERIOD_END_EDEFAULT == null ? periodEnd != null : !PERIOD_END_EDEFAULT.equals(periodEnd);
			case KamPackage.ACCOUNT_PLAN__AUTHOR:
				return author != null;
			case KamPackage.ACCOUNT_PLAN__VISION:
				return VISION_EDEFAULT == null ? vision != null : !VISION_EDEFAULT.equals(vision);
			case KamPackage.ACCOUNT_PLAN__CUSTOMER_BUSINESS:
				return CUSTOMER_BUSINESS_EDEFAULT == null ? customerBusiness != null : !CUSTOMER_BUSINESS_EDEFAULT.equals(customerBusiness);
			case KamPackage.ACCOUNT_PLAN__CUSTOMER_GOALS:
				return CUSTOMER_GOALS_EDEFAULT == null ? customerGoals != null : !CUSTOMER_GOALS_EDEFAULT.equals(customerGoals);
			case KamPackage.ACCOUNT_PLAN__NEXT_REVIEW_DATE:
				return NEXT_REVIEW_DATE_EDEFAULT == null ? nextReviewDate != null : !NEXT_REVIEW_DATE_EDEFAULT.equals(nextReviewDate);
			case KamPackage.ACCOUNT_PLAN__LAST_UPDATED:
				return LAST_UPDATED_EDEFAULT == null ? lastUpdated != null : !LAST_UPDATED_EDEFAULT.equals(lastUpdated);
			case KamPackage.ACCOUNT_PLAN__SWOT:
				return swot != null && !swot.isEmpty();
			case KamPackage.ACCOUNT_PLAN__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
			case KamPackage.ACCOUNT_PLAN__STRATEGIES:
				return strategies != null && !strategies.isEmpty();
			case KamPackage.ACCOUNT_PLAN__ACTIONS:
				return actions != null && !actions.isEmpty();
			case KamPackage.ACCOUNT_PLAN__REVENUE_TARGETS:
				return revenueTargets != null && !revenueTargets.isEmpty();
			case KamPackage.ACCOUNT_PLAN__RISKS:
				return risks != null && !risks.isEmpty();
			case KamPackage.ACCOUNT_PLAN__REVIEWS:
				return reviews != null && !reviews.isEmpty();
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
		result.append(", periodStart: ");
		result.append(periodStart);
		result.append(", periodEnd: ");
		result.append(periodEnd);
		result.append(", vision: ");
		result.append(vision);
		result.append(", customerBusiness: ");
		result.append(customerBusiness);
		result.append(", customerGoals: ");
		result.append(customerGoals);
		result.append(", nextReviewDate: ");
		result.append(nextReviewDate);
		result.append(", lastUpdated: ");
		result.append(lastUpdated);
		result.append(')');
		return result.toString();
	}

} //AccountPlanImpl
