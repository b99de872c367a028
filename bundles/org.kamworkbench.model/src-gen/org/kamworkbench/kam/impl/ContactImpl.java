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
import org.kamworkbench.kam.Attitude;
import org.kamworkbench.kam.BuyingRole;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.KnowledgeNote;
import org.kamworkbench.kam.Person;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.ContactImpl#getJobTitle <em>Job Title</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ContactImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ContactImpl#getEmail <em>Email</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ContactImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ContactImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ContactImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ContactImpl#getBuyingRole <em>Buying Role</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ContactImpl#getInfluence <em>Influence</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ContactImpl#getAttitude <em>Attitude</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ContactImpl#getReportsTo <em>Reports To</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ContactImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ContactImpl#getLastContactDate <em>Last Contact Date</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ContactImpl#getLastUpdated <em>Last Updated</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.ContactImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContactImpl extends NamedElementImpl implements Contact {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The default value of the '{@link #getJobTitle() <em>Job Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String JOB_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJobTitle() <em>Job Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobTitle()
	 * @generated
	 * @ordered
	 */
	protected String jobTitle = JOB_TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected static final String DEPARTMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected String department = DEPARTMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected static final String EMAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected String email = EMAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected String phone = PHONE_EDEFAULT;

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
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected AccountUnit unit;

	/**
	 * The default value of the '{@link #getBuyingRole() <em>Buying Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuyingRole()
	 * @generated
	 * @ordered
	 */
	protected static final BuyingRole BUYING_ROLE_EDEFAULT = BuyingRole.UNKNOWN;

	/**
	 * The cached value of the '{@link #getBuyingRole() <em>Buying Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuyingRole()
	 * @generated
	 * @ordered
	 */
	protected BuyingRole buyingRole = BUYING_ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInfluence() <em>Influence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInfluence()
	 * @generated
	 * @ordered
	 */
	protected static final int INFLUENCE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getInfluence() <em>Influence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInfluence()
	 * @generated
	 * @ordered
	 */
	protected int influence = INFLUENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttitude() <em>Attitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttitude()
	 * @generated
	 * @ordered
	 */
	protected static final Attitude ATTITUDE_EDEFAULT = Attitude.UNKNOWN;

	/**
	 * The cached value of the '{@link #getAttitude() <em>Attitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttitude()
	 * @generated
	 * @ordered
	 */
	protected Attitude attitude = ATTITUDE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReportsTo() <em>Reports To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportsTo()
	 * @generated
	 * @ordered
	 */
	protected Contact reportsTo;

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
	 * The default value of the '{@link #getLastContactDate() <em>Last Contact Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastContactDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LAST_CONTACT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastContactDate() <em>Last Contact Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastContactDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate lastContactDate = LAST_CONTACT_DATE_EDEFAULT;

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
	protected ContactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.CONTACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJobTitle() {
		return jobTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJobTitle(String newJobTitle) {
		String oldJobTitle = jobTitle;
		jobTitle = newJobTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CONTACT__JOB_TITLE, oldJobTitle, jobTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDepartment() {
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartment(String newDepartment) {
		String oldDepartment = department;
		department = newDepartment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CONTACT__DEPARTMENT, oldDepartment, department));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmail() {
		return email;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmail(String newEmail) {
		String oldEmail = email;
		email = newEmail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CONTACT__EMAIL, oldEmail, email));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhone() {
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhone(String newPhone) {
		String oldPhone = phone;
		phone = newPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CONTACT__PHONE, oldPhone, phone));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CONTACT__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountUnit getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(AccountUnit newUnit) {
		AccountUnit oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CONTACT__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BuyingRole getBuyingRole() {
		return buyingRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuyingRole(BuyingRole newBuyingRole) {
		BuyingRole oldBuyingRole = buyingRole;
		buyingRole = newBuyingRole == null ? BUYING_ROLE_EDEFAULT : newBuyingRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CONTACT__BUYING_ROLE, oldBuyingRole, buyingRole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInfluence() {
		return influence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInfluence(int newInfluence) {
		int oldInfluence = influence;
		influence = newInfluence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CONTACT__INFLUENCE, oldInfluence, influence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Attitude getAttitude() {
		return attitude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttitude(Attitude newAttitude) {
		Attitude oldAttitude = attitude;
		attitude = newAttitude == null ? ATTITUDE_EDEFAULT : newAttitude;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CONTACT__ATTITUDE, oldAttitude, attitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact getReportsTo() {
		return reportsTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportsTo(Contact newReportsTo) {
		Contact oldReportsTo = reportsTo;
		reportsTo = newReportsTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CONTACT__REPORTS_TO, oldReportsTo, reportsTo));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CONTACT__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getLastContactDate() {
		return lastContactDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastContactDate(LocalDate newLastContactDate) {
		LocalDate oldLastContactDate = lastContactDate;
		lastContactDate = newLastContactDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CONTACT__LAST_CONTACT_DATE, oldLastContactDate, lastContactDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.CONTACT__LAST_UPDATED, oldLastUpdated, lastUpdated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KnowledgeNote> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<KnowledgeNote>(KnowledgeNote.class, this, KamPackage.CONTACT__NOTES);
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
			case KamPackage.CONTACT__NOTES:
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
			case KamPackage.CONTACT__JOB_TITLE:
				return getJobTitle();
			case KamPackage.CONTACT__DEPARTMENT:
				return getDepartment();
			case KamPackage.CONTACT__EMAIL:
				return getEmail();
			case KamPackage.CONTACT__PHONE:
				return getPhone();
			case KamPackage.CONTACT__LANGUAGE:
				return getLanguage();
			case KamPackage.CONTACT__UNIT:
				return getUnit();
			case KamPackage.CONTACT__BUYING_ROLE:
				return getBuyingRole();
			case KamPackage.CONTACT__INFLUENCE:
				return getInfluence();
			case KamPackage.CONTACT__ATTITUDE:
				return getAttitude();
			case KamPackage.CONTACT__REPORTS_TO:
				return getReportsTo();
			case KamPackage.CONTACT__OWNER:
				return getOwner();
			case KamPackage.CONTACT__LAST_CONTACT_DATE:
				return getLastContactDate();
			case KamPackage.CONTACT__LAST_UPDATED:
				return getLastUpdated();
			case KamPackage.CONTACT__NOTES:
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
			case KamPackage.CONTACT__JOB_TITLE:
				setJobTitle((String)newValue);
				return;
			case KamPackage.CONTACT__DEPARTMENT:
				setDepartment((String)newValue);
				return;
			case KamPackage.CONTACT__EMAIL:
				setEmail((String)newValue);
				return;
			case KamPackage.CONTACT__PHONE:
				setPhone((String)newValue);
				return;
			case KamPackage.CONTACT__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case KamPackage.CONTACT__UNIT:
				setUnit((AccountUnit)newValue);
				return;
			case KamPackage.CONTACT__BUYING_ROLE:
				setBuyingRole((BuyingRole)newValue);
				return;
			case KamPackage.CONTACT__INFLUENCE:
				setInfluence((Integer)newValue);
				return;
			case KamPackage.CONTACT__ATTITUDE:
				setAttitude((Attitude)newValue);
				return;
			case KamPackage.CONTACT__REPORTS_TO:
				setReportsTo((Contact)newValue);
				return;
			case KamPackage.CONTACT__OWNER:
				setOwner((Person)newValue);
				return;
			case KamPackage.CONTACT__LAST_CONTACT_DATE:
				setLastContactDate((LocalDate)newValue);
				return;
			case KamPackage.CONTACT__LAST_UPDATED:
				setLastUpdated((LocalDate)newValue);
				return;
			case KamPackage.CONTACT__NOTES:
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
			case KamPackage.CONTACT__JOB_TITLE:
				setJobTitle(JOB_TITLE_EDEFAULT);
				return;
			case KamPackage.CONTACT__DEPARTMENT:
				setDepartment(DEPARTMENT_EDEFAULT);
				return;
			case KamPackage.CONTACT__EMAIL:
				setEmail(EMAIL_EDEFAULT);
				return;
			case KamPackage.CONTACT__PHONE:
				setPhone(PHONE_EDEFAULT);
				return;
			case KamPackage.CONTACT__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case KamPackage.CONTACT__UNIT:
				setUnit((AccountUnit)null);
				return;
			case KamPackage.CONTACT__BUYING_ROLE:
				setBuyingRole(BUYING_ROLE_EDEFAULT);
				return;
			case KamPackage.CONTACT__INFLUENCE:
				setInfluence(INFLUENCE_EDEFAULT);
				return;
			case KamPackage.CONTACT__ATTITUDE:
				setAttitude(ATTITUDE_EDEFAULT);
				return;
			case KamPackage.CONTACT__REPORTS_TO:
				setReportsTo((Contact)null);
				return;
			case KamPackage.CONTACT__OWNER:
				setOwner((Person)null);
				return;
			case KamPackage.CONTACT__LAST_CONTACT_DATE:
				setLastContactDate(LAST_CONTACT_DATE_EDEFAULT);
				return;
			case KamPackage.CONTACT__LAST_UPDATED:
				setLastUpdated(LAST_UPDATED_EDEFAULT);
				return;
			case KamPackage.CONTACT__NOTES:
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
			case KamPackage.CONTACT__JOB_TITLE:
				return JOB_TITLE_EDEFAULT == null ? jobTitle != null : !JOB_TITLE_EDEFAULT.equals(jobTitle);
			case KamPackage.CONTACT__DEPARTMENT:
				return DEPARTMENT_EDEFAULT == null ? department != null : !DEPARTMENT_EDEFAULT.equals(department);
			case KamPackage.CONTACT__EMAIL:
				return EMAIL_EDEFAULT == null ? email != null : !EMAIL_EDEFAULT.equals(email);
			case KamPackage.CONTACT__PHONE:
				return PHONE_EDEFAULT == null ? phone != null : !PHONE_EDEFAULT.equals(phone);
			case KamPackage.CONTACT__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case KamPackage.CONTACT__UNIT:
				return unit != null;
			case KamPackage.CONTACT__BUYING_ROLE:
				return buyingRole != BUYING_ROLE_EDEFAULT;
			case KamPackage.CONTACT__INFLUENCE:
				return influence != INFLUENCE_EDEFAULT;
			case KamPackage.CONTACT__ATTITUDE:
				return attitude != ATTITUDE_EDEFAULT;
			case KamPackage.CONTACT__REPORTS_TO:
				return reportsTo != null;
			case KamPackage.CONTACT__OWNER:
				return owner != null;
			case KamPackage.CONTACT__LAST_CONTACT_DATE:
				return LAST_CONTACT_DATE_EDEFAULT == null ? lastContactDate != null : !LAST_CONTACT_DATE_EDEFAULT.equals(lastContactDate);
			case KamPackage.CONTACT__LAST_UPDATED:
				return LAST_UPDATED_EDEFAULT == null ? lastUpdated != null : !LAST_UPDATED_EDEFAULT.equals(lastUpdated);
			case KamPackage.CONTACT__NOTES:
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
		result.append(" (jobTitle: ");
		result.append(jobTitle);
		result.append(", department: ");
		result.append(department);
		result.append(", email: ");
		result.append(email);
		result.append(", phone: ");
		result.append(phone);
		result.append(", language: ");
		result.append(language);
		result.append(", buyingRole: ");
		result.append(buyingRole);
		result.append(", influence: ");
		result.append(influence);
		result.append(", attitude: ");
		result.append(attitude);
		result.append(", lastContactDate: ");
		result.append(lastContactDate);
		result.append(", lastUpdated: ");
		result.append(lastUpdated);
		result.append(')');
		return result.toString();
	}

} //ContactImpl
