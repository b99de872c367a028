/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.kamworkbench.kam.Action;
import org.kamworkbench.kam.ActionStatus;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Objective;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.Strategy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.ActionImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ActionImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ActionImpl#getCompletedDate <em>Completed Date</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ActionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ActionImpl#getCost <em>Cost</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ActionImpl#getObjective <em>Objective</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ActionImpl#getStrategy <em>Strategy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActionImpl extends NamedElementImpl implements Action {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Person owner;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletedDate() <em>Completed Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate COMPLETED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompletedDate() <em>Completed Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate completedDate = COMPLETED_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ActionStatus STATUS_EDEFAULT = ActionStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ActionStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected static final double COST_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected double cost = COST_EDEFAULT;

	/**
	 * The cached value of the '{@link #getObjective() <em>Objective</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjective()
	 * @generated
	 * @ordered
	 */
	protected Objective objective;

	/**
	 * The cached value of the '{@link #getStrategy() <em>Strategy</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategy()
	 * @generated
	 * @ordered
	 */
	protected Strategy strategy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.ACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Person newOwner) {
		Person oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACTION__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACTION__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCompletedDate() {
		return completedDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletedDate(LocalDate newCompletedDate) {
		LocalDate oldCompletedDate = completedDate;
		completedDate = newCompletedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACTION__COMPLETED_DATE, oldCompletedDate, completedDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ActionStatus newStatus) {
		ActionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACTION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCost() {
		return cost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCost(double newCost) {
		double oldCost = cost;
		cost = newCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACTION__COST, oldCost, cost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Objective getObjective() {
		return objective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjective(Objective newObjective) {
		Objective oldObjective = objective;
		objective = newObjective;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACTION__OBJECTIVE, oldObjective, objective));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Strategy getStrategy() {
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrategy(Strategy newStrategy) {
		Strategy oldStrategy = strategy;
		strategy = newStrategy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACTION__STRATEGY, oldStrategy, strategy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KamPackage.ACTION__OWNER:
				return getOwner();
			case KamPackage.ACTION__DUE_DATE:
				return getDueDate();
			case KamPackage.ACTION__COMPLETED_DATE:
				return getCompletedDate();
			case KamPackage.ACTION__STATUS:
				return getStatus();
			case KamPackage.ACTION__COST:
				return getCost();
			case KamPackage.ACTION__OBJECTIVE:
				return getObjective();
			case KamPackage.ACTION__STRATEGY:
				return getStrategy();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case KamPackage.ACTION__OWNER:
				setOwner((Person)newValue);
				return;
			case KamPackage.ACTION__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case KamPackage.ACTION__COMPLETED_DATE:
				setCompletedDate((LocalDate)newValue);
				return;
			case KamPackage.ACTION__STATUS:
				setStatus((ActionStatus)newValue);
				return;
			case KamPackage.ACTION__COST:
				setCost((Double)newValue);
				return;
			case KamPackage.ACTION__OBJECTIVE:
				setObjective((Objective)newValue);
				return;
			case KamPackage.ACTION__STRATEGY:
				setStrategy((Strategy)newValue);
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
			case KamPackage.ACTION__OWNER:
				setOwner((Person)null);
				return;
			case KamPackage.ACTION__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case KamPackage.ACTION__COMPLETED_DATE:
				setCompletedDate(COMPLETED_DATE_EDEFAULT);
				return;
			case KamPackage.ACTION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case KamPackage.ACTION__COST:
				setCost(COST_EDEFAULT);
				return;
			case KamPackage.ACTION__OBJECTIVE:
				setObjective((Objective)null);
				return;
			case KamPackage.ACTION__STRATEGY:
				setStrategy((Strategy)null);
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
			case KamPackage.ACTION__OWNER:
				return owner != null;
			case KamPackage.ACTION__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case KamPackage.ACTION__COMPLETED_DATE:
				return COMPLETED_DATE_EDEFAULT == null ? completedDate != null : !COMPLETED_DATE_EDEFAULT.equals(completedDate);
			case KamPackage.ACTION__STATUS:
				return status != STATUS_EDEFAULT;
			case KamPackage.ACTION__COST:
				return cost != COST_EDEFAULT;
			case KamPackage.ACTION__OBJECTIVE:
				return objective != null;
			case KamPackage.ACTION__STRATEGY:
				return strategy != null;
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
		result.append(" (dueDate: ");
		result.append(dueDate);
		result.append(", completedDate: ");
		result.append(completedDate);
		result.append(", status: ");
		result.append(status);
		result.append(", cost: ");
		result.append(cost);
		result.append(')');
		return result.toString();
	}

} //ActionImpl
