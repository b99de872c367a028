/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.kamworkbench.kam.AccountTeamMember;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.Person;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Account Team Member</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.AccountTeamMemberImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountTeamMemberImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountTeamMemberImpl#getDiscipline <em>Discipline</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountTeamMemberImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountTeamMemberImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountTeamMemberImpl#getAccountUnit <em>Account Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountTeamMemberImpl#getTimeCommitmentPercent <em>Time Commitment Percent</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountTeamMemberImpl#getLocalManager <em>Local Manager</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AccountTeamMemberImpl#getReportsTo <em>Reports To</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccountTeamMemberImpl extends IdentifiedImpl implements AccountTeamMember {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The cached value of the '{@link #getPerson() <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerson()
	 * @generated
	 * @ordered
	 */
	protected Person person;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiscipline() <em>Discipline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscipline()
	 * @generated
	 * @ordered
	 */
	protected static final String DISCIPLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiscipline() <em>Discipline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscipline()
	 * @generated
	 * @ordered
	 */
	protected String discipline = DISCIPLINE_EDEFAULT;

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
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected OrganisationUnit unit;

	/**
	 * The cached value of the '{@link #getAccountUnit() <em>Account Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountUnit()
	 * @generated
	 * @ordered
	 */
	protected AccountUnit accountUnit;

	/**
	 * The default value of the '{@link #getTimeCommitmentPercent() <em>Time Commitment Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeCommitmentPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double TIME_COMMITMENT_PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTimeCommitmentPercent() <em>Time Commitment Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeCommitmentPercent()
	 * @generated
	 * @ordered
	 */
	protected double timeCommitmentPercent = TIME_COMMITMENT_PERCENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLocalManager() <em>Local Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalManager()
	 * @generated
	 * @ordered
	 */
	protected Person localManager;

	/**
	 * The cached value of the '{@link #getReportsTo() <em>Reports To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportsTo()
	 * @generated
	 * @ordered
	 */
	protected AccountTeamMember reportsTo;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccountTeamMemberImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.ACCOUNT_TEAM_MEMBER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPerson() {
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerson(Person newPerson) {
		Person oldPerson = person;
		person = newPerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_TEAM_MEMBER__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole) {
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_TEAM_MEMBER__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDiscipline() {
		return discipline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscipline(String newDiscipline) {
		String oldDiscipline = discipline;
		discipline = newDiscipline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_TEAM_MEMBER__DISCIPLINE, oldDiscipline, discipline));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_TEAM_MEMBER__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationUnit getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(OrganisationUnit newUnit) {
		OrganisationUnit oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_TEAM_MEMBER__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountUnit getAccountUnit() {
		return accountUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccountUnit(AccountUnit newAccountUnit) {
		AccountUnit oldAccountUnit = accountUnit;
		accountUnit = newAccountUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_TEAM_MEMBER__ACCOUNT_UNIT, oldAccountUnit, accountUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTimeCommitmentPercent() {
		return timeCommitmentPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeCommitmentPercent(double newTimeCommitmentPercent) {
		double oldTimeCommitmentPercent = timeCommitmentPercent;
		timeCommitmentPercent = newTimeCommitmentPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_TEAM_MEMBER__TIME_COMMITMENT_PERCENT, oldTimeCommitmentPercent, timeCommitmentPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getLocalManager() {
		return localManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalManager(Person newLocalManager) {
		Person oldLocalManager = localManager;
		localManager = newLocalManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_TEAM_MEMBER__LOCAL_MANAGER, oldLocalManager, localManager));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountTeamMember getReportsTo() {
		return reportsTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportsTo(AccountTeamMember newReportsTo) {
		AccountTeamMember oldReportsTo = reportsTo;
		reportsTo = newReportsTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ACCOUNT_TEAM_MEMBER__REPORTS_TO, oldReportsTo, reportsTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KamPackage.ACCOUNT_TEAM_MEMBER__PERSON:
				return getPerson();
			case KamPackage.ACCOUNT_TEAM_MEMBER__ROLE:
				return getRole();
			case KamPackage.ACCOUNT_TEAM_MEMBER__DISCIPLINE:
				return getDiscipline();
			case KamPackage.ACCOUNT_TEAM_MEMBER__COUNTRY:
				return getCountry();
			case KamPackage.ACCOUNT_TEAM_MEMBER__UNIT:
				return getUnit();
			case KamPackage.ACCOUNT_TEAM_MEMBER__ACCOUNT_UNIT:
				return getAccountUnit();
			case KamPackage.ACCOUNT_TEAM_MEMBER__TIME_COMMITMENT_PERCENT:
				return getTimeCommitmentPercent();
			case KamPackage.ACCOUNT_TEAM_MEMBER__LOCAL_MANAGER:
				return getLocalManager();
			case KamPackage.ACCOUNT_TEAM_MEMBER__REPORTS_TO:
				return getReportsTo();
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
			case KamPackage.ACCOUNT_TEAM_MEMBER__PERSON:
				setPerson((Person)newValue);
				return;
			case KamPackage.ACCOUNT_TEAM_MEMBER__ROLE:
				setRole((String)newValue);
				return;
			case KamPackage.ACCOUNT_TEAM_MEMBER__DISCIPLINE:
				setDiscipline((String)newValue);
				return;
			case KamPackage.ACCOUNT_TEAM_MEMBER__COUNTRY:
				setCountry((String)newValue);
				return;
			case KamPackage.ACCOUNT_TEAM_MEMBER__UNIT:
				setUnit((OrganisationUnit)newValue);
				return;
			case KamPackage.ACCOUNT_TEAM_MEMBER__ACCOUNT_UNIT:
				setAccountUnit((AccountUnit)newValue);
				return;
			case KamPackage.ACCOUNT_TEAM_MEMBER__TIME_COMMITMENT_PERCENT:
				setTimeCommitmentPercent((Double)newValue);
				return;
			case KamPackage.ACCOUNT_TEAM_MEMBER__LOCAL_MANAGER:
				setLocalManager((Person)newValue);
				return;
			case KamPackage.ACCOUNT_TEAM_MEMBER__REPORTS_TO:
				setReportsTo((AccountTeamMember)newValue);
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
			case KamPackage.ACCOUNT_TEAM_MEMBER__PERSON:
				setPerson((Person)null);
				return;
			case KamPackage.ACCOUNT_TEAM_MEMBER__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_TEAM_MEMBER__DISCIPLINE:
				setDiscipline(DISCIPLINE_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_TEAM_MEMBER__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_TEAM_MEMBER__UNIT:
				setUnit((OrganisationUnit)null);
				return;
			case KamPackage.ACCOUNT_TEAM_MEMBER__ACCOUNT_UNIT:
				setAccountUnit((AccountUnit)null);
				return;
			case KamPackage.ACCOUNT_TEAM_MEMBER__TIME_COMMITMENT_PERCENT:
				setTimeCommitmentPercent(TIME_COMMITMENT_PERCENT_EDEFAULT);
				return;
			case KamPackage.ACCOUNT_TEAM_MEMBER__LOCAL_MANAGER:
				setLocalManager((Person)null);
				return;
			case KamPackage.ACCOUNT_TEAM_MEMBER__REPORTS_TO:
				setReportsTo((AccountTeamMember)null);
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
			case KamPackage.ACCOUNT_TEAM_MEMBER__PERSON:
				return person != null;
			case KamPackage.ACCOUNT_TEAM_MEMBER__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case KamPackage.ACCOUNT_TEAM_MEMBER__DISCIPLINE:
				return DISCIPLINE_EDEFAULT == null ? discipline != null : !DISCIPLINE_EDEFAULT.equals(discipline);
			case KamPackage.ACCOUNT_TEAM_MEMBER__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case KamPackage.ACCOUNT_TEAM_MEMBER__UNIT:
				return unit != null;
			case KamPackage.ACCOUNT_TEAM_MEMBER__ACCOUNT_UNIT:
				return accountUnit != null;
			case KamPackage.ACCOUNT_TEAM_MEMBER__TIME_COMMITMENT_PERCENT:
				return timeCommitmentPercent != TIME_COMMITMENT_PERCENT_EDEFAULT;
			case KamPackage.ACCOUNT_TEAM_MEMBER__LOCAL_MANAGER:
				return localManager != null;
			case KamPackage.ACCOUNT_TEAM_MEMBER__REPORTS_TO:
				return reportsTo != null;
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
		result.append(" (role: ");
		result.append(role);
		result.append(", discipline: ");
		result.append(discipline);
		result.append(", country: ");
		result.append(country);
		result.append(", timeCommitmentPercent: ");
		result.append(timeCommitmentPercent);
		result.append(')');
		return result.toString();
	}

} //AccountTeamMemberImpl
