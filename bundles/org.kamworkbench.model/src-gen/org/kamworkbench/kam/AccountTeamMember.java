/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Account Team Member</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A member of the (multidisciplinary, multinational) account team, with role, time commitment and reporting lines.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.AccountTeamMember#getPerson <em>Person</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountTeamMember#getRole <em>Role</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountTeamMember#getDiscipline <em>Discipline</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountTeamMember#getCountry <em>Country</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountTeamMember#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountTeamMember#getAccountUnit <em>Account Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountTeamMember#getTimeCommitmentPercent <em>Time Commitment Percent</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountTeamMember#getLocalManager <em>Local Manager</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AccountTeamMember#getReportsTo <em>Reports To</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getAccountTeamMember()
 * @model
 * @generated
 */
public interface AccountTeamMember extends Identified {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.kamworkbench.kam.KamPackage#getAccountTeamMember_Person()
	 * @model resolveProxies="false" required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountTeamMember#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Role in the account team, e.g. key account manager, local account manager, specialist.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see org.kamworkbench.kam.KamPackage#getAccountTeamMember_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountTeamMember#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Discipline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Discipline</em>' attribute.
	 * @see #setDiscipline(String)
	 * @see org.kamworkbench.kam.KamPackage#getAccountTeamMember_Discipline()
	 * @model
	 * @generated
	 */
	String getDiscipline();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountTeamMember#getDiscipline <em>Discipline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discipline</em>' attribute.
	 * @see #getDiscipline()
	 * @generated
	 */
	void setDiscipline(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.kamworkbench.kam.KamPackage#getAccountTeamMember_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountTeamMember#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Our unit the member works in for this account.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(OrganisationUnit)
	 * @see org.kamworkbench.kam.KamPackage#getAccountTeamMember_Unit()
	 * @model resolveProxies="false"
	 * @generated
	 */
	OrganisationUnit getUnit();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountTeamMember#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(OrganisationUnit value);

	/**
	 * Returns the value of the '<em><b>Account Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer unit the member covers, mirroring the customer's structure.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Account Unit</em>' reference.
	 * @see #setAccountUnit(AccountUnit)
	 * @see org.kamworkbench.kam.KamPackage#getAccountTeamMember_AccountUnit()
	 * @model resolveProxies="false"
	 * @generated
	 */
	AccountUnit getAccountUnit();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountTeamMember#getAccountUnit <em>Account Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account Unit</em>' reference.
	 * @see #getAccountUnit()
	 * @generated
	 */
	void setAccountUnit(AccountUnit value);

	/**
	 * Returns the value of the '<em><b>Time Commitment Percent</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of working time committed to this account, in percent (0-100).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Commitment Percent</em>' attribute.
	 * @see #setTimeCommitmentPercent(double)
	 * @see org.kamworkbench.kam.KamPackage#getAccountTeamMember_TimeCommitmentPercent()
	 * @model default="0.0"
	 * @generated
	 */
	double getTimeCommitmentPercent();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountTeamMember#getTimeCommitmentPercent <em>Time Commitment Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Commitment Percent</em>' attribute.
	 * @see #getTimeCommitmentPercent()
	 * @generated
	 */
	void setTimeCommitmentPercent(double value);

	/**
	 * Returns the value of the '<em><b>Local Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Local (line) manager the member also reports to in a matrix organisation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Local Manager</em>' reference.
	 * @see #setLocalManager(Person)
	 * @see org.kamworkbench.kam.KamPackage#getAccountTeamMember_LocalManager()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Person getLocalManager();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountTeamMember#getLocalManager <em>Local Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Manager</em>' reference.
	 * @see #getLocalManager()
	 * @generated
	 */
	void setLocalManager(Person value);

	/**
	 * Returns the value of the '<em><b>Reports To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Team member this member reports to for the account, usually the key account manager.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reports To</em>' reference.
	 * @see #setReportsTo(AccountTeamMember)
	 * @see org.kamworkbench.kam.KamPackage#getAccountTeamMember_ReportsTo()
	 * @model resolveProxies="false"
	 * @generated
	 */
	AccountTeamMember getReportsTo();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AccountTeamMember#getReportsTo <em>Reports To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reports To</em>' reference.
	 * @see #getReportsTo()
	 * @generated
	 */
	void setReportsTo(AccountTeamMember value);

} // AccountTeamMember
