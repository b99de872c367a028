/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Metamodel of a KAM Workbench portfolio file (*.kam): our organisation, selection criteria, scales, analysis settings and the key accounts with everything recorded about them.
 * <!-- end-model-doc -->
 * @see org.kamworkbench.kam.KamFactory
 * @model kind="package"
 * @generated
 */
public interface KamPackage extends EPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "kam";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.kamworkbench.org/kam/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "kam";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	KamPackage eINSTANCE = org.kamworkbench.kam.impl.KamPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.IdentifiedImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.NamedElementImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.PeriodicImpl <em>Periodic</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.PeriodicImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getPeriodic()
	 * @generated
	 */
	int PERIODIC = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIODIC__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Period Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIODIC__PERIOD_LABEL = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIODIC__PERIOD_START = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIODIC__PERIOD_END = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Periodic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIODIC_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Periodic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIODIC_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.PortfolioImpl <em>Portfolio</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.PortfolioImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getPortfolio()
	 * @generated
	 */
	int PORTFOLIO = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__FORMAT_VERSION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Organisation Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__ORGANISATION_NAME = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__CURRENCY = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__LAST_UPDATED = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__SETTINGS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>People</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__PEOPLE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__UNITS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Offerings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__OFFERINGS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Scales</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__SCALES = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Criteria Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__CRITERIA_SETS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Competitors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__COMPETITORS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Resellers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__RESELLERS = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Accounts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__ACCOUNTS = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Active Criteria Set</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__ACTIVE_CRITERIA_SET = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Relationship Stage Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__RELATIONSHIP_STAGE_SCALE = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Buy Sell Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__BUY_SELL_SCALE = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Portfolio</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Portfolio</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl <em>Analysis Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.AnalysisSettingsImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getAnalysisSettings()
	 * @generated
	 */
	int ANALYSIS_SETTINGS = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Attractiveness Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__ATTRACTIVENESS_THRESHOLD = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Strength Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__STRENGTH_THRESHOLD = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Boundary Side</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__BOUNDARY_SIDE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Strength High On Left</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__STRENGTH_HIGH_ON_LEFT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Kraljic Profit Impact Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__KRALJIC_PROFIT_IMPACT_THRESHOLD = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Kraljic Supply Risk Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__KRALJIC_SUPPLY_RISK_THRESHOLD = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Preferencing Value Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__PREFERENCING_VALUE_THRESHOLD = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Preferencing Attractiveness Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__PREFERENCING_ATTRACTIVENESS_THRESHOLD = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Key Account Selection Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__KEY_ACCOUNT_SELECTION_THRESHOLD = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Balance Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__BALANCE_TOLERANCE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Staleness Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__STALENESS_DAYS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Contact Staleness Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__CONTACT_STALENESS_DAYS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Minimum Key Accounts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__MINIMUM_KEY_ACCOUNTS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Maximum Key Accounts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__MAXIMUM_KEY_ACCOUNTS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Minimum Criteria Per Axis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__MINIMUM_CRITERIA_PER_AXIS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Maximum Criteria Per Axis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__MAXIMUM_CRITERIA_PER_AXIS = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Weight Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__WEIGHT_TOTAL = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Sensitivity Runs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__SENSITIVITY_RUNS = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Sensitivity Weight Variation Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS__SENSITIVITY_WEIGHT_VARIATION_PERCENT = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The number of structural features of the '<em>Analysis Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The number of operations of the '<em>Analysis Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SETTINGS_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.PersonImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Job Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__JOB_TITLE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Discipline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__DISCIPLINE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__COUNTRY = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__EMAIL = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__PHONE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Languages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__LANGUAGES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__MANAGER = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.OrganisationUnitImpl <em>Organisation Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.OrganisationUnitImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getOrganisationUnit()
	 * @generated
	 */
	int ORGANISATION_UNIT = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__COUNTRY = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Business Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__BUSINESS_UNIT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__MANAGER = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Subunits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__SUBUNITS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__NOTES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Organisation Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Organisation Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.OfferingImpl <em>Offering</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.OfferingImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getOffering()
	 * @generated
	 */
	int OFFERING = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFERING__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFERING__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFERING__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFERING__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Offering</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFERING_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Offering</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFERING_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.CompetitorImpl <em>Competitor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.CompetitorImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getCompetitor()
	 * @generated
	 */
	int COMPETITOR = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Competitor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Competitor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.ResellerImpl <em>Reseller</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.ResellerImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getReseller()
	 * @generated
	 */
	int RESELLER = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESELLER__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESELLER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESELLER__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Reseller</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESELLER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Reseller</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESELLER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.ScaleImpl <em>Scale</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.ScaleImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getScale()
	 * @generated
	 */
	int SCALE = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__DIRECTION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Levels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__LEVELS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.ScaleLevelImpl <em>Scale Level</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.ScaleLevelImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getScaleLevel()
	 * @generated
	 */
	int SCALE_LEVEL = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL__RANK = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ranked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL__RANKED = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Scale Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Scale Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.CriteriaSetImpl <em>Criteria Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.CriteriaSetImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getCriteriaSet()
	 * @generated
	 */
	int CRITERIA_SET = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_SET__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_SET__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_SET__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_SET__VERSION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_SET__VALID_FROM = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Supersedes</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_SET__SUPERSEDES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_SET__CRITERIA = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Criteria Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_SET_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Criteria Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_SET_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.CriterionImpl <em>Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.CriterionImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getCriterion()
	 * @generated
	 */
	int CRITERION = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Axis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__AXIS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__KIND = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__WEIGHT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scale Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__SCALE_MIN = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Scale Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__SCALE_MAX = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__DIRECTION = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Computation Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__COMPUTATION_ID = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.ScoreImpl <em>Score</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.ScoreImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getScore()
	 * @generated
	 */
	int SCORE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Criterion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__CRITERION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__RATIONALE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Scored By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__SCORED_BY = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Scored By Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__SCORED_BY_NAME = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Criteria Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__CRITERIA_VERSION = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.AccountImpl <em>Account</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.AccountImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getAccount()
	 * @generated
	 */
	int ACCOUNT = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__STATUS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__SECTOR = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__COUNTRY = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Key Account Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__KEY_ACCOUNT_MANAGER = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Executive Sponsor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__EXECUTIVE_SPONSOR = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Customer Sponsor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__CUSTOMER_SPONSOR = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Owning Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__OWNING_UNIT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Decision Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__DECISION_LEVEL = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Purchasing Coordination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__PURCHASING_COORDINATION = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Our Willingness To Invest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__OUR_WILLINGNESS_TO_INVEST = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Their Willingness To Invest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__THEIR_WILLINGNESS_TO_INVEST = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Our Internationalisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__OUR_INTERNATIONALISATION = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Their Internationalisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__THEIR_INTERNATIONALISATION = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Relationship Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__RELATIONSHIP_STAGE = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Current Buy Sell Level</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__CURRENT_BUY_SELL_LEVEL = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Desired Buy Sell Level</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__DESIRED_BUY_SELL_LEVEL = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Language Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__LANGUAGE_NOTES = NAMED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Culture Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__CULTURE_NOTES = NAMED_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__LAST_UPDATED = NAMED_ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__UNITS = NAMED_ELEMENT_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Contacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__CONTACTS = NAMED_ELEMENT_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Relationship Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__RELATIONSHIP_LINKS = NAMED_ELEMENT_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Team</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__TEAM = NAMED_ELEMENT_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Scores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__SCORES = NAMED_ELEMENT_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Kraljic Assessment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__KRALJIC_ASSESSMENT = NAMED_ELEMENT_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Supplier Preferencing</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__SUPPLIER_PREFERENCING = NAMED_ELEMENT_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Competitors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__COMPETITORS = NAMED_ELEMENT_FEATURE_COUNT + 26;

	/**
	 * The feature id for the '<em><b>Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__PLANS = NAMED_ELEMENT_FEATURE_COUNT + 27;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__RESULTS = NAMED_ELEMENT_FEATURE_COUNT + 28;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__NOTES = NAMED_ELEMENT_FEATURE_COUNT + 29;

	/**
	 * The feature id for the '<em><b>Lifetime Value Inputs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__LIFETIME_VALUE_INPUTS = NAMED_ELEMENT_FEATURE_COUNT + 30;

	/**
	 * The number of structural features of the '<em>Account</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 31;

	/**
	 * The number of operations of the '<em>Account</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.AccountUnitImpl <em>Account Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.AccountUnitImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getAccountUnit()
	 * @generated
	 */
	int ACCOUNT_UNIT = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_UNIT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_UNIT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_UNIT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_UNIT__COUNTRY = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Business Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_UNIT__BUSINESS_UNIT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_UNIT__LANGUAGE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Language Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_UNIT__LANGUAGE_NOTES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Culture Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_UNIT__CULTURE_NOTES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Local Importance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_UNIT__LOCAL_IMPORTANCE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Local Commitment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_UNIT__LOCAL_COMMITMENT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Local Revenue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_UNIT__LOCAL_REVENUE = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Local Agreement Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_UNIT__LOCAL_AGREEMENT_NOTES = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Our Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_UNIT__OUR_UNIT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Local Account Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_UNIT__LOCAL_ACCOUNT_MANAGER = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_UNIT__LAST_UPDATED = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Subunits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_UNIT__SUBUNITS = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_UNIT__NOTES = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Account Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_UNIT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Account Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_UNIT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.ContactImpl <em>Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.ContactImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getContact()
	 * @generated
	 */
	int CONTACT = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Job Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__JOB_TITLE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__DEPARTMENT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__EMAIL = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PHONE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__LANGUAGE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Buying Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__BUYING_ROLE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Influence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__INFLUENCE = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Attitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ATTITUDE = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Reports To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__REPORTS_TO = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Last Contact Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__LAST_CONTACT_DATE = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__LAST_UPDATED = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NOTES = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.RelationshipLinkImpl <em>Relationship Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.RelationshipLinkImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getRelationshipLink()
	 * @generated
	 */
	int RELATIONSHIP_LINK = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_LINK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Our Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_LINK__OUR_PERSON = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_LINK__CONTACT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Meetings Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_LINK__MEETINGS_PER_YEAR = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Strength</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_LINK__STRENGTH = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Last Met</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_LINK__LAST_MET = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_LINK__COMMENT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_LINK__LAST_UPDATED = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Relationship Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_LINK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Relationship Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_LINK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.AccountTeamMemberImpl <em>Account Team Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.AccountTeamMemberImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getAccountTeamMember()
	 * @generated
	 */
	int ACCOUNT_TEAM_MEMBER = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_TEAM_MEMBER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_TEAM_MEMBER__PERSON = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_TEAM_MEMBER__ROLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Discipline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_TEAM_MEMBER__DISCIPLINE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_TEAM_MEMBER__COUNTRY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_TEAM_MEMBER__UNIT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Account Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_TEAM_MEMBER__ACCOUNT_UNIT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Time Commitment Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_TEAM_MEMBER__TIME_COMMITMENT_PERCENT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Local Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_TEAM_MEMBER__LOCAL_MANAGER = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Reports To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_TEAM_MEMBER__REPORTS_TO = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Account Team Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_TEAM_MEMBER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Account Team Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_TEAM_MEMBER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.CompetitorPositionImpl <em>Competitor Position</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.CompetitorPositionImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getCompetitorPosition()
	 * @generated
	 */
	int COMPETITOR_POSITION = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR_POSITION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Competitor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR_POSITION__COMPETITOR = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Share Of Wallet Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR_POSITION__SHARE_OF_WALLET_PERCENT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Best Competitor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR_POSITION__BEST_COMPETITOR = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR_POSITION__COMMENT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Competitor Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR_POSITION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Competitor Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR_POSITION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.KraljicAssessmentImpl <em>Kraljic Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.KraljicAssessmentImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getKraljicAssessment()
	 * @generated
	 */
	int KRALJIC_ASSESSMENT = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRALJIC_ASSESSMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRALJIC_ASSESSMENT__DATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Assessed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRALJIC_ASSESSMENT__ASSESSED_BY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRALJIC_ASSESSMENT__RATIONALE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRALJIC_ASSESSMENT__CATEGORIES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Kraljic Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRALJIC_ASSESSMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Kraljic Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRALJIC_ASSESSMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.PurchaseCategoryImpl <em>Purchase Category</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.PurchaseCategoryImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getPurchaseCategory()
	 * @generated
	 */
	int PURCHASE_CATEGORY = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE_CATEGORY__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE_CATEGORY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE_CATEGORY__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Spend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE_CATEGORY__SPEND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Our Share Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE_CATEGORY__OUR_SHARE_PERCENT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Offerings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE_CATEGORY__OFFERINGS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Factor Scores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE_CATEGORY__FACTOR_SCORES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Purchase Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE_CATEGORY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Purchase Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE_CATEGORY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.KraljicFactorScoreImpl <em>Kraljic Factor Score</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.KraljicFactorScoreImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getKraljicFactorScore()
	 * @generated
	 */
	int KRALJIC_FACTOR_SCORE = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRALJIC_FACTOR_SCORE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Dimension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRALJIC_FACTOR_SCORE__DIMENSION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Factor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRALJIC_FACTOR_SCORE__FACTOR = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRALJIC_FACTOR_SCORE__WEIGHT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRALJIC_FACTOR_SCORE__VALUE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRALJIC_FACTOR_SCORE__RATIONALE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Kraljic Factor Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRALJIC_FACTOR_SCORE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Kraljic Factor Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KRALJIC_FACTOR_SCORE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.SupplierPreferencingImpl <em>Supplier Preferencing</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.SupplierPreferencingImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getSupplierPreferencing()
	 * @generated
	 */
	int SUPPLIER_PREFERENCING = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLIER_PREFERENCING__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Value To Us</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLIER_PREFERENCING__VALUE_TO_US = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Attractiveness To Us</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLIER_PREFERENCING__ATTRACTIVENESS_TO_US = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLIER_PREFERENCING__RATIONALE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLIER_PREFERENCING__DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Assessed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLIER_PREFERENCING__ASSESSED_BY = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Supplier Preferencing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLIER_PREFERENCING_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Supplier Preferencing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLIER_PREFERENCING_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.AccountPlanImpl <em>Account Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.AccountPlanImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getAccountPlan()
	 * @generated
	 */
	int ACCOUNT_PLAN = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN__STATUS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN__PERIOD_START = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN__PERIOD_END = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN__AUTHOR = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Vision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN__VISION = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Customer Business</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN__CUSTOMER_BUSINESS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Customer Goals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN__CUSTOMER_GOALS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Next Review Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN__NEXT_REVIEW_DATE = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN__LAST_UPDATED = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Swot</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN__SWOT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN__OBJECTIVES = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Strategies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN__STRATEGIES = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN__ACTIONS = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Revenue Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN__REVENUE_TARGETS = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Risks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN__RISKS = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Reviews</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN__REVIEWS = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Account Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Account Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_PLAN_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.SwotItemImpl <em>Swot Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.SwotItemImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getSwotItem()
	 * @generated
	 */
	int SWOT_ITEM = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM__TEXT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Swot Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Swot Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.ObjectiveImpl <em>Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.ObjectiveImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getObjective()
	 * @generated
	 */
	int OBJECTIVE = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__METRIC = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Metric Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__METRIC_UNIT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__BASELINE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__ACTUAL = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__DUE_DATE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__STATUS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.StrategyImpl <em>Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.StrategyImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getStrategy()
	 * @generated
	 */
	int STRATEGY = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__OBJECTIVES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.ActionImpl <em>Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.ActionImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getAction()
	 * @generated
	 */
	int ACTION = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DUE_DATE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Completed Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__COMPLETED_DATE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__STATUS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__COST = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Objective</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__OBJECTIVE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Strategy</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__STRATEGY = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.RevenueTargetImpl <em>Revenue Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.RevenueTargetImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getRevenueTarget()
	 * @generated
	 */
	int REVENUE_TARGET = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_TARGET__ID = PERIODIC__ID;

	/**
	 * The feature id for the '<em><b>Period Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_TARGET__PERIOD_LABEL = PERIODIC__PERIOD_LABEL;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_TARGET__PERIOD_START = PERIODIC__PERIOD_START;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_TARGET__PERIOD_END = PERIODIC__PERIOD_END;

	/**
	 * The feature id for the '<em><b>Revenue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_TARGET__REVENUE = PERIODIC_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Profit Contribution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_TARGET__PROFIT_CONTRIBUTION = PERIODIC_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Offering</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_TARGET__OFFERING = PERIODIC_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Account Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_TARGET__ACCOUNT_UNIT = PERIODIC_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Revenue Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_TARGET_FEATURE_COUNT = PERIODIC_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Revenue Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVENUE_TARGET_OPERATION_COUNT = PERIODIC_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.RiskImpl <em>Risk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.RiskImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getRisk()
	 * @generated
	 */
	int RISK = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Likelihood</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__LIKELIHOOD = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__IMPACT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Mitigation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__MITIGATION = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Closed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__CLOSED = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Risk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Risk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.PlanReviewImpl <em>Plan Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.PlanReviewImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getPlanReview()
	 * @generated
	 */
	int PLAN_REVIEW = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVIEW__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVIEW__DATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reviewed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVIEW__REVIEWED_BY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVIEW__SUMMARY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Plan Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVIEW_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Plan Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_REVIEW_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.PeriodResultImpl <em>Period Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.PeriodResultImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getPeriodResult()
	 * @generated
	 */
	int PERIOD_RESULT = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_RESULT__ID = PERIODIC__ID;

	/**
	 * The feature id for the '<em><b>Period Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_RESULT__PERIOD_LABEL = PERIODIC__PERIOD_LABEL;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_RESULT__PERIOD_START = PERIODIC__PERIOD_START;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_RESULT__PERIOD_END = PERIODIC__PERIOD_END;

	/**
	 * The feature id for the '<em><b>Account Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_RESULT__ACCOUNT_UNIT = PERIODIC_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Direct Revenue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_RESULT__DIRECT_REVENUE = PERIODIC_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cost To Serve</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_RESULT__COST_TO_SERVE = PERIODIC_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Profit Contribution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_RESULT__PROFIT_CONTRIBUTION = PERIODIC_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Revenue Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_RESULT__REVENUE_TARGET = PERIODIC_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Profit Contribution Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_RESULT__PROFIT_CONTRIBUTION_TARGET = PERIODIC_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_RESULT__COMMENT = PERIODIC_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_RESULT__LAST_UPDATED = PERIODIC_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Indirect Revenues</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_RESULT__INDIRECT_REVENUES = PERIODIC_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Credits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_RESULT__CREDITS = PERIODIC_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Period Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_RESULT_FEATURE_COUNT = PERIODIC_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Period Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_RESULT_OPERATION_COUNT = PERIODIC_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.IndirectRevenueImpl <em>Indirect Revenue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.IndirectRevenueImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getIndirectRevenue()
	 * @generated
	 */
	int INDIRECT_REVENUE = 34;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIRECT_REVENUE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Reseller</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIRECT_REVENUE__RESELLER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Revenue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIRECT_REVENUE__REVENUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Attribution Share Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIRECT_REVENUE__ATTRIBUTION_SHARE_PERCENT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIRECT_REVENUE__RATIONALE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Indirect Revenue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIRECT_REVENUE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Indirect Revenue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDIRECT_REVENUE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.UnitCreditImpl <em>Unit Credit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.UnitCreditImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getUnitCredit()
	 * @generated
	 */
	int UNIT_CREDIT = 35;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_CREDIT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_CREDIT__UNIT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Share Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_CREDIT__SHARE_PERCENT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_CREDIT__RATIONALE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Unit Credit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_CREDIT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Unit Credit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_CREDIT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.KnowledgeNoteImpl <em>Knowledge Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.KnowledgeNoteImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getKnowledgeNote()
	 * @generated
	 */
	int KNOWLEDGE_NOTE = 36;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_NOTE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_NOTE__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_NOTE__TEXT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_NOTE__AUTHOR = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_NOTE__DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_NOTE__TAGS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Knowledge Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_NOTE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Knowledge Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_NOTE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.impl.LifetimeValueInputsImpl <em>Lifetime Value Inputs</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.impl.LifetimeValueInputsImpl
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getLifetimeValueInputs()
	 * @generated
	 */
	int LIFETIME_VALUE_INPUTS = 37;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFETIME_VALUE_INPUTS__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Annual Revenue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFETIME_VALUE_INPUTS__ANNUAL_REVENUE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Annual Growth Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFETIME_VALUE_INPUTS__ANNUAL_GROWTH_PERCENT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Margin Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFETIME_VALUE_INPUTS__MARGIN_PERCENT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Retention Rate Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFETIME_VALUE_INPUTS__RETENTION_RATE_PERCENT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Discount Rate Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFETIME_VALUE_INPUTS__DISCOUNT_RATE_PERCENT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Horizon Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFETIME_VALUE_INPUTS__HORIZON_YEARS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Acquisition Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFETIME_VALUE_INPUTS__ACQUISITION_COST = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Assumptions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFETIME_VALUE_INPUTS__ASSUMPTIONS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Prepared By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFETIME_VALUE_INPUTS__PREPARED_BY = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Last Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFETIME_VALUE_INPUTS__LAST_UPDATED = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Lifetime Value Inputs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFETIME_VALUE_INPUTS_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Lifetime Value Inputs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIFETIME_VALUE_INPUTS_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.AccountStatus <em>Account Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.AccountStatus
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getAccountStatus()
	 * @generated
	 */
	int ACCOUNT_STATUS = 38;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.DecisionLevel <em>Decision Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.DecisionLevel
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getDecisionLevel()
	 * @generated
	 */
	int DECISION_LEVEL = 39;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.PurchasingCoordination <em>Purchasing Coordination</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.PurchasingCoordination
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getPurchasingCoordination()
	 * @generated
	 */
	int PURCHASING_COORDINATION = 40;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.Axis <em>Axis</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.Axis
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getAxis()
	 * @generated
	 */
	int AXIS = 41;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.ScaleDirection <em>Scale Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.ScaleDirection
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getScaleDirection()
	 * @generated
	 */
	int SCALE_DIRECTION = 42;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.CriterionKind <em>Criterion Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.CriterionKind
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getCriterionKind()
	 * @generated
	 */
	int CRITERION_KIND = 43;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.ScaleKind <em>Scale Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.ScaleKind
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getScaleKind()
	 * @generated
	 */
	int SCALE_KIND = 44;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.BuyingRole <em>Buying Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.BuyingRole
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getBuyingRole()
	 * @generated
	 */
	int BUYING_ROLE = 45;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.Attitude <em>Attitude</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.Attitude
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getAttitude()
	 * @generated
	 */
	int ATTITUDE = 46;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.KraljicDimension <em>Kraljic Dimension</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.KraljicDimension
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getKraljicDimension()
	 * @generated
	 */
	int KRALJIC_DIMENSION = 47;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.PlanStatus <em>Plan Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.PlanStatus
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getPlanStatus()
	 * @generated
	 */
	int PLAN_STATUS = 48;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.ObjectiveStatus <em>Objective Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.ObjectiveStatus
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getObjectiveStatus()
	 * @generated
	 */
	int OBJECTIVE_STATUS = 49;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.ActionStatus
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 50;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.SwotKind <em>Swot Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.SwotKind
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getSwotKind()
	 * @generated
	 */
	int SWOT_KIND = 51;

	/**
	 * The meta object id for the '{@link org.kamworkbench.kam.ThresholdSide <em>Threshold Side</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.kamworkbench.kam.ThresholdSide
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getThresholdSide()
	 * @generated
	 */
	int THRESHOLD_SIDE = 52;

	/**
	 * The meta object id for the '<em>Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.kamworkbench.kam.impl.KamPackageImpl#getDate()
	 * @generated
	 */
	int DATE = 53;


	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.kamworkbench.kam.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.kamworkbench.kam.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.kamworkbench.kam.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.kamworkbench.kam.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.kamworkbench.kam.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.Periodic <em>Periodic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Periodic</em>'.
	 * @see org.kamworkbench.kam.Periodic
	 * @generated
	 */
	EClass getPeriodic();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Periodic#getPeriodLabel <em>Period Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Label</em>'.
	 * @see org.kamworkbench.kam.Periodic#getPeriodLabel()
	 * @see #getPeriodic()
	 * @generated
	 */
	EAttribute getPeriodic_PeriodLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Periodic#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see org.kamworkbench.kam.Periodic#getPeriodStart()
	 * @see #getPeriodic()
	 * @generated
	 */
	EAttribute getPeriodic_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Periodic#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see org.kamworkbench.kam.Periodic#getPeriodEnd()
	 * @see #getPeriodic()
	 * @generated
	 */
	EAttribute getPeriodic_PeriodEnd();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.Portfolio <em>Portfolio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Portfolio</em>'.
	 * @see org.kamworkbench.kam.Portfolio
	 * @generated
	 */
	EClass getPortfolio();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Portfolio#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.kamworkbench.kam.Portfolio#getFormatVersion()
	 * @see #getPortfolio()
	 * @generated
	 */
	EAttribute getPortfolio_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Portfolio#getOrganisationName <em>Organisation Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organisation Name</em>'.
	 * @see org.kamworkbench.kam.Portfolio#getOrganisationName()
	 * @see #getPortfolio()
	 * @generated
	 */
	EAttribute getPortfolio_OrganisationName();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Portfolio#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.kamworkbench.kam.Portfolio#getCurrency()
	 * @see #getPortfolio()
	 * @generated
	 */
	EAttribute getPortfolio_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Portfolio#getLastUpdated <em>Last Updated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Updated</em>'.
	 * @see org.kamworkbench.kam.Portfolio#getLastUpdated()
	 * @see #getPortfolio()
	 * @generated
	 */
	EAttribute getPortfolio_LastUpdated();

	/**
	 * Returns the meta object for the containment reference '{@link org.kamworkbench.kam.Portfolio#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Settings</em>'.
	 * @see org.kamworkbench.kam.Portfolio#getSettings()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_Settings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.Portfolio#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>People</em>'.
	 * @see org.kamworkbench.kam.Portfolio#getPeople()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_People();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.Portfolio#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Units</em>'.
	 * @see org.kamworkbench.kam.Portfolio#getUnits()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_Units();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.Portfolio#getOfferings <em>Offerings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Offerings</em>'.
	 * @see org.kamworkbench.kam.Portfolio#getOfferings()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_Offerings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.Portfolio#getScales <em>Scales</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scales</em>'.
	 * @see org.kamworkbench.kam.Portfolio#getScales()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_Scales();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.Portfolio#getCriteriaSets <em>Criteria Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria Sets</em>'.
	 * @see org.kamworkbench.kam.Portfolio#getCriteriaSets()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_CriteriaSets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.Portfolio#getCompetitors <em>Competitors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Competitors</em>'.
	 * @see org.kamworkbench.kam.Portfolio#getCompetitors()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_Competitors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.Portfolio#getResellers <em>Resellers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Resellers</em>'.
	 * @see org.kamworkbench.kam.Portfolio#getResellers()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_Resellers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.Portfolio#getAccounts <em>Accounts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Accounts</em>'.
	 * @see org.kamworkbench.kam.Portfolio#getAccounts()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_Accounts();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Portfolio#getActiveCriteriaSet <em>Active Criteria Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Active Criteria Set</em>'.
	 * @see org.kamworkbench.kam.Portfolio#getActiveCriteriaSet()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_ActiveCriteriaSet();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Portfolio#getRelationshipStageScale <em>Relationship Stage Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Relationship Stage Scale</em>'.
	 * @see org.kamworkbench.kam.Portfolio#getRelationshipStageScale()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_RelationshipStageScale();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Portfolio#getBuySellScale <em>Buy Sell Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Buy Sell Scale</em>'.
	 * @see org.kamworkbench.kam.Portfolio#getBuySellScale()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_BuySellScale();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.AnalysisSettings <em>Analysis Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analysis Settings</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings
	 * @generated
	 */
	EClass getAnalysisSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AnalysisSettings#getAttractivenessThreshold <em>Attractiveness Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attractiveness Threshold</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings#getAttractivenessThreshold()
	 * @see #getAnalysisSettings()
	 * @generated
	 */
	EAttribute getAnalysisSettings_AttractivenessThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AnalysisSettings#getStrengthThreshold <em>Strength Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strength Threshold</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings#getStrengthThreshold()
	 * @see #getAnalysisSettings()
	 * @generated
	 */
	EAttribute getAnalysisSettings_StrengthThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AnalysisSettings#getBoundarySide <em>Boundary Side</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Boundary Side</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings#getBoundarySide()
	 * @see #getAnalysisSettings()
	 * @generated
	 */
	EAttribute getAnalysisSettings_BoundarySide();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AnalysisSettings#isStrengthHighOnLeft <em>Strength High On Left</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strength High On Left</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings#isStrengthHighOnLeft()
	 * @see #getAnalysisSettings()
	 * @generated
	 */
	EAttribute getAnalysisSettings_StrengthHighOnLeft();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AnalysisSettings#getKraljicProfitImpactThreshold <em>Kraljic Profit Impact Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kraljic Profit Impact Threshold</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings#getKraljicProfitImpactThreshold()
	 * @see #getAnalysisSettings()
	 * @generated
	 */
	EAttribute getAnalysisSettings_KraljicProfitImpactThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AnalysisSettings#getKraljicSupplyRiskThreshold <em>Kraljic Supply Risk Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kraljic Supply Risk Threshold</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings#getKraljicSupplyRiskThreshold()
	 * @see #getAnalysisSettings()
	 * @generated
	 */
	EAttribute getAnalysisSettings_KraljicSupplyRiskThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AnalysisSettings#getPreferencingValueThreshold <em>Preferencing Value Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preferencing Value Threshold</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings#getPreferencingValueThreshold()
	 * @see #getAnalysisSettings()
	 * @generated
	 */
	EAttribute getAnalysisSettings_PreferencingValueThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AnalysisSettings#getPreferencingAttractivenessThreshold <em>Preferencing Attractiveness Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preferencing Attractiveness Threshold</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings#getPreferencingAttractivenessThreshold()
	 * @see #getAnalysisSettings()
	 * @generated
	 */
	EAttribute getAnalysisSettings_PreferencingAttractivenessThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AnalysisSettings#getKeyAccountSelectionThreshold <em>Key Account Selection Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key Account Selection Threshold</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings#getKeyAccountSelectionThreshold()
	 * @see #getAnalysisSettings()
	 * @generated
	 */
	EAttribute getAnalysisSettings_KeyAccountSelectionThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AnalysisSettings#getBalanceTolerance <em>Balance Tolerance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Balance Tolerance</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings#getBalanceTolerance()
	 * @see #getAnalysisSettings()
	 * @generated
	 */
	EAttribute getAnalysisSettings_BalanceTolerance();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AnalysisSettings#getStalenessDays <em>Staleness Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Staleness Days</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings#getStalenessDays()
	 * @see #getAnalysisSettings()
	 * @generated
	 */
	EAttribute getAnalysisSettings_StalenessDays();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AnalysisSettings#getContactStalenessDays <em>Contact Staleness Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact Staleness Days</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings#getContactStalenessDays()
	 * @see #getAnalysisSettings()
	 * @generated
	 */
	EAttribute getAnalysisSettings_ContactStalenessDays();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AnalysisSettings#getMinimumKeyAccounts <em>Minimum Key Accounts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Key Accounts</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings#getMinimumKeyAccounts()
	 * @see #getAnalysisSettings()
	 * @generated
	 */
	EAttribute getAnalysisSettings_MinimumKeyAccounts();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AnalysisSettings#getMaximumKeyAccounts <em>Maximum Key Accounts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum Key Accounts</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings#getMaximumKeyAccounts()
	 * @see #getAnalysisSettings()
	 * @generated
	 */
	EAttribute getAnalysisSettings_MaximumKeyAccounts();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AnalysisSettings#getMinimumCriteriaPerAxis <em>Minimum Criteria Per Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Criteria Per Axis</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings#getMinimumCriteriaPerAxis()
	 * @see #getAnalysisSettings()
	 * @generated
	 */
	EAttribute getAnalysisSettings_MinimumCriteriaPerAxis();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AnalysisSettings#getMaximumCriteriaPerAxis <em>Maximum Criteria Per Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum Criteria Per Axis</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings#getMaximumCriteriaPerAxis()
	 * @see #getAnalysisSettings()
	 * @generated
	 */
	EAttribute getAnalysisSettings_MaximumCriteriaPerAxis();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AnalysisSettings#getWeightTotal <em>Weight Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Total</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings#getWeightTotal()
	 * @see #getAnalysisSettings()
	 * @generated
	 */
	EAttribute getAnalysisSettings_WeightTotal();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AnalysisSettings#getSensitivityRuns <em>Sensitivity Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sensitivity Runs</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings#getSensitivityRuns()
	 * @see #getAnalysisSettings()
	 * @generated
	 */
	EAttribute getAnalysisSettings_SensitivityRuns();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AnalysisSettings#getSensitivityWeightVariationPercent <em>Sensitivity Weight Variation Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sensitivity Weight Variation Percent</em>'.
	 * @see org.kamworkbench.kam.AnalysisSettings#getSensitivityWeightVariationPercent()
	 * @see #getAnalysisSettings()
	 * @generated
	 */
	EAttribute getAnalysisSettings_SensitivityWeightVariationPercent();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.kamworkbench.kam.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Person#getJobTitle <em>Job Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Job Title</em>'.
	 * @see org.kamworkbench.kam.Person#getJobTitle()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_JobTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Person#getDiscipline <em>Discipline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discipline</em>'.
	 * @see org.kamworkbench.kam.Person#getDiscipline()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Discipline();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Person#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.kamworkbench.kam.Person#getCountry()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Person#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.kamworkbench.kam.Person#getEmail()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Person#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.kamworkbench.kam.Person#getPhone()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Phone();

	/**
	 * Returns the meta object for the attribute list '{@link org.kamworkbench.kam.Person#getLanguages <em>Languages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Languages</em>'.
	 * @see org.kamworkbench.kam.Person#getLanguages()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Languages();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Person#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see org.kamworkbench.kam.Person#getUnit()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Unit();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Person#getManager <em>Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Manager</em>'.
	 * @see org.kamworkbench.kam.Person#getManager()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Manager();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.OrganisationUnit <em>Organisation Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation Unit</em>'.
	 * @see org.kamworkbench.kam.OrganisationUnit
	 * @generated
	 */
	EClass getOrganisationUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.OrganisationUnit#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.kamworkbench.kam.OrganisationUnit#getCountry()
	 * @see #getOrganisationUnit()
	 * @generated
	 */
	EAttribute getOrganisationUnit_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.OrganisationUnit#getBusinessUnit <em>Business Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Business Unit</em>'.
	 * @see org.kamworkbench.kam.OrganisationUnit#getBusinessUnit()
	 * @see #getOrganisationUnit()
	 * @generated
	 */
	EAttribute getOrganisationUnit_BusinessUnit();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.OrganisationUnit#getManager <em>Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Manager</em>'.
	 * @see org.kamworkbench.kam.OrganisationUnit#getManager()
	 * @see #getOrganisationUnit()
	 * @generated
	 */
	EReference getOrganisationUnit_Manager();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.OrganisationUnit#getSubunits <em>Subunits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subunits</em>'.
	 * @see org.kamworkbench.kam.OrganisationUnit#getSubunits()
	 * @see #getOrganisationUnit()
	 * @generated
	 */
	EReference getOrganisationUnit_Subunits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.OrganisationUnit#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.kamworkbench.kam.OrganisationUnit#getNotes()
	 * @see #getOrganisationUnit()
	 * @generated
	 */
	EReference getOrganisationUnit_Notes();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.Offering <em>Offering</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Offering</em>'.
	 * @see org.kamworkbench.kam.Offering
	 * @generated
	 */
	EClass getOffering();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Offering#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see org.kamworkbench.kam.Offering#getUnit()
	 * @see #getOffering()
	 * @generated
	 */
	EReference getOffering_Unit();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.Competitor <em>Competitor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Competitor</em>'.
	 * @see org.kamworkbench.kam.Competitor
	 * @generated
	 */
	EClass getCompetitor();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.Reseller <em>Reseller</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reseller</em>'.
	 * @see org.kamworkbench.kam.Reseller
	 * @generated
	 */
	EClass getReseller();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.Scale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale</em>'.
	 * @see org.kamworkbench.kam.Scale
	 * @generated
	 */
	EClass getScale();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Scale#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.kamworkbench.kam.Scale#getKind()
	 * @see #getScale()
	 * @generated
	 */
	EAttribute getScale_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Scale#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.kamworkbench.kam.Scale#getDirection()
	 * @see #getScale()
	 * @generated
	 */
	EAttribute getScale_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Scale#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.kamworkbench.kam.Scale#getSource()
	 * @see #getScale()
	 * @generated
	 */
	EAttribute getScale_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.Scale#getLevels <em>Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Levels</em>'.
	 * @see org.kamworkbench.kam.Scale#getLevels()
	 * @see #getScale()
	 * @generated
	 */
	EReference getScale_Levels();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.ScaleLevel <em>Scale Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale Level</em>'.
	 * @see org.kamworkbench.kam.ScaleLevel
	 * @generated
	 */
	EClass getScaleLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.ScaleLevel#getRank <em>Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rank</em>'.
	 * @see org.kamworkbench.kam.ScaleLevel#getRank()
	 * @see #getScaleLevel()
	 * @generated
	 */
	EAttribute getScaleLevel_Rank();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.ScaleLevel#isRanked <em>Ranked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ranked</em>'.
	 * @see org.kamworkbench.kam.ScaleLevel#isRanked()
	 * @see #getScaleLevel()
	 * @generated
	 */
	EAttribute getScaleLevel_Ranked();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.CriteriaSet <em>Criteria Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criteria Set</em>'.
	 * @see org.kamworkbench.kam.CriteriaSet
	 * @generated
	 */
	EClass getCriteriaSet();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.CriteriaSet#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.kamworkbench.kam.CriteriaSet#getVersion()
	 * @see #getCriteriaSet()
	 * @generated
	 */
	EAttribute getCriteriaSet_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.CriteriaSet#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see org.kamworkbench.kam.CriteriaSet#getValidFrom()
	 * @see #getCriteriaSet()
	 * @generated
	 */
	EAttribute getCriteriaSet_ValidFrom();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.CriteriaSet#getSupersedes <em>Supersedes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supersedes</em>'.
	 * @see org.kamworkbench.kam.CriteriaSet#getSupersedes()
	 * @see #getCriteriaSet()
	 * @generated
	 */
	EReference getCriteriaSet_Supersedes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.CriteriaSet#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see org.kamworkbench.kam.CriteriaSet#getCriteria()
	 * @see #getCriteriaSet()
	 * @generated
	 */
	EReference getCriteriaSet_Criteria();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.Criterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criterion</em>'.
	 * @see org.kamworkbench.kam.Criterion
	 * @generated
	 */
	EClass getCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Criterion#getAxis <em>Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Axis</em>'.
	 * @see org.kamworkbench.kam.Criterion#getAxis()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Axis();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Criterion#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.kamworkbench.kam.Criterion#getKind()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Criterion#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.kamworkbench.kam.Criterion#getWeight()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Weight();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Criterion#getScaleMin <em>Scale Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale Min</em>'.
	 * @see org.kamworkbench.kam.Criterion#getScaleMin()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_ScaleMin();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Criterion#getScaleMax <em>Scale Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale Max</em>'.
	 * @see org.kamworkbench.kam.Criterion#getScaleMax()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_ScaleMax();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Criterion#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.kamworkbench.kam.Criterion#getDirection()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Criterion#getComputationId <em>Computation Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Computation Id</em>'.
	 * @see org.kamworkbench.kam.Criterion#getComputationId()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_ComputationId();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.Score <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score</em>'.
	 * @see org.kamworkbench.kam.Score
	 * @generated
	 */
	EClass getScore();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Score#getCriterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Criterion</em>'.
	 * @see org.kamworkbench.kam.Score#getCriterion()
	 * @see #getScore()
	 * @generated
	 */
	EReference getScore_Criterion();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Score#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.kamworkbench.kam.Score#getValue()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Score#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.kamworkbench.kam.Score#getRationale()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Score#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.kamworkbench.kam.Score#getDate()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Date();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Score#getScoredBy <em>Scored By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scored By</em>'.
	 * @see org.kamworkbench.kam.Score#getScoredBy()
	 * @see #getScore()
	 * @generated
	 */
	EReference getScore_ScoredBy();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Score#getScoredByName <em>Scored By Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scored By Name</em>'.
	 * @see org.kamworkbench.kam.Score#getScoredByName()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_ScoredByName();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Score#getCriteriaVersion <em>Criteria Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criteria Version</em>'.
	 * @see org.kamworkbench.kam.Score#getCriteriaVersion()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_CriteriaVersion();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.Account <em>Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Account</em>'.
	 * @see org.kamworkbench.kam.Account
	 * @generated
	 */
	EClass getAccount();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Account#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.kamworkbench.kam.Account#getStatus()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Account#getSector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sector</em>'.
	 * @see org.kamworkbench.kam.Account#getSector()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_Sector();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Account#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.kamworkbench.kam.Account#getCountry()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_Country();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Account#getKeyAccountManager <em>Key Account Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Key Account Manager</em>'.
	 * @see org.kamworkbench.kam.Account#getKeyAccountManager()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_KeyAccountManager();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Account#getExecutiveSponsor <em>Executive Sponsor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Executive Sponsor</em>'.
	 * @see org.kamworkbench.kam.Account#getExecutiveSponsor()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_ExecutiveSponsor();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Account#getCustomerSponsor <em>Customer Sponsor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer Sponsor</em>'.
	 * @see org.kamworkbench.kam.Account#getCustomerSponsor()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_CustomerSponsor();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Account#getOwningUnit <em>Owning Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owning Unit</em>'.
	 * @see org.kamworkbench.kam.Account#getOwningUnit()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_OwningUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Account#getDecisionLevel <em>Decision Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision Level</em>'.
	 * @see org.kamworkbench.kam.Account#getDecisionLevel()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_DecisionLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Account#getPurchasingCoordination <em>Purchasing Coordination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purchasing Coordination</em>'.
	 * @see org.kamworkbench.kam.Account#getPurchasingCoordination()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_PurchasingCoordination();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Account#getOurWillingnessToInvest <em>Our Willingness To Invest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Our Willingness To Invest</em>'.
	 * @see org.kamworkbench.kam.Account#getOurWillingnessToInvest()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_OurWillingnessToInvest();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Account#getTheirWillingnessToInvest <em>Their Willingness To Invest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Their Willingness To Invest</em>'.
	 * @see org.kamworkbench.kam.Account#getTheirWillingnessToInvest()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_TheirWillingnessToInvest();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Account#getOurInternationalisation <em>Our Internationalisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Our Internationalisation</em>'.
	 * @see org.kamworkbench.kam.Account#getOurInternationalisation()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_OurInternationalisation();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Account#getTheirInternationalisation <em>Their Internationalisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Their Internationalisation</em>'.
	 * @see org.kamworkbench.kam.Account#getTheirInternationalisation()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_TheirInternationalisation();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Account#getRelationshipStage <em>Relationship Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Relationship Stage</em>'.
	 * @see org.kamworkbench.kam.Account#getRelationshipStage()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_RelationshipStage();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Account#getCurrentBuySellLevel <em>Current Buy Sell Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Current Buy Sell Level</em>'.
	 * @see org.kamworkbench.kam.Account#getCurrentBuySellLevel()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_CurrentBuySellLevel();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Account#getDesiredBuySellLevel <em>Desired Buy Sell Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Desired Buy Sell Level</em>'.
	 * @see org.kamworkbench.kam.Account#getDesiredBuySellLevel()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_DesiredBuySellLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Account#getLanguageNotes <em>Language Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language Notes</em>'.
	 * @see org.kamworkbench.kam.Account#getLanguageNotes()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_LanguageNotes();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Account#getCultureNotes <em>Culture Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Culture Notes</em>'.
	 * @see org.kamworkbench.kam.Account#getCultureNotes()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_CultureNotes();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Account#getLastUpdated <em>Last Updated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Updated</em>'.
	 * @see org.kamworkbench.kam.Account#getLastUpdated()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_LastUpdated();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.Account#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Units</em>'.
	 * @see org.kamworkbench.kam.Account#getUnits()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_Units();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.Account#getContacts <em>Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contacts</em>'.
	 * @see org.kamworkbench.kam.Account#getContacts()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_Contacts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.Account#getRelationshipLinks <em>Relationship Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Relationship Links</em>'.
	 * @see org.kamworkbench.kam.Account#getRelationshipLinks()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_RelationshipLinks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.Account#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Team</em>'.
	 * @see org.kamworkbench.kam.Account#getTeam()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_Team();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.Account#getScores <em>Scores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scores</em>'.
	 * @see org.kamworkbench.kam.Account#getScores()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_Scores();

	/**
	 * Returns the meta object for the containment reference '{@link org.kamworkbench.kam.Account#getKraljicAssessment <em>Kraljic Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Kraljic Assessment</em>'.
	 * @see org.kamworkbench.kam.Account#getKraljicAssessment()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_KraljicAssessment();

	/**
	 * Returns the meta object for the containment reference '{@link org.kamworkbench.kam.Account#getSupplierPreferencing <em>Supplier Preferencing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Supplier Preferencing</em>'.
	 * @see org.kamworkbench.kam.Account#getSupplierPreferencing()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_SupplierPreferencing();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.Account#getCompetitors <em>Competitors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Competitors</em>'.
	 * @see org.kamworkbench.kam.Account#getCompetitors()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_Competitors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.Account#getPlans <em>Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Plans</em>'.
	 * @see org.kamworkbench.kam.Account#getPlans()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_Plans();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.Account#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see org.kamworkbench.kam.Account#getResults()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_Results();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.Account#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.kamworkbench.kam.Account#getNotes()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_Notes();

	/**
	 * Returns the meta object for the containment reference '{@link org.kamworkbench.kam.Account#getLifetimeValueInputs <em>Lifetime Value Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Lifetime Value Inputs</em>'.
	 * @see org.kamworkbench.kam.Account#getLifetimeValueInputs()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_LifetimeValueInputs();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.AccountUnit <em>Account Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Account Unit</em>'.
	 * @see org.kamworkbench.kam.AccountUnit
	 * @generated
	 */
	EClass getAccountUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountUnit#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.kamworkbench.kam.AccountUnit#getCountry()
	 * @see #getAccountUnit()
	 * @generated
	 */
	EAttribute getAccountUnit_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountUnit#getBusinessUnit <em>Business Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Business Unit</em>'.
	 * @see org.kamworkbench.kam.AccountUnit#getBusinessUnit()
	 * @see #getAccountUnit()
	 * @generated
	 */
	EAttribute getAccountUnit_BusinessUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountUnit#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.kamworkbench.kam.AccountUnit#getLanguage()
	 * @see #getAccountUnit()
	 * @generated
	 */
	EAttribute getAccountUnit_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountUnit#getLanguageNotes <em>Language Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language Notes</em>'.
	 * @see org.kamworkbench.kam.AccountUnit#getLanguageNotes()
	 * @see #getAccountUnit()
	 * @generated
	 */
	EAttribute getAccountUnit_LanguageNotes();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountUnit#getCultureNotes <em>Culture Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Culture Notes</em>'.
	 * @see org.kamworkbench.kam.AccountUnit#getCultureNotes()
	 * @see #getAccountUnit()
	 * @generated
	 */
	EAttribute getAccountUnit_CultureNotes();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountUnit#getLocalImportance <em>Local Importance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Importance</em>'.
	 * @see org.kamworkbench.kam.AccountUnit#getLocalImportance()
	 * @see #getAccountUnit()
	 * @generated
	 */
	EAttribute getAccountUnit_LocalImportance();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountUnit#getLocalCommitment <em>Local Commitment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Commitment</em>'.
	 * @see org.kamworkbench.kam.AccountUnit#getLocalCommitment()
	 * @see #getAccountUnit()
	 * @generated
	 */
	EAttribute getAccountUnit_LocalCommitment();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountUnit#getLocalRevenue <em>Local Revenue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Revenue</em>'.
	 * @see org.kamworkbench.kam.AccountUnit#getLocalRevenue()
	 * @see #getAccountUnit()
	 * @generated
	 */
	EAttribute getAccountUnit_LocalRevenue();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountUnit#getLocalAgreementNotes <em>Local Agreement Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Agreement Notes</em>'.
	 * @see org.kamworkbench.kam.AccountUnit#getLocalAgreementNotes()
	 * @see #getAccountUnit()
	 * @generated
	 */
	EAttribute getAccountUnit_LocalAgreementNotes();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.AccountUnit#getOurUnit <em>Our Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Our Unit</em>'.
	 * @see org.kamworkbench.kam.AccountUnit#getOurUnit()
	 * @see #getAccountUnit()
	 * @generated
	 */
	EReference getAccountUnit_OurUnit();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.AccountUnit#getLocalAccountManager <em>Local Account Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Local Account Manager</em>'.
	 * @see org.kamworkbench.kam.AccountUnit#getLocalAccountManager()
	 * @see #getAccountUnit()
	 * @generated
	 */
	EReference getAccountUnit_LocalAccountManager();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountUnit#getLastUpdated <em>Last Updated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Updated</em>'.
	 * @see org.kamworkbench.kam.AccountUnit#getLastUpdated()
	 * @see #getAccountUnit()
	 * @generated
	 */
	EAttribute getAccountUnit_LastUpdated();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.AccountUnit#getSubunits <em>Subunits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subunits</em>'.
	 * @see org.kamworkbench.kam.AccountUnit#getSubunits()
	 * @see #getAccountUnit()
	 * @generated
	 */
	EReference getAccountUnit_Subunits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.AccountUnit#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.kamworkbench.kam.AccountUnit#getNotes()
	 * @see #getAccountUnit()
	 * @generated
	 */
	EReference getAccountUnit_Notes();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact</em>'.
	 * @see org.kamworkbench.kam.Contact
	 * @generated
	 */
	EClass getContact();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Contact#getJobTitle <em>Job Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Job Title</em>'.
	 * @see org.kamworkbench.kam.Contact#getJobTitle()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_JobTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Contact#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department</em>'.
	 * @see org.kamworkbench.kam.Contact#getDepartment()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Department();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Contact#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.kamworkbench.kam.Contact#getEmail()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Contact#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.kamworkbench.kam.Contact#getPhone()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Phone();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Contact#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.kamworkbench.kam.Contact#getLanguage()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Language();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Contact#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see org.kamworkbench.kam.Contact#getUnit()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Contact#getBuyingRole <em>Buying Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Buying Role</em>'.
	 * @see org.kamworkbench.kam.Contact#getBuyingRole()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_BuyingRole();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Contact#getInfluence <em>Influence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Influence</em>'.
	 * @see org.kamworkbench.kam.Contact#getInfluence()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Influence();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Contact#getAttitude <em>Attitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attitude</em>'.
	 * @see org.kamworkbench.kam.Contact#getAttitude()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Attitude();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Contact#getReportsTo <em>Reports To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reports To</em>'.
	 * @see org.kamworkbench.kam.Contact#getReportsTo()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_ReportsTo();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Contact#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.kamworkbench.kam.Contact#getOwner()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Contact#getLastContactDate <em>Last Contact Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Contact Date</em>'.
	 * @see org.kamworkbench.kam.Contact#getLastContactDate()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_LastContactDate();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Contact#getLastUpdated <em>Last Updated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Updated</em>'.
	 * @see org.kamworkbench.kam.Contact#getLastUpdated()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_LastUpdated();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.Contact#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.kamworkbench.kam.Contact#getNotes()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_Notes();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.RelationshipLink <em>Relationship Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relationship Link</em>'.
	 * @see org.kamworkbench.kam.RelationshipLink
	 * @generated
	 */
	EClass getRelationshipLink();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.RelationshipLink#getOurPerson <em>Our Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Our Person</em>'.
	 * @see org.kamworkbench.kam.RelationshipLink#getOurPerson()
	 * @see #getRelationshipLink()
	 * @generated
	 */
	EReference getRelationshipLink_OurPerson();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.RelationshipLink#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Contact</em>'.
	 * @see org.kamworkbench.kam.RelationshipLink#getContact()
	 * @see #getRelationshipLink()
	 * @generated
	 */
	EReference getRelationshipLink_Contact();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.RelationshipLink#getMeetingsPerYear <em>Meetings Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meetings Per Year</em>'.
	 * @see org.kamworkbench.kam.RelationshipLink#getMeetingsPerYear()
	 * @see #getRelationshipLink()
	 * @generated
	 */
	EAttribute getRelationshipLink_MeetingsPerYear();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.RelationshipLink#getStrength <em>Strength</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strength</em>'.
	 * @see org.kamworkbench.kam.RelationshipLink#getStrength()
	 * @see #getRelationshipLink()
	 * @generated
	 */
	EAttribute getRelationshipLink_Strength();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.RelationshipLink#getLastMet <em>Last Met</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Met</em>'.
	 * @see org.kamworkbench.kam.RelationshipLink#getLastMet()
	 * @see #getRelationshipLink()
	 * @generated
	 */
	EAttribute getRelationshipLink_LastMet();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.RelationshipLink#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.kamworkbench.kam.RelationshipLink#getComment()
	 * @see #getRelationshipLink()
	 * @generated
	 */
	EAttribute getRelationshipLink_Comment();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.RelationshipLink#getLastUpdated <em>Last Updated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Updated</em>'.
	 * @see org.kamworkbench.kam.RelationshipLink#getLastUpdated()
	 * @see #getRelationshipLink()
	 * @generated
	 */
	EAttribute getRelationshipLink_LastUpdated();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.AccountTeamMember <em>Account Team Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Account Team Member</em>'.
	 * @see org.kamworkbench.kam.AccountTeamMember
	 * @generated
	 */
	EClass getAccountTeamMember();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.AccountTeamMember#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.kamworkbench.kam.AccountTeamMember#getPerson()
	 * @see #getAccountTeamMember()
	 * @generated
	 */
	EReference getAccountTeamMember_Person();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountTeamMember#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.kamworkbench.kam.AccountTeamMember#getRole()
	 * @see #getAccountTeamMember()
	 * @generated
	 */
	EAttribute getAccountTeamMember_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountTeamMember#getDiscipline <em>Discipline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discipline</em>'.
	 * @see org.kamworkbench.kam.AccountTeamMember#getDiscipline()
	 * @see #getAccountTeamMember()
	 * @generated
	 */
	EAttribute getAccountTeamMember_Discipline();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountTeamMember#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.kamworkbench.kam.AccountTeamMember#getCountry()
	 * @see #getAccountTeamMember()
	 * @generated
	 */
	EAttribute getAccountTeamMember_Country();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.AccountTeamMember#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see org.kamworkbench.kam.AccountTeamMember#getUnit()
	 * @see #getAccountTeamMember()
	 * @generated
	 */
	EReference getAccountTeamMember_Unit();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.AccountTeamMember#getAccountUnit <em>Account Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Account Unit</em>'.
	 * @see org.kamworkbench.kam.AccountTeamMember#getAccountUnit()
	 * @see #getAccountTeamMember()
	 * @generated
	 */
	EReference getAccountTeamMember_AccountUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountTeamMember#getTimeCommitmentPercent <em>Time Commitment Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Commitment Percent</em>'.
	 * @see org.kamworkbench.kam.AccountTeamMember#getTimeCommitmentPercent()
	 * @see #getAccountTeamMember()
	 * @generated
	 */
	EAttribute getAccountTeamMember_TimeCommitmentPercent();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.AccountTeamMember#getLocalManager <em>Local Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Local Manager</em>'.
	 * @see org.kamworkbench.kam.AccountTeamMember#getLocalManager()
	 * @see #getAccountTeamMember()
	 * @generated
	 */
	EReference getAccountTeamMember_LocalManager();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.AccountTeamMember#getReportsTo <em>Reports To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reports To</em>'.
	 * @see org.kamworkbench.kam.AccountTeamMember#getReportsTo()
	 * @see #getAccountTeamMember()
	 * @generated
	 */
	EReference getAccountTeamMember_ReportsTo();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.CompetitorPosition <em>Competitor Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Competitor Position</em>'.
	 * @see org.kamworkbench.kam.CompetitorPosition
	 * @generated
	 */
	EClass getCompetitorPosition();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.CompetitorPosition#getCompetitor <em>Competitor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Competitor</em>'.
	 * @see org.kamworkbench.kam.CompetitorPosition#getCompetitor()
	 * @see #getCompetitorPosition()
	 * @generated
	 */
	EReference getCompetitorPosition_Competitor();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.CompetitorPosition#getShareOfWalletPercent <em>Share Of Wallet Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Share Of Wallet Percent</em>'.
	 * @see org.kamworkbench.kam.CompetitorPosition#getShareOfWalletPercent()
	 * @see #getCompetitorPosition()
	 * @generated
	 */
	EAttribute getCompetitorPosition_ShareOfWalletPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.CompetitorPosition#isBestCompetitor <em>Best Competitor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Best Competitor</em>'.
	 * @see org.kamworkbench.kam.CompetitorPosition#isBestCompetitor()
	 * @see #getCompetitorPosition()
	 * @generated
	 */
	EAttribute getCompetitorPosition_BestCompetitor();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.CompetitorPosition#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.kamworkbench.kam.CompetitorPosition#getComment()
	 * @see #getCompetitorPosition()
	 * @generated
	 */
	EAttribute getCompetitorPosition_Comment();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.KraljicAssessment <em>Kraljic Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kraljic Assessment</em>'.
	 * @see org.kamworkbench.kam.KraljicAssessment
	 * @generated
	 */
	EClass getKraljicAssessment();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.KraljicAssessment#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.kamworkbench.kam.KraljicAssessment#getDate()
	 * @see #getKraljicAssessment()
	 * @generated
	 */
	EAttribute getKraljicAssessment_Date();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.KraljicAssessment#getAssessedBy <em>Assessed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Assessed By</em>'.
	 * @see org.kamworkbench.kam.KraljicAssessment#getAssessedBy()
	 * @see #getKraljicAssessment()
	 * @generated
	 */
	EReference getKraljicAssessment_AssessedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.KraljicAssessment#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.kamworkbench.kam.KraljicAssessment#getRationale()
	 * @see #getKraljicAssessment()
	 * @generated
	 */
	EAttribute getKraljicAssessment_Rationale();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.KraljicAssessment#getCategories <em>Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Categories</em>'.
	 * @see org.kamworkbench.kam.KraljicAssessment#getCategories()
	 * @see #getKraljicAssessment()
	 * @generated
	 */
	EReference getKraljicAssessment_Categories();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.PurchaseCategory <em>Purchase Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Purchase Category</em>'.
	 * @see org.kamworkbench.kam.PurchaseCategory
	 * @generated
	 */
	EClass getPurchaseCategory();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.PurchaseCategory#getSpend <em>Spend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spend</em>'.
	 * @see org.kamworkbench.kam.PurchaseCategory#getSpend()
	 * @see #getPurchaseCategory()
	 * @generated
	 */
	EAttribute getPurchaseCategory_Spend();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.PurchaseCategory#getOurSharePercent <em>Our Share Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Our Share Percent</em>'.
	 * @see org.kamworkbench.kam.PurchaseCategory#getOurSharePercent()
	 * @see #getPurchaseCategory()
	 * @generated
	 */
	EAttribute getPurchaseCategory_OurSharePercent();

	/**
	 * Returns the meta object for the reference list '{@link org.kamworkbench.kam.PurchaseCategory#getOfferings <em>Offerings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Offerings</em>'.
	 * @see org.kamworkbench.kam.PurchaseCategory#getOfferings()
	 * @see #getPurchaseCategory()
	 * @generated
	 */
	EReference getPurchaseCategory_Offerings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.PurchaseCategory#getFactorScores <em>Factor Scores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Factor Scores</em>'.
	 * @see org.kamworkbench.kam.PurchaseCategory#getFactorScores()
	 * @see #getPurchaseCategory()
	 * @generated
	 */
	EReference getPurchaseCategory_FactorScores();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.KraljicFactorScore <em>Kraljic Factor Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kraljic Factor Score</em>'.
	 * @see org.kamworkbench.kam.KraljicFactorScore
	 * @generated
	 */
	EClass getKraljicFactorScore();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.KraljicFactorScore#getDimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dimension</em>'.
	 * @see org.kamworkbench.kam.KraljicFactorScore#getDimension()
	 * @see #getKraljicFactorScore()
	 * @generated
	 */
	EAttribute getKraljicFactorScore_Dimension();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.KraljicFactorScore#getFactor <em>Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Factor</em>'.
	 * @see org.kamworkbench.kam.KraljicFactorScore#getFactor()
	 * @see #getKraljicFactorScore()
	 * @generated
	 */
	EAttribute getKraljicFactorScore_Factor();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.KraljicFactorScore#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.kamworkbench.kam.KraljicFactorScore#getWeight()
	 * @see #getKraljicFactorScore()
	 * @generated
	 */
	EAttribute getKraljicFactorScore_Weight();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.KraljicFactorScore#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.kamworkbench.kam.KraljicFactorScore#getValue()
	 * @see #getKraljicFactorScore()
	 * @generated
	 */
	EAttribute getKraljicFactorScore_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.KraljicFactorScore#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.kamworkbench.kam.KraljicFactorScore#getRationale()
	 * @see #getKraljicFactorScore()
	 * @generated
	 */
	EAttribute getKraljicFactorScore_Rationale();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.SupplierPreferencing <em>Supplier Preferencing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Supplier Preferencing</em>'.
	 * @see org.kamworkbench.kam.SupplierPreferencing
	 * @generated
	 */
	EClass getSupplierPreferencing();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.SupplierPreferencing#getValueToUs <em>Value To Us</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value To Us</em>'.
	 * @see org.kamworkbench.kam.SupplierPreferencing#getValueToUs()
	 * @see #getSupplierPreferencing()
	 * @generated
	 */
	EAttribute getSupplierPreferencing_ValueToUs();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.SupplierPreferencing#getAttractivenessToUs <em>Attractiveness To Us</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attractiveness To Us</em>'.
	 * @see org.kamworkbench.kam.SupplierPreferencing#getAttractivenessToUs()
	 * @see #getSupplierPreferencing()
	 * @generated
	 */
	EAttribute getSupplierPreferencing_AttractivenessToUs();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.SupplierPreferencing#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.kamworkbench.kam.SupplierPreferencing#getRationale()
	 * @see #getSupplierPreferencing()
	 * @generated
	 */
	EAttribute getSupplierPreferencing_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.SupplierPreferencing#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.kamworkbench.kam.SupplierPreferencing#getDate()
	 * @see #getSupplierPreferencing()
	 * @generated
	 */
	EAttribute getSupplierPreferencing_Date();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.SupplierPreferencing#getAssessedBy <em>Assessed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Assessed By</em>'.
	 * @see org.kamworkbench.kam.SupplierPreferencing#getAssessedBy()
	 * @see #getSupplierPreferencing()
	 * @generated
	 */
	EReference getSupplierPreferencing_AssessedBy();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.AccountPlan <em>Account Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Account Plan</em>'.
	 * @see org.kamworkbench.kam.AccountPlan
	 * @generated
	 */
	EClass getAccountPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountPlan#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.kamworkbench.kam.AccountPlan#getStatus()
	 * @see #getAccountPlan()
	 * @generated
	 */
	EAttribute getAccountPlan_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountPlan#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see org.kamworkbench.kam.AccountPlan#getPeriodStart()
	 * @see #getAccountPlan()
	 * @generated
	 */
	EAttribute getAccountPlan_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountPlan#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see org.kamworkbench.kam.AccountPlan#getPeriodEnd()
	 * @see #getAccountPlan()
	 * @generated
	 */
	EAttribute getAccountPlan_PeriodEnd();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.AccountPlan#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Author</em>'.
	 * @see org.kamworkbench.kam.AccountPlan#getAuthor()
	 * @see #getAccountPlan()
	 * @generated
	 */
	EReference getAccountPlan_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountPlan#getVision <em>Vision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vision</em>'.
	 * @see org.kamworkbench.kam.AccountPlan#getVision()
	 * @see #getAccountPlan()
	 * @generated
	 */
	EAttribute getAccountPlan_Vision();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountPlan#getCustomerBusiness <em>Customer Business</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Business</em>'.
	 * @see org.kamworkbench.kam.AccountPlan#getCustomerBusiness()
	 * @see #getAccountPlan()
	 * @generated
	 */
	EAttribute getAccountPlan_CustomerBusiness();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountPlan#getCustomerGoals <em>Customer Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Goals</em>'.
	 * @see org.kamworkbench.kam.AccountPlan#getCustomerGoals()
	 * @see #getAccountPlan()
	 * @generated
	 */
	EAttribute getAccountPlan_CustomerGoals();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountPlan#getNextReviewDate <em>Next Review Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next Review Date</em>'.
	 * @see org.kamworkbench.kam.AccountPlan#getNextReviewDate()
	 * @see #getAccountPlan()
	 * @generated
	 */
	EAttribute getAccountPlan_NextReviewDate();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.AccountPlan#getLastUpdated <em>Last Updated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Updated</em>'.
	 * @see org.kamworkbench.kam.AccountPlan#getLastUpdated()
	 * @see #getAccountPlan()
	 * @generated
	 */
	EAttribute getAccountPlan_LastUpdated();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.AccountPlan#getSwot <em>Swot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Swot</em>'.
	 * @see org.kamworkbench.kam.AccountPlan#getSwot()
	 * @see #getAccountPlan()
	 * @generated
	 */
	EReference getAccountPlan_Swot();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.AccountPlan#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objectives</em>'.
	 * @see org.kamworkbench.kam.AccountPlan#getObjectives()
	 * @see #getAccountPlan()
	 * @generated
	 */
	EReference getAccountPlan_Objectives();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.AccountPlan#getStrategies <em>Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Strategies</em>'.
	 * @see org.kamworkbench.kam.AccountPlan#getStrategies()
	 * @see #getAccountPlan()
	 * @generated
	 */
	EReference getAccountPlan_Strategies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.AccountPlan#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.kamworkbench.kam.AccountPlan#getActions()
	 * @see #getAccountPlan()
	 * @generated
	 */
	EReference getAccountPlan_Actions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.AccountPlan#getRevenueTargets <em>Revenue Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Revenue Targets</em>'.
	 * @see org.kamworkbench.kam.AccountPlan#getRevenueTargets()
	 * @see #getAccountPlan()
	 * @generated
	 */
	EReference getAccountPlan_RevenueTargets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.AccountPlan#getRisks <em>Risks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Risks</em>'.
	 * @see org.kamworkbench.kam.AccountPlan#getRisks()
	 * @see #getAccountPlan()
	 * @generated
	 */
	EReference getAccountPlan_Risks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.AccountPlan#getReviews <em>Reviews</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reviews</em>'.
	 * @see org.kamworkbench.kam.AccountPlan#getReviews()
	 * @see #getAccountPlan()
	 * @generated
	 */
	EReference getAccountPlan_Reviews();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.SwotItem <em>Swot Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Swot Item</em>'.
	 * @see org.kamworkbench.kam.SwotItem
	 * @generated
	 */
	EClass getSwotItem();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.SwotItem#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.kamworkbench.kam.SwotItem#getKind()
	 * @see #getSwotItem()
	 * @generated
	 */
	EAttribute getSwotItem_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.SwotItem#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.kamworkbench.kam.SwotItem#getText()
	 * @see #getSwotItem()
	 * @generated
	 */
	EAttribute getSwotItem_Text();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.Objective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Objective</em>'.
	 * @see org.kamworkbench.kam.Objective
	 * @generated
	 */
	EClass getObjective();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Objective#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.kamworkbench.kam.Objective#getMetric()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Objective#getMetricUnit <em>Metric Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric Unit</em>'.
	 * @see org.kamworkbench.kam.Objective#getMetricUnit()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_MetricUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Objective#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see org.kamworkbench.kam.Objective#getBaseline()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Objective#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.kamworkbench.kam.Objective#getTarget()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Objective#getActual <em>Actual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual</em>'.
	 * @see org.kamworkbench.kam.Objective#getActual()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Actual();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Objective#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.kamworkbench.kam.Objective#getDueDate()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Objective#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.kamworkbench.kam.Objective#getStatus()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Status();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Objective#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.kamworkbench.kam.Objective#getOwner()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_Owner();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.Strategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategy</em>'.
	 * @see org.kamworkbench.kam.Strategy
	 * @generated
	 */
	EClass getStrategy();

	/**
	 * Returns the meta object for the reference list '{@link org.kamworkbench.kam.Strategy#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Objectives</em>'.
	 * @see org.kamworkbench.kam.Strategy#getObjectives()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Objectives();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action</em>'.
	 * @see org.kamworkbench.kam.Action
	 * @generated
	 */
	EClass getAction();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Action#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.kamworkbench.kam.Action#getOwner()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Action#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.kamworkbench.kam.Action#getDueDate()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Action#getCompletedDate <em>Completed Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completed Date</em>'.
	 * @see org.kamworkbench.kam.Action#getCompletedDate()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_CompletedDate();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Action#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.kamworkbench.kam.Action#getStatus()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Action#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.kamworkbench.kam.Action#getCost()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Cost();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Action#getObjective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Objective</em>'.
	 * @see org.kamworkbench.kam.Action#getObjective()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Objective();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Action#getStrategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Strategy</em>'.
	 * @see org.kamworkbench.kam.Action#getStrategy()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Strategy();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.RevenueTarget <em>Revenue Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Revenue Target</em>'.
	 * @see org.kamworkbench.kam.RevenueTarget
	 * @generated
	 */
	EClass getRevenueTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.RevenueTarget#getRevenue <em>Revenue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revenue</em>'.
	 * @see org.kamworkbench.kam.RevenueTarget#getRevenue()
	 * @see #getRevenueTarget()
	 * @generated
	 */
	EAttribute getRevenueTarget_Revenue();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.RevenueTarget#getProfitContribution <em>Profit Contribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Profit Contribution</em>'.
	 * @see org.kamworkbench.kam.RevenueTarget#getProfitContribution()
	 * @see #getRevenueTarget()
	 * @generated
	 */
	EAttribute getRevenueTarget_ProfitContribution();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.RevenueTarget#getOffering <em>Offering</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Offering</em>'.
	 * @see org.kamworkbench.kam.RevenueTarget#getOffering()
	 * @see #getRevenueTarget()
	 * @generated
	 */
	EReference getRevenueTarget_Offering();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.RevenueTarget#getAccountUnit <em>Account Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Account Unit</em>'.
	 * @see org.kamworkbench.kam.RevenueTarget#getAccountUnit()
	 * @see #getRevenueTarget()
	 * @generated
	 */
	EReference getRevenueTarget_AccountUnit();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.Risk <em>Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Risk</em>'.
	 * @see org.kamworkbench.kam.Risk
	 * @generated
	 */
	EClass getRisk();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Risk#getLikelihood <em>Likelihood</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Likelihood</em>'.
	 * @see org.kamworkbench.kam.Risk#getLikelihood()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Likelihood();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Risk#getImpact <em>Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Impact</em>'.
	 * @see org.kamworkbench.kam.Risk#getImpact()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Impact();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Risk#getMitigation <em>Mitigation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mitigation</em>'.
	 * @see org.kamworkbench.kam.Risk#getMitigation()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Mitigation();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.Risk#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.kamworkbench.kam.Risk#getOwner()
	 * @see #getRisk()
	 * @generated
	 */
	EReference getRisk_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.Risk#isClosed <em>Closed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed</em>'.
	 * @see org.kamworkbench.kam.Risk#isClosed()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Closed();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.PlanReview <em>Plan Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Review</em>'.
	 * @see org.kamworkbench.kam.PlanReview
	 * @generated
	 */
	EClass getPlanReview();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.PlanReview#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.kamworkbench.kam.PlanReview#getDate()
	 * @see #getPlanReview()
	 * @generated
	 */
	EAttribute getPlanReview_Date();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.PlanReview#getReviewedBy <em>Reviewed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reviewed By</em>'.
	 * @see org.kamworkbench.kam.PlanReview#getReviewedBy()
	 * @see #getPlanReview()
	 * @generated
	 */
	EReference getPlanReview_ReviewedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.PlanReview#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.kamworkbench.kam.PlanReview#getSummary()
	 * @see #getPlanReview()
	 * @generated
	 */
	EAttribute getPlanReview_Summary();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.PeriodResult <em>Period Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Period Result</em>'.
	 * @see org.kamworkbench.kam.PeriodResult
	 * @generated
	 */
	EClass getPeriodResult();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.PeriodResult#getAccountUnit <em>Account Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Account Unit</em>'.
	 * @see org.kamworkbench.kam.PeriodResult#getAccountUnit()
	 * @see #getPeriodResult()
	 * @generated
	 */
	EReference getPeriodResult_AccountUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.PeriodResult#getDirectRevenue <em>Direct Revenue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direct Revenue</em>'.
	 * @see org.kamworkbench.kam.PeriodResult#getDirectRevenue()
	 * @see #getPeriodResult()
	 * @generated
	 */
	EAttribute getPeriodResult_DirectRevenue();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.PeriodResult#getCostToServe <em>Cost To Serve</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost To Serve</em>'.
	 * @see org.kamworkbench.kam.PeriodResult#getCostToServe()
	 * @see #getPeriodResult()
	 * @generated
	 */
	EAttribute getPeriodResult_CostToServe();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.PeriodResult#getProfitContribution <em>Profit Contribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Profit Contribution</em>'.
	 * @see org.kamworkbench.kam.PeriodResult#getProfitContribution()
	 * @see #getPeriodResult()
	 * @generated
	 */
	EAttribute getPeriodResult_ProfitContribution();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.PeriodResult#getRevenueTarget <em>Revenue Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revenue Target</em>'.
	 * @see org.kamworkbench.kam.PeriodResult#getRevenueTarget()
	 * @see #getPeriodResult()
	 * @generated
	 */
	EAttribute getPeriodResult_RevenueTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.PeriodResult#getProfitContributionTarget <em>Profit Contribution Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Profit Contribution Target</em>'.
	 * @see org.kamworkbench.kam.PeriodResult#getProfitContributionTarget()
	 * @see #getPeriodResult()
	 * @generated
	 */
	EAttribute getPeriodResult_ProfitContributionTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.PeriodResult#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.kamworkbench.kam.PeriodResult#getComment()
	 * @see #getPeriodResult()
	 * @generated
	 */
	EAttribute getPeriodResult_Comment();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.PeriodResult#getLastUpdated <em>Last Updated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Updated</em>'.
	 * @see org.kamworkbench.kam.PeriodResult#getLastUpdated()
	 * @see #getPeriodResult()
	 * @generated
	 */
	EAttribute getPeriodResult_LastUpdated();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.PeriodResult#getIndirectRevenues <em>Indirect Revenues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indirect Revenues</em>'.
	 * @see org.kamworkbench.kam.PeriodResult#getIndirectRevenues()
	 * @see #getPeriodResult()
	 * @generated
	 */
	EReference getPeriodResult_IndirectRevenues();

	/**
	 * Returns the meta object for the containment reference list '{@link org.kamworkbench.kam.PeriodResult#getCredits <em>Credits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Credits</em>'.
	 * @see org.kamworkbench.kam.PeriodResult#getCredits()
	 * @see #getPeriodResult()
	 * @generated
	 */
	EReference getPeriodResult_Credits();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.IndirectRevenue <em>Indirect Revenue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indirect Revenue</em>'.
	 * @see org.kamworkbench.kam.IndirectRevenue
	 * @generated
	 */
	EClass getIndirectRevenue();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.IndirectRevenue#getReseller <em>Reseller</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reseller</em>'.
	 * @see org.kamworkbench.kam.IndirectRevenue#getReseller()
	 * @see #getIndirectRevenue()
	 * @generated
	 */
	EReference getIndirectRevenue_Reseller();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.IndirectRevenue#getRevenue <em>Revenue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revenue</em>'.
	 * @see org.kamworkbench.kam.IndirectRevenue#getRevenue()
	 * @see #getIndirectRevenue()
	 * @generated
	 */
	EAttribute getIndirectRevenue_Revenue();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.IndirectRevenue#getAttributionSharePercent <em>Attribution Share Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribution Share Percent</em>'.
	 * @see org.kamworkbench.kam.IndirectRevenue#getAttributionSharePercent()
	 * @see #getIndirectRevenue()
	 * @generated
	 */
	EAttribute getIndirectRevenue_AttributionSharePercent();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.IndirectRevenue#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.kamworkbench.kam.IndirectRevenue#getRationale()
	 * @see #getIndirectRevenue()
	 * @generated
	 */
	EAttribute getIndirectRevenue_Rationale();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.UnitCredit <em>Unit Credit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unit Credit</em>'.
	 * @see org.kamworkbench.kam.UnitCredit
	 * @generated
	 */
	EClass getUnitCredit();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.UnitCredit#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see org.kamworkbench.kam.UnitCredit#getUnit()
	 * @see #getUnitCredit()
	 * @generated
	 */
	EReference getUnitCredit_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.UnitCredit#getSharePercent <em>Share Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Share Percent</em>'.
	 * @see org.kamworkbench.kam.UnitCredit#getSharePercent()
	 * @see #getUnitCredit()
	 * @generated
	 */
	EAttribute getUnitCredit_SharePercent();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.UnitCredit#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.kamworkbench.kam.UnitCredit#getRationale()
	 * @see #getUnitCredit()
	 * @generated
	 */
	EAttribute getUnitCredit_Rationale();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.KnowledgeNote <em>Knowledge Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Knowledge Note</em>'.
	 * @see org.kamworkbench.kam.KnowledgeNote
	 * @generated
	 */
	EClass getKnowledgeNote();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.KnowledgeNote#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.kamworkbench.kam.KnowledgeNote#getTitle()
	 * @see #getKnowledgeNote()
	 * @generated
	 */
	EAttribute getKnowledgeNote_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.KnowledgeNote#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.kamworkbench.kam.KnowledgeNote#getText()
	 * @see #getKnowledgeNote()
	 * @generated
	 */
	EAttribute getKnowledgeNote_Text();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.KnowledgeNote#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Author</em>'.
	 * @see org.kamworkbench.kam.KnowledgeNote#getAuthor()
	 * @see #getKnowledgeNote()
	 * @generated
	 */
	EReference getKnowledgeNote_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.KnowledgeNote#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.kamworkbench.kam.KnowledgeNote#getDate()
	 * @see #getKnowledgeNote()
	 * @generated
	 */
	EAttribute getKnowledgeNote_Date();

	/**
	 * Returns the meta object for the attribute list '{@link org.kamworkbench.kam.KnowledgeNote#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.kamworkbench.kam.KnowledgeNote#getTags()
	 * @see #getKnowledgeNote()
	 * @generated
	 */
	EAttribute getKnowledgeNote_Tags();

	/**
	 * Returns the meta object for class '{@link org.kamworkbench.kam.LifetimeValueInputs <em>Lifetime Value Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lifetime Value Inputs</em>'.
	 * @see org.kamworkbench.kam.LifetimeValueInputs
	 * @generated
	 */
	EClass getLifetimeValueInputs();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.LifetimeValueInputs#getAnnualRevenue <em>Annual Revenue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Revenue</em>'.
	 * @see org.kamworkbench.kam.LifetimeValueInputs#getAnnualRevenue()
	 * @see #getLifetimeValueInputs()
	 * @generated
	 */
	EAttribute getLifetimeValueInputs_AnnualRevenue();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.LifetimeValueInputs#getAnnualGrowthPercent <em>Annual Growth Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Growth Percent</em>'.
	 * @see org.kamworkbench.kam.LifetimeValueInputs#getAnnualGrowthPercent()
	 * @see #getLifetimeValueInputs()
	 * @generated
	 */
	EAttribute getLifetimeValueInputs_AnnualGrowthPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.LifetimeValueInputs#getMarginPercent <em>Margin Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Margin Percent</em>'.
	 * @see org.kamworkbench.kam.LifetimeValueInputs#getMarginPercent()
	 * @see #getLifetimeValueInputs()
	 * @generated
	 */
	EAttribute getLifetimeValueInputs_MarginPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.LifetimeValueInputs#getRetentionRatePercent <em>Retention Rate Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention Rate Percent</em>'.
	 * @see org.kamworkbench.kam.LifetimeValueInputs#getRetentionRatePercent()
	 * @see #getLifetimeValueInputs()
	 * @generated
	 */
	EAttribute getLifetimeValueInputs_RetentionRatePercent();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.LifetimeValueInputs#getDiscountRatePercent <em>Discount Rate Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discount Rate Percent</em>'.
	 * @see org.kamworkbench.kam.LifetimeValueInputs#getDiscountRatePercent()
	 * @see #getLifetimeValueInputs()
	 * @generated
	 */
	EAttribute getLifetimeValueInputs_DiscountRatePercent();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.LifetimeValueInputs#getHorizonYears <em>Horizon Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Horizon Years</em>'.
	 * @see org.kamworkbench.kam.LifetimeValueInputs#getHorizonYears()
	 * @see #getLifetimeValueInputs()
	 * @generated
	 */
	EAttribute getLifetimeValueInputs_HorizonYears();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.LifetimeValueInputs#getAcquisitionCost <em>Acquisition Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acquisition Cost</em>'.
	 * @see org.kamworkbench.kam.LifetimeValueInputs#getAcquisitionCost()
	 * @see #getLifetimeValueInputs()
	 * @generated
	 */
	EAttribute getLifetimeValueInputs_AcquisitionCost();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.LifetimeValueInputs#getAssumptions <em>Assumptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assumptions</em>'.
	 * @see org.kamworkbench.kam.LifetimeValueInputs#getAssumptions()
	 * @see #getLifetimeValueInputs()
	 * @generated
	 */
	EAttribute getLifetimeValueInputs_Assumptions();

	/**
	 * Returns the meta object for the reference '{@link org.kamworkbench.kam.LifetimeValueInputs#getPreparedBy <em>Prepared By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Prepared By</em>'.
	 * @see org.kamworkbench.kam.LifetimeValueInputs#getPreparedBy()
	 * @see #getLifetimeValueInputs()
	 * @generated
	 */
	EReference getLifetimeValueInputs_PreparedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.kamworkbench.kam.LifetimeValueInputs#getLastUpdated <em>Last Updated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Updated</em>'.
	 * @see org.kamworkbench.kam.LifetimeValueInputs#getLastUpdated()
	 * @see #getLifetimeValueInputs()
	 * @generated
	 */
	EAttribute getLifetimeValueInputs_LastUpdated();

	/**
	 * Returns the meta object for enum '{@link org.kamworkbench.kam.AccountStatus <em>Account Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Account Status</em>'.
	 * @see org.kamworkbench.kam.AccountStatus
	 * @generated
	 */
	EEnum getAccountStatus();

	/**
	 * Returns the meta object for enum '{@link org.kamworkbench.kam.DecisionLevel <em>Decision Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Decision Level</em>'.
	 * @see org.kamworkbench.kam.DecisionLevel
	 * @generated
	 */
	EEnum getDecisionLevel();

	/**
	 * Returns the meta object for enum '{@link org.kamworkbench.kam.PurchasingCoordination <em>Purchasing Coordination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Purchasing Coordination</em>'.
	 * @see org.kamworkbench.kam.PurchasingCoordination
	 * @generated
	 */
	EEnum getPurchasingCoordination();

	/**
	 * Returns the meta object for enum '{@link org.kamworkbench.kam.Axis <em>Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Axis</em>'.
	 * @see org.kamworkbench.kam.Axis
	 * @generated
	 */
	EEnum getAxis();

	/**
	 * Returns the meta object for enum '{@link org.kamworkbench.kam.ScaleDirection <em>Scale Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scale Direction</em>'.
	 * @see org.kamworkbench.kam.ScaleDirection
	 * @generated
	 */
	EEnum getScaleDirection();

	/**
	 * Returns the meta object for enum '{@link org.kamworkbench.kam.CriterionKind <em>Criterion Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Criterion Kind</em>'.
	 * @see org.kamworkbench.kam.CriterionKind
	 * @generated
	 */
	EEnum getCriterionKind();

	/**
	 * Returns the meta object for enum '{@link org.kamworkbench.kam.ScaleKind <em>Scale Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scale Kind</em>'.
	 * @see org.kamworkbench.kam.ScaleKind
	 * @generated
	 */
	EEnum getScaleKind();

	/**
	 * Returns the meta object for enum '{@link org.kamworkbench.kam.BuyingRole <em>Buying Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Buying Role</em>'.
	 * @see org.kamworkbench.kam.BuyingRole
	 * @generated
	 */
	EEnum getBuyingRole();

	/**
	 * Returns the meta object for enum '{@link org.kamworkbench.kam.Attitude <em>Attitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attitude</em>'.
	 * @see org.kamworkbench.kam.Attitude
	 * @generated
	 */
	EEnum getAttitude();

	/**
	 * Returns the meta object for enum '{@link org.kamworkbench.kam.KraljicDimension <em>Kraljic Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kraljic Dimension</em>'.
	 * @see org.kamworkbench.kam.KraljicDimension
	 * @generated
	 */
	EEnum getKraljicDimension();

	/**
	 * Returns the meta object for enum '{@link org.kamworkbench.kam.PlanStatus <em>Plan Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Plan Status</em>'.
	 * @see org.kamworkbench.kam.PlanStatus
	 * @generated
	 */
	EEnum getPlanStatus();

	/**
	 * Returns the meta object for enum '{@link org.kamworkbench.kam.ObjectiveStatus <em>Objective Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Objective Status</em>'.
	 * @see org.kamworkbench.kam.ObjectiveStatus
	 * @generated
	 */
	EEnum getObjectiveStatus();

	/**
	 * Returns the meta object for enum '{@link org.kamworkbench.kam.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see org.kamworkbench.kam.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the meta object for enum '{@link org.kamworkbench.kam.SwotKind <em>Swot Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Swot Kind</em>'.
	 * @see org.kamworkbench.kam.SwotKind
	 * @generated
	 */
	EEnum getSwotKind();

	/**
	 * Returns the meta object for enum '{@link org.kamworkbench.kam.ThresholdSide <em>Threshold Side</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Threshold Side</em>'.
	 * @see org.kamworkbench.kam.ThresholdSide
	 * @generated
	 */
	EEnum getThresholdSide();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar day, written as yyyy-MM-dd: no time of day and no time zone, so a file reads the same everywhere.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	KamFactory getKamFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.IdentifiedImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.NamedElementImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.PeriodicImpl <em>Periodic</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.PeriodicImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getPeriodic()
		 * @generated
		 */
		EClass PERIODIC = eINSTANCE.getPeriodic();

		/**
		 * The meta object literal for the '<em><b>Period Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIODIC__PERIOD_LABEL = eINSTANCE.getPeriodic_PeriodLabel();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIODIC__PERIOD_START = eINSTANCE.getPeriodic_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIODIC__PERIOD_END = eINSTANCE.getPeriodic_PeriodEnd();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.PortfolioImpl <em>Portfolio</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.PortfolioImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getPortfolio()
		 * @generated
		 */
		EClass PORTFOLIO = eINSTANCE.getPortfolio();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORTFOLIO__FORMAT_VERSION = eINSTANCE.getPortfolio_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Organisation Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORTFOLIO__ORGANISATION_NAME = eINSTANCE.getPortfolio_OrganisationName();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORTFOLIO__CURRENCY = eINSTANCE.getPortfolio_Currency();

		/**
		 * The meta object literal for the '<em><b>Last Updated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORTFOLIO__LAST_UPDATED = eINSTANCE.getPortfolio_LastUpdated();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__SETTINGS = eINSTANCE.getPortfolio_Settings();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__PEOPLE = eINSTANCE.getPortfolio_People();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__UNITS = eINSTANCE.getPortfolio_Units();

		/**
		 * The meta object literal for the '<em><b>Offerings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__OFFERINGS = eINSTANCE.getPortfolio_Offerings();

		/**
		 * The meta object literal for the '<em><b>Scales</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__SCALES = eINSTANCE.getPortfolio_Scales();

		/**
		 * The meta object literal for the '<em><b>Criteria Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__CRITERIA_SETS = eINSTANCE.getPortfolio_CriteriaSets();

		/**
		 * The meta object literal for the '<em><b>Competitors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__COMPETITORS = eINSTANCE.getPortfolio_Competitors();

		/**
		 * The meta object literal for the '<em><b>Resellers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__RESELLERS = eINSTANCE.getPortfolio_Resellers();

		/**
		 * The meta object literal for the '<em><b>Accounts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__ACCOUNTS = eINSTANCE.getPortfolio_Accounts();

		/**
		 * The meta object literal for the '<em><b>Active Criteria Set</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__ACTIVE_CRITERIA_SET = eINSTANCE.getPortfolio_ActiveCriteriaSet();

		/**
		 * The meta object literal for the '<em><b>Relationship Stage Scale</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__RELATIONSHIP_STAGE_SCALE = eINSTANCE.getPortfolio_RelationshipStageScale();

		/**
		 * The meta object literal for the '<em><b>Buy Sell Scale</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__BUY_SELL_SCALE = eINSTANCE.getPortfolio_BuySellScale();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl <em>Analysis Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.AnalysisSettingsImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getAnalysisSettings()
		 * @generated
		 */
		EClass ANALYSIS_SETTINGS = eINSTANCE.getAnalysisSettings();

		/**
		 * The meta object literal for the '<em><b>Attractiveness Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTINGS__ATTRACTIVENESS_THRESHOLD = eINSTANCE.getAnalysisSettings_AttractivenessThreshold();

		/**
		 * The meta object literal for the '<em><b>Strength Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTINGS__STRENGTH_THRESHOLD = eINSTANCE.getAnalysisSettings_StrengthThreshold();

		/**
		 * The meta object literal for the '<em><b>Boundary Side</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTINGS__BOUNDARY_SIDE = eINSTANCE.getAnalysisSettings_BoundarySide();

		/**
		 * The meta object literal for the '<em><b>Strength High On Left</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTINGS__STRENGTH_HIGH_ON_LEFT = eINSTANCE.getAnalysisSettings_StrengthHighOnLeft();

		/**
		 * The meta object literal for the '<em><b>Kraljic Profit Impact Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTINGS__KRALJIC_PROFIT_IMPACT_THRESHOLD = eINSTANCE.getAnalysisSettings_KraljicProfitImpactThreshold();

		/**
		 * The meta object literal for the '<em><b>Kraljic Supply Risk Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTINGS__KRALJIC_SUPPLY_RISK_THRESHOLD = eINSTANCE.getAnalysisSettings_KraljicSupplyRiskThreshold();

		/**
		 * The meta object literal for the '<em><b>Preferencing Value Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTINGS__PREFERENCING_VALUE_THRESHOLD = eINSTANCE.getAnalysisSettings_PreferencingValueThreshold();

		/**
		 * The meta object literal for the '<em><b>Preferencing Attractiveness Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTINGS__PREFERENCING_ATTRACTIVENESS_THRESHOLD = eINSTANCE.getAnalysisSettings_PreferencingAttractivenessThreshold();

		/**
		 * The meta object literal for the '<em><b>Key Account Selection Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTINGS__KEY_ACCOUNT_SELECTION_THRESHOLD = eINSTANCE.getAnalysisSettings_KeyAccountSelectionThreshold();

		/**
		 * The meta object literal for the '<em><b>Balance Tolerance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTINGS__BALANCE_TOLERANCE = eINSTANCE.getAnalysisSettings_BalanceTolerance();

		/**
		 * The meta object literal for the '<em><b>Staleness Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTINGS__STALENESS_DAYS = eINSTANCE.getAnalysisSettings_StalenessDays();

		/**
		 * The meta object literal for the '<em><b>Contact Staleness Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTINGS__CONTACT_STALENESS_DAYS = eINSTANCE.getAnalysisSettings_ContactStalenessDays();

		/**
		 * The meta object literal for the '<em><b>Minimum Key Accounts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTINGS__MINIMUM_KEY_ACCOUNTS = eINSTANCE.getAnalysisSettings_MinimumKeyAccounts();

		/**
		 * The meta object literal for the '<em><b>Maximum Key Accounts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTINGS__MAXIMUM_KEY_ACCOUNTS = eINSTANCE.getAnalysisSettings_MaximumKeyAccounts();

		/**
		 * The meta object literal for the '<em><b>Minimum Criteria Per Axis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTINGS__MINIMUM_CRITERIA_PER_AXIS = eINSTANCE.getAnalysisSettings_MinimumCriteriaPerAxis();

		/**
		 * The meta object literal for the '<em><b>Maximum Criteria Per Axis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTINGS__MAXIMUM_CRITERIA_PER_AXIS = eINSTANCE.getAnalysisSettings_MaximumCriteriaPerAxis();

		/**
		 * The meta object literal for the '<em><b>Weight Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTINGS__WEIGHT_TOTAL = eINSTANCE.getAnalysisSettings_WeightTotal();

		/**
		 * The meta object literal for the '<em><b>Sensitivity Runs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTINGS__SENSITIVITY_RUNS = eINSTANCE.getAnalysisSettings_SensitivityRuns();

		/**
		 * The meta object literal for the '<em><b>Sensitivity Weight Variation Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SETTINGS__SENSITIVITY_WEIGHT_VARIATION_PERCENT = eINSTANCE.getAnalysisSettings_SensitivityWeightVariationPercent();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.PersonImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Job Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__JOB_TITLE = eINSTANCE.getPerson_JobTitle();

		/**
		 * The meta object literal for the '<em><b>Discipline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__DISCIPLINE = eINSTANCE.getPerson_Discipline();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__COUNTRY = eINSTANCE.getPerson_Country();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__EMAIL = eINSTANCE.getPerson_Email();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__PHONE = eINSTANCE.getPerson_Phone();

		/**
		 * The meta object literal for the '<em><b>Languages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__LANGUAGES = eINSTANCE.getPerson_Languages();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__UNIT = eINSTANCE.getPerson_Unit();

		/**
		 * The meta object literal for the '<em><b>Manager</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__MANAGER = eINSTANCE.getPerson_Manager();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.OrganisationUnitImpl <em>Organisation Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.OrganisationUnitImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getOrganisationUnit()
		 * @generated
		 */
		EClass ORGANISATION_UNIT = eINSTANCE.getOrganisationUnit();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION_UNIT__COUNTRY = eINSTANCE.getOrganisationUnit_Country();

		/**
		 * The meta object literal for the '<em><b>Business Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION_UNIT__BUSINESS_UNIT = eINSTANCE.getOrganisationUnit_BusinessUnit();

		/**
		 * The meta object literal for the '<em><b>Manager</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION_UNIT__MANAGER = eINSTANCE.getOrganisationUnit_Manager();

		/**
		 * The meta object literal for the '<em><b>Subunits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION_UNIT__SUBUNITS = eINSTANCE.getOrganisationUnit_Subunits();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION_UNIT__NOTES = eINSTANCE.getOrganisationUnit_Notes();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.OfferingImpl <em>Offering</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.OfferingImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getOffering()
		 * @generated
		 */
		EClass OFFERING = eINSTANCE.getOffering();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFERING__UNIT = eINSTANCE.getOffering_Unit();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.CompetitorImpl <em>Competitor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.CompetitorImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getCompetitor()
		 * @generated
		 */
		EClass COMPETITOR = eINSTANCE.getCompetitor();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.ResellerImpl <em>Reseller</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.ResellerImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getReseller()
		 * @generated
		 */
		EClass RESELLER = eINSTANCE.getReseller();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.ScaleImpl <em>Scale</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.ScaleImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getScale()
		 * @generated
		 */
		EClass SCALE = eINSTANCE.getScale();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE__KIND = eINSTANCE.getScale_Kind();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE__DIRECTION = eINSTANCE.getScale_Direction();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE__SOURCE = eINSTANCE.getScale_Source();

		/**
		 * The meta object literal for the '<em><b>Levels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCALE__LEVELS = eINSTANCE.getScale_Levels();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.ScaleLevelImpl <em>Scale Level</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.ScaleLevelImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getScaleLevel()
		 * @generated
		 */
		EClass SCALE_LEVEL = eINSTANCE.getScaleLevel();

		/**
		 * The meta object literal for the '<em><b>Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_LEVEL__RANK = eINSTANCE.getScaleLevel_Rank();

		/**
		 * The meta object literal for the '<em><b>Ranked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_LEVEL__RANKED = eINSTANCE.getScaleLevel_Ranked();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.CriteriaSetImpl <em>Criteria Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.CriteriaSetImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getCriteriaSet()
		 * @generated
		 */
		EClass CRITERIA_SET = eINSTANCE.getCriteriaSet();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERIA_SET__VERSION = eINSTANCE.getCriteriaSet_Version();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERIA_SET__VALID_FROM = eINSTANCE.getCriteriaSet_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Supersedes</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRITERIA_SET__SUPERSEDES = eINSTANCE.getCriteriaSet_Supersedes();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRITERIA_SET__CRITERIA = eINSTANCE.getCriteriaSet_Criteria();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.CriterionImpl <em>Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.CriterionImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getCriterion()
		 * @generated
		 */
		EClass CRITERION = eINSTANCE.getCriterion();

		/**
		 * The meta object literal for the '<em><b>Axis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__AXIS = eINSTANCE.getCriterion_Axis();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__KIND = eINSTANCE.getCriterion_Kind();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__WEIGHT = eINSTANCE.getCriterion_Weight();

		/**
		 * The meta object literal for the '<em><b>Scale Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__SCALE_MIN = eINSTANCE.getCriterion_ScaleMin();

		/**
		 * The meta object literal for the '<em><b>Scale Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__SCALE_MAX = eINSTANCE.getCriterion_ScaleMax();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__DIRECTION = eINSTANCE.getCriterion_Direction();

		/**
		 * The meta object literal for the '<em><b>Computation Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__COMPUTATION_ID = eINSTANCE.getCriterion_ComputationId();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.ScoreImpl <em>Score</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.ScoreImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getScore()
		 * @generated
		 */
		EClass SCORE = eINSTANCE.getScore();

		/**
		 * The meta object literal for the '<em><b>Criterion</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORE__CRITERION = eINSTANCE.getScore_Criterion();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__VALUE = eINSTANCE.getScore_Value();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__RATIONALE = eINSTANCE.getScore_Rationale();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__DATE = eINSTANCE.getScore_Date();

		/**
		 * The meta object literal for the '<em><b>Scored By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORE__SCORED_BY = eINSTANCE.getScore_ScoredBy();

		/**
		 * The meta object literal for the '<em><b>Scored By Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__SCORED_BY_NAME = eINSTANCE.getScore_ScoredByName();

		/**
		 * The meta object literal for the '<em><b>Criteria Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__CRITERIA_VERSION = eINSTANCE.getScore_CriteriaVersion();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.AccountImpl <em>Account</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.AccountImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getAccount()
		 * @generated
		 */
		EClass ACCOUNT = eINSTANCE.getAccount();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__STATUS = eINSTANCE.getAccount_Status();

		/**
		 * The meta object literal for the '<em><b>Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__SECTOR = eINSTANCE.getAccount_Sector();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__COUNTRY = eINSTANCE.getAccount_Country();

		/**
		 * The meta object literal for the '<em><b>Key Account Manager</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__KEY_ACCOUNT_MANAGER = eINSTANCE.getAccount_KeyAccountManager();

		/**
		 * The meta object literal for the '<em><b>Executive Sponsor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__EXECUTIVE_SPONSOR = eINSTANCE.getAccount_ExecutiveSponsor();

		/**
		 * The meta object literal for the '<em><b>Customer Sponsor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__CUSTOMER_SPONSOR = eINSTANCE.getAccount_CustomerSponsor();

		/**
		 * The meta object literal for the '<em><b>Owning Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__OWNING_UNIT = eINSTANCE.getAccount_OwningUnit();

		/**
		 * The meta object literal for the '<em><b>Decision Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__DECISION_LEVEL = eINSTANCE.getAccount_DecisionLevel();

		/**
		 * The meta object literal for the '<em><b>Purchasing Coordination</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__PURCHASING_COORDINATION = eINSTANCE.getAccount_PurchasingCoordination();

		/**
		 * The meta object literal for the '<em><b>Our Willingness To Invest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__OUR_WILLINGNESS_TO_INVEST = eINSTANCE.getAccount_OurWillingnessToInvest();

		/**
		 * The meta object literal for the '<em><b>Their Willingness To Invest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__THEIR_WILLINGNESS_TO_INVEST = eINSTANCE.getAccount_TheirWillingnessToInvest();

		/**
		 * The meta object literal for the '<em><b>Our Internationalisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__OUR_INTERNATIONALISATION = eINSTANCE.getAccount_OurInternationalisation();

		/**
		 * The meta object literal for the '<em><b>Their Internationalisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__THEIR_INTERNATIONALISATION = eINSTANCE.getAccount_TheirInternationalisation();

		/**
		 * The meta object literal for the '<em><b>Relationship Stage</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__RELATIONSHIP_STAGE = eINSTANCE.getAccount_RelationshipStage();

		/**
		 * The meta object literal for the '<em><b>Current Buy Sell Level</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__CURRENT_BUY_SELL_LEVEL = eINSTANCE.getAccount_CurrentBuySellLevel();

		/**
		 * The meta object literal for the '<em><b>Desired Buy Sell Level</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__DESIRED_BUY_SELL_LEVEL = eINSTANCE.getAccount_DesiredBuySellLevel();

		/**
		 * The meta object literal for the '<em><b>Language Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__LANGUAGE_NOTES = eINSTANCE.getAccount_LanguageNotes();

		/**
		 * The meta object literal for the '<em><b>Culture Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__CULTURE_NOTES = eINSTANCE.getAccount_CultureNotes();

		/**
		 * The meta object literal for the '<em><b>Last Updated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__LAST_UPDATED = eINSTANCE.getAccount_LastUpdated();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__UNITS = eINSTANCE.getAccount_Units();

		/**
		 * The meta object literal for the '<em><b>Contacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__CONTACTS = eINSTANCE.getAccount_Contacts();

		/**
		 * The meta object literal for the '<em><b>Relationship Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__RELATIONSHIP_LINKS = eINSTANCE.getAccount_RelationshipLinks();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__TEAM = eINSTANCE.getAccount_Team();

		/**
		 * The meta object literal for the '<em><b>Scores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__SCORES = eINSTANCE.getAccount_Scores();

		/**
		 * The meta object literal for the '<em><b>Kraljic Assessment</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__KRALJIC_ASSESSMENT = eINSTANCE.getAccount_KraljicAssessment();

		/**
		 * The meta object literal for the '<em><b>Supplier Preferencing</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__SUPPLIER_PREFERENCING = eINSTANCE.getAccount_SupplierPreferencing();

		/**
		 * The meta object literal for the '<em><b>Competitors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__COMPETITORS = eINSTANCE.getAccount_Competitors();

		/**
		 * The meta object literal for the '<em><b>Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__PLANS = eINSTANCE.getAccount_Plans();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__RESULTS = eINSTANCE.getAccount_Results();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__NOTES = eINSTANCE.getAccount_Notes();

		/**
		 * The meta object literal for the '<em><b>Lifetime Value Inputs</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__LIFETIME_VALUE_INPUTS = eINSTANCE.getAccount_LifetimeValueInputs();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.AccountUnitImpl <em>Account Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.AccountUnitImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getAccountUnit()
		 * @generated
		 */
		EClass ACCOUNT_UNIT = eINSTANCE.getAccountUnit();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_UNIT__COUNTRY = eINSTANCE.getAccountUnit_Country();

		/**
		 * The meta object literal for the '<em><b>Business Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_UNIT__BUSINESS_UNIT = eINSTANCE.getAccountUnit_BusinessUnit();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_UNIT__LANGUAGE = eINSTANCE.getAccountUnit_Language();

		/**
		 * The meta object literal for the '<em><b>Language Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_UNIT__LANGUAGE_NOTES = eINSTANCE.getAccountUnit_LanguageNotes();

		/**
		 * The meta object literal for the '<em><b>Culture Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_UNIT__CULTURE_NOTES = eINSTANCE.getAccountUnit_CultureNotes();

		/**
		 * The meta object literal for the '<em><b>Local Importance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_UNIT__LOCAL_IMPORTANCE = eINSTANCE.getAccountUnit_LocalImportance();

		/**
		 * The meta object literal for the '<em><b>Local Commitment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_UNIT__LOCAL_COMMITMENT = eINSTANCE.getAccountUnit_LocalCommitment();

		/**
		 * The meta object literal for the '<em><b>Local Revenue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_UNIT__LOCAL_REVENUE = eINSTANCE.getAccountUnit_LocalRevenue();

		/**
		 * The meta object literal for the '<em><b>Local Agreement Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_UNIT__LOCAL_AGREEMENT_NOTES = eINSTANCE.getAccountUnit_LocalAgreementNotes();

		/**
		 * The meta object literal for the '<em><b>Our Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT_UNIT__OUR_UNIT = eINSTANCE.getAccountUnit_OurUnit();

		/**
		 * The meta object literal for the '<em><b>Local Account Manager</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT_UNIT__LOCAL_ACCOUNT_MANAGER = eINSTANCE.getAccountUnit_LocalAccountManager();

		/**
		 * The meta object literal for the '<em><b>Last Updated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_UNIT__LAST_UPDATED = eINSTANCE.getAccountUnit_LastUpdated();

		/**
		 * The meta object literal for the '<em><b>Subunits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT_UNIT__SUBUNITS = eINSTANCE.getAccountUnit_Subunits();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT_UNIT__NOTES = eINSTANCE.getAccountUnit_Notes();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.ContactImpl <em>Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.ContactImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getContact()
		 * @generated
		 */
		EClass CONTACT = eINSTANCE.getContact();

		/**
		 * The meta object literal for the '<em><b>Job Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__JOB_TITLE = eINSTANCE.getContact_JobTitle();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__DEPARTMENT = eINSTANCE.getContact_Department();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__EMAIL = eINSTANCE.getContact_Email();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__PHONE = eINSTANCE.getContact_Phone();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__LANGUAGE = eINSTANCE.getContact_Language();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__UNIT = eINSTANCE.getContact_Unit();

		/**
		 * The meta object literal for the '<em><b>Buying Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__BUYING_ROLE = eINSTANCE.getContact_BuyingRole();

		/**
		 * The meta object literal for the '<em><b>Influence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__INFLUENCE = eINSTANCE.getContact_Influence();

		/**
		 * The meta object literal for the '<em><b>Attitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__ATTITUDE = eINSTANCE.getContact_Attitude();

		/**
		 * The meta object literal for the '<em><b>Reports To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__REPORTS_TO = eINSTANCE.getContact_ReportsTo();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__OWNER = eINSTANCE.getContact_Owner();

		/**
		 * The meta object literal for the '<em><b>Last Contact Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__LAST_CONTACT_DATE = eINSTANCE.getContact_LastContactDate();

		/**
		 * The meta object literal for the '<em><b>Last Updated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__LAST_UPDATED = eINSTANCE.getContact_LastUpdated();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__NOTES = eINSTANCE.getContact_Notes();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.RelationshipLinkImpl <em>Relationship Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.RelationshipLinkImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getRelationshipLink()
		 * @generated
		 */
		EClass RELATIONSHIP_LINK = eINSTANCE.getRelationshipLink();

		/**
		 * The meta object literal for the '<em><b>Our Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP_LINK__OUR_PERSON = eINSTANCE.getRelationshipLink_OurPerson();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP_LINK__CONTACT = eINSTANCE.getRelationshipLink_Contact();

		/**
		 * The meta object literal for the '<em><b>Meetings Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP_LINK__MEETINGS_PER_YEAR = eINSTANCE.getRelationshipLink_MeetingsPerYear();

		/**
		 * The meta object literal for the '<em><b>Strength</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP_LINK__STRENGTH = eINSTANCE.getRelationshipLink_Strength();

		/**
		 * The meta object literal for the '<em><b>Last Met</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP_LINK__LAST_MET = eINSTANCE.getRelationshipLink_LastMet();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP_LINK__COMMENT = eINSTANCE.getRelationshipLink_Comment();

		/**
		 * The meta object literal for the '<em><b>Last Updated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP_LINK__LAST_UPDATED = eINSTANCE.getRelationshipLink_LastUpdated();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.AccountTeamMemberImpl <em>Account Team Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.AccountTeamMemberImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getAccountTeamMember()
		 * @generated
		 */
		EClass ACCOUNT_TEAM_MEMBER = eINSTANCE.getAccountTeamMember();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT_TEAM_MEMBER__PERSON = eINSTANCE.getAccountTeamMember_Person();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_TEAM_MEMBER__ROLE = eINSTANCE.getAccountTeamMember_Role();

		/**
		 * The meta object literal for the '<em><b>Discipline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_TEAM_MEMBER__DISCIPLINE = eINSTANCE.getAccountTeamMember_Discipline();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_TEAM_MEMBER__COUNTRY = eINSTANCE.getAccountTeamMember_Country();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT_TEAM_MEMBER__UNIT = eINSTANCE.getAccountTeamMember_Unit();

		/**
		 * The meta object literal for the '<em><b>Account Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT_TEAM_MEMBER__ACCOUNT_UNIT = eINSTANCE.getAccountTeamMember_AccountUnit();

		/**
		 * The meta object literal for the '<em><b>Time Commitment Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_TEAM_MEMBER__TIME_COMMITMENT_PERCENT = eINSTANCE.getAccountTeamMember_TimeCommitmentPercent();

		/**
		 * The meta object literal for the '<em><b>Local Manager</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT_TEAM_MEMBER__LOCAL_MANAGER = eINSTANCE.getAccountTeamMember_LocalManager();

		/**
		 * The meta object literal for the '<em><b>Reports To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT_TEAM_MEMBER__REPORTS_TO = eINSTANCE.getAccountTeamMember_ReportsTo();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.CompetitorPositionImpl <em>Competitor Position</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.CompetitorPositionImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getCompetitorPosition()
		 * @generated
		 */
		EClass COMPETITOR_POSITION = eINSTANCE.getCompetitorPosition();

		/**
		 * The meta object literal for the '<em><b>Competitor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETITOR_POSITION__COMPETITOR = eINSTANCE.getCompetitorPosition_Competitor();

		/**
		 * The meta object literal for the '<em><b>Share Of Wallet Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITOR_POSITION__SHARE_OF_WALLET_PERCENT = eINSTANCE.getCompetitorPosition_ShareOfWalletPercent();

		/**
		 * The meta object literal for the '<em><b>Best Competitor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITOR_POSITION__BEST_COMPETITOR = eINSTANCE.getCompetitorPosition_BestCompetitor();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITOR_POSITION__COMMENT = eINSTANCE.getCompetitorPosition_Comment();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.KraljicAssessmentImpl <em>Kraljic Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.KraljicAssessmentImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getKraljicAssessment()
		 * @generated
		 */
		EClass KRALJIC_ASSESSMENT = eINSTANCE.getKraljicAssessment();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KRALJIC_ASSESSMENT__DATE = eINSTANCE.getKraljicAssessment_Date();

		/**
		 * The meta object literal for the '<em><b>Assessed By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KRALJIC_ASSESSMENT__ASSESSED_BY = eINSTANCE.getKraljicAssessment_AssessedBy();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KRALJIC_ASSESSMENT__RATIONALE = eINSTANCE.getKraljicAssessment_Rationale();

		/**
		 * The meta object literal for the '<em><b>Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KRALJIC_ASSESSMENT__CATEGORIES = eINSTANCE.getKraljicAssessment_Categories();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.PurchaseCategoryImpl <em>Purchase Category</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.PurchaseCategoryImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getPurchaseCategory()
		 * @generated
		 */
		EClass PURCHASE_CATEGORY = eINSTANCE.getPurchaseCategory();

		/**
		 * The meta object literal for the '<em><b>Spend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PURCHASE_CATEGORY__SPEND = eINSTANCE.getPurchaseCategory_Spend();

		/**
		 * The meta object literal for the '<em><b>Our Share Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PURCHASE_CATEGORY__OUR_SHARE_PERCENT = eINSTANCE.getPurchaseCategory_OurSharePercent();

		/**
		 * The meta object literal for the '<em><b>Offerings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PURCHASE_CATEGORY__OFFERINGS = eINSTANCE.getPurchaseCategory_Offerings();

		/**
		 * The meta object literal for the '<em><b>Factor Scores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PURCHASE_CATEGORY__FACTOR_SCORES = eINSTANCE.getPurchaseCategory_FactorScores();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.KraljicFactorScoreImpl <em>Kraljic Factor Score</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.KraljicFactorScoreImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getKraljicFactorScore()
		 * @generated
		 */
		EClass KRALJIC_FACTOR_SCORE = eINSTANCE.getKraljicFactorScore();

		/**
		 * The meta object literal for the '<em><b>Dimension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KRALJIC_FACTOR_SCORE__DIMENSION = eINSTANCE.getKraljicFactorScore_Dimension();

		/**
		 * The meta object literal for the '<em><b>Factor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KRALJIC_FACTOR_SCORE__FACTOR = eINSTANCE.getKraljicFactorScore_Factor();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KRALJIC_FACTOR_SCORE__WEIGHT = eINSTANCE.getKraljicFactorScore_Weight();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KRALJIC_FACTOR_SCORE__VALUE = eINSTANCE.getKraljicFactorScore_Value();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KRALJIC_FACTOR_SCORE__RATIONALE = eINSTANCE.getKraljicFactorScore_Rationale();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.SupplierPreferencingImpl <em>Supplier Preferencing</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.SupplierPreferencingImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getSupplierPreferencing()
		 * @generated
		 */
		EClass SUPPLIER_PREFERENCING = eINSTANCE.getSupplierPreferencing();

		/**
		 * The meta object literal for the '<em><b>Value To Us</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLIER_PREFERENCING__VALUE_TO_US = eINSTANCE.getSupplierPreferencing_ValueToUs();

		/**
		 * The meta object literal for the '<em><b>Attractiveness To Us</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLIER_PREFERENCING__ATTRACTIVENESS_TO_US = eINSTANCE.getSupplierPreferencing_AttractivenessToUs();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLIER_PREFERENCING__RATIONALE = eINSTANCE.getSupplierPreferencing_Rationale();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLIER_PREFERENCING__DATE = eINSTANCE.getSupplierPreferencing_Date();

		/**
		 * The meta object literal for the '<em><b>Assessed By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPPLIER_PREFERENCING__ASSESSED_BY = eINSTANCE.getSupplierPreferencing_AssessedBy();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.AccountPlanImpl <em>Account Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.AccountPlanImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getAccountPlan()
		 * @generated
		 */
		EClass ACCOUNT_PLAN = eINSTANCE.getAccountPlan();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_PLAN__STATUS = eINSTANCE.getAccountPlan_Status();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_PLAN__PERIOD_START = eINSTANCE.getAccountPlan_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_PLAN__PERIOD_END = eINSTANCE.getAccountPlan_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT_PLAN__AUTHOR = eINSTANCE.getAccountPlan_Author();

		/**
		 * The meta object literal for the '<em><b>Vision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_PLAN__VISION = eINSTANCE.getAccountPlan_Vision();

		/**
		 * The meta object literal for the '<em><b>Customer Business</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_PLAN__CUSTOMER_BUSINESS = eINSTANCE.getAccountPlan_CustomerBusiness();

		/**
		 * The meta object literal for the '<em><b>Customer Goals</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_PLAN__CUSTOMER_GOALS = eINSTANCE.getAccountPlan_CustomerGoals();

		/**
		 * The meta object literal for the '<em><b>Next Review Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_PLAN__NEXT_REVIEW_DATE = eINSTANCE.getAccountPlan_NextReviewDate();

		/**
		 * The meta object literal for the '<em><b>Last Updated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_PLAN__LAST_UPDATED = eINSTANCE.getAccountPlan_LastUpdated();

		/**
		 * The meta object literal for the '<em><b>Swot</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT_PLAN__SWOT = eINSTANCE.getAccountPlan_Swot();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT_PLAN__OBJECTIVES = eINSTANCE.getAccountPlan_Objectives();

		/**
		 * The meta object literal for the '<em><b>Strategies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT_PLAN__STRATEGIES = eINSTANCE.getAccountPlan_Strategies();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT_PLAN__ACTIONS = eINSTANCE.getAccountPlan_Actions();

		/**
		 * The meta object literal for the '<em><b>Revenue Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT_PLAN__REVENUE_TARGETS = eINSTANCE.getAccountPlan_RevenueTargets();

		/**
		 * The meta object literal for the '<em><b>Risks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT_PLAN__RISKS = eINSTANCE.getAccountPlan_Risks();

		/**
		 * The meta object literal for the '<em><b>Reviews</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT_PLAN__REVIEWS = eINSTANCE.getAccountPlan_Reviews();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.SwotItemImpl <em>Swot Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.SwotItemImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getSwotItem()
		 * @generated
		 */
		EClass SWOT_ITEM = eINSTANCE.getSwotItem();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWOT_ITEM__KIND = eINSTANCE.getSwotItem_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWOT_ITEM__TEXT = eINSTANCE.getSwotItem_Text();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.ObjectiveImpl <em>Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.ObjectiveImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getObjective()
		 * @generated
		 */
		EClass OBJECTIVE = eINSTANCE.getObjective();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__METRIC = eINSTANCE.getObjective_Metric();

		/**
		 * The meta object literal for the '<em><b>Metric Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__METRIC_UNIT = eINSTANCE.getObjective_MetricUnit();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__BASELINE = eINSTANCE.getObjective_Baseline();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__TARGET = eINSTANCE.getObjective_Target();

		/**
		 * The meta object literal for the '<em><b>Actual</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__ACTUAL = eINSTANCE.getObjective_Actual();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__DUE_DATE = eINSTANCE.getObjective_DueDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__STATUS = eINSTANCE.getObjective_Status();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__OWNER = eINSTANCE.getObjective_Owner();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.StrategyImpl <em>Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.StrategyImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getStrategy()
		 * @generated
		 */
		EClass STRATEGY = eINSTANCE.getStrategy();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__OBJECTIVES = eINSTANCE.getStrategy_Objectives();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.ActionImpl <em>Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.ActionImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getAction()
		 * @generated
		 */
		EClass ACTION = eINSTANCE.getAction();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__OWNER = eINSTANCE.getAction_Owner();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__DUE_DATE = eINSTANCE.getAction_DueDate();

		/**
		 * The meta object literal for the '<em><b>Completed Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__COMPLETED_DATE = eINSTANCE.getAction_CompletedDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__STATUS = eINSTANCE.getAction_Status();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__COST = eINSTANCE.getAction_Cost();

		/**
		 * The meta object literal for the '<em><b>Objective</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__OBJECTIVE = eINSTANCE.getAction_Objective();

		/**
		 * The meta object literal for the '<em><b>Strategy</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__STRATEGY = eINSTANCE.getAction_Strategy();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.RevenueTargetImpl <em>Revenue Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.RevenueTargetImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getRevenueTarget()
		 * @generated
		 */
		EClass REVENUE_TARGET = eINSTANCE.getRevenueTarget();

		/**
		 * The meta object literal for the '<em><b>Revenue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVENUE_TARGET__REVENUE = eINSTANCE.getRevenueTarget_Revenue();

		/**
		 * The meta object literal for the '<em><b>Profit Contribution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVENUE_TARGET__PROFIT_CONTRIBUTION = eINSTANCE.getRevenueTarget_ProfitContribution();

		/**
		 * The meta object literal for the '<em><b>Offering</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVENUE_TARGET__OFFERING = eINSTANCE.getRevenueTarget_Offering();

		/**
		 * The meta object literal for the '<em><b>Account Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVENUE_TARGET__ACCOUNT_UNIT = eINSTANCE.getRevenueTarget_AccountUnit();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.RiskImpl <em>Risk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.RiskImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getRisk()
		 * @generated
		 */
		EClass RISK = eINSTANCE.getRisk();

		/**
		 * The meta object literal for the '<em><b>Likelihood</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__LIKELIHOOD = eINSTANCE.getRisk_Likelihood();

		/**
		 * The meta object literal for the '<em><b>Impact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__IMPACT = eINSTANCE.getRisk_Impact();

		/**
		 * The meta object literal for the '<em><b>Mitigation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__MITIGATION = eINSTANCE.getRisk_Mitigation();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK__OWNER = eINSTANCE.getRisk_Owner();

		/**
		 * The meta object literal for the '<em><b>Closed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__CLOSED = eINSTANCE.getRisk_Closed();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.PlanReviewImpl <em>Plan Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.PlanReviewImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getPlanReview()
		 * @generated
		 */
		EClass PLAN_REVIEW = eINSTANCE.getPlanReview();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_REVIEW__DATE = eINSTANCE.getPlanReview_Date();

		/**
		 * The meta object literal for the '<em><b>Reviewed By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_REVIEW__REVIEWED_BY = eINSTANCE.getPlanReview_ReviewedBy();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_REVIEW__SUMMARY = eINSTANCE.getPlanReview_Summary();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.PeriodResultImpl <em>Period Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.PeriodResultImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getPeriodResult()
		 * @generated
		 */
		EClass PERIOD_RESULT = eINSTANCE.getPeriodResult();

		/**
		 * The meta object literal for the '<em><b>Account Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERIOD_RESULT__ACCOUNT_UNIT = eINSTANCE.getPeriodResult_AccountUnit();

		/**
		 * The meta object literal for the '<em><b>Direct Revenue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD_RESULT__DIRECT_REVENUE = eINSTANCE.getPeriodResult_DirectRevenue();

		/**
		 * The meta object literal for the '<em><b>Cost To Serve</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD_RESULT__COST_TO_SERVE = eINSTANCE.getPeriodResult_CostToServe();

		/**
		 * The meta object literal for the '<em><b>Profit Contribution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD_RESULT__PROFIT_CONTRIBUTION = eINSTANCE.getPeriodResult_ProfitContribution();

		/**
		 * The meta object literal for the '<em><b>Revenue Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD_RESULT__REVENUE_TARGET = eINSTANCE.getPeriodResult_RevenueTarget();

		/**
		 * The meta object literal for the '<em><b>Profit Contribution Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD_RESULT__PROFIT_CONTRIBUTION_TARGET = eINSTANCE.getPeriodResult_ProfitContributionTarget();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD_RESULT__COMMENT = eINSTANCE.getPeriodResult_Comment();

		/**
		 * The meta object literal for the '<em><b>Last Updated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD_RESULT__LAST_UPDATED = eINSTANCE.getPeriodResult_LastUpdated();

		/**
		 * The meta object literal for the '<em><b>Indirect Revenues</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERIOD_RESULT__INDIRECT_REVENUES = eINSTANCE.getPeriodResult_IndirectRevenues();

		/**
		 * The meta object literal for the '<em><b>Credits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERIOD_RESULT__CREDITS = eINSTANCE.getPeriodResult_Credits();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.IndirectRevenueImpl <em>Indirect Revenue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.IndirectRevenueImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getIndirectRevenue()
		 * @generated
		 */
		EClass INDIRECT_REVENUE = eINSTANCE.getIndirectRevenue();

		/**
		 * The meta object literal for the '<em><b>Reseller</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDIRECT_REVENUE__RESELLER = eINSTANCE.getIndirectRevenue_Reseller();

		/**
		 * The meta object literal for the '<em><b>Revenue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDIRECT_REVENUE__REVENUE = eINSTANCE.getIndirectRevenue_Revenue();

		/**
		 * The meta object literal for the '<em><b>Attribution Share Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDIRECT_REVENUE__ATTRIBUTION_SHARE_PERCENT = eINSTANCE.getIndirectRevenue_AttributionSharePercent();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDIRECT_REVENUE__RATIONALE = eINSTANCE.getIndirectRevenue_Rationale();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.UnitCreditImpl <em>Unit Credit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.UnitCreditImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getUnitCredit()
		 * @generated
		 */
		EClass UNIT_CREDIT = eINSTANCE.getUnitCredit();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNIT_CREDIT__UNIT = eINSTANCE.getUnitCredit_Unit();

		/**
		 * The meta object literal for the '<em><b>Share Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT_CREDIT__SHARE_PERCENT = eINSTANCE.getUnitCredit_SharePercent();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT_CREDIT__RATIONALE = eINSTANCE.getUnitCredit_Rationale();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.KnowledgeNoteImpl <em>Knowledge Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.KnowledgeNoteImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getKnowledgeNote()
		 * @generated
		 */
		EClass KNOWLEDGE_NOTE = eINSTANCE.getKnowledgeNote();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWLEDGE_NOTE__TITLE = eINSTANCE.getKnowledgeNote_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWLEDGE_NOTE__TEXT = eINSTANCE.getKnowledgeNote_Text();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KNOWLEDGE_NOTE__AUTHOR = eINSTANCE.getKnowledgeNote_Author();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWLEDGE_NOTE__DATE = eINSTANCE.getKnowledgeNote_Date();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWLEDGE_NOTE__TAGS = eINSTANCE.getKnowledgeNote_Tags();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.impl.LifetimeValueInputsImpl <em>Lifetime Value Inputs</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.impl.LifetimeValueInputsImpl
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getLifetimeValueInputs()
		 * @generated
		 */
		EClass LIFETIME_VALUE_INPUTS = eINSTANCE.getLifetimeValueInputs();

		/**
		 * The meta object literal for the '<em><b>Annual Revenue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFETIME_VALUE_INPUTS__ANNUAL_REVENUE = eINSTANCE.getLifetimeValueInputs_AnnualRevenue();

		/**
		 * The meta object literal for the '<em><b>Annual Growth Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFETIME_VALUE_INPUTS__ANNUAL_GROWTH_PERCENT = eINSTANCE.getLifetimeValueInputs_AnnualGrowthPercent();

		/**
		 * The meta object literal for the '<em><b>Margin Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFETIME_VALUE_INPUTS__MARGIN_PERCENT = eINSTANCE.getLifetimeValueInputs_MarginPercent();

		/**
		 * The meta object literal for the '<em><b>Retention Rate Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFETIME_VALUE_INPUTS__RETENTION_RATE_PERCENT = eINSTANCE.getLifetimeValueInputs_RetentionRatePercent();

		/**
		 * The meta object literal for the '<em><b>Discount Rate Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFETIME_VALUE_INPUTS__DISCOUNT_RATE_PERCENT = eINSTANCE.getLifetimeValueInputs_DiscountRatePercent();

		/**
		 * The meta object literal for the '<em><b>Horizon Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFETIME_VALUE_INPUTS__HORIZON_YEARS = eINSTANCE.getLifetimeValueInputs_HorizonYears();

		/**
		 * The meta object literal for the '<em><b>Acquisition Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFETIME_VALUE_INPUTS__ACQUISITION_COST = eINSTANCE.getLifetimeValueInputs_AcquisitionCost();

		/**
		 * The meta object literal for the '<em><b>Assumptions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFETIME_VALUE_INPUTS__ASSUMPTIONS = eINSTANCE.getLifetimeValueInputs_Assumptions();

		/**
		 * The meta object literal for the '<em><b>Prepared By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIFETIME_VALUE_INPUTS__PREPARED_BY = eINSTANCE.getLifetimeValueInputs_PreparedBy();

		/**
		 * The meta object literal for the '<em><b>Last Updated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIFETIME_VALUE_INPUTS__LAST_UPDATED = eINSTANCE.getLifetimeValueInputs_LastUpdated();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.AccountStatus <em>Account Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.AccountStatus
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getAccountStatus()
		 * @generated
		 */
		EEnum ACCOUNT_STATUS = eINSTANCE.getAccountStatus();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.DecisionLevel <em>Decision Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.DecisionLevel
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getDecisionLevel()
		 * @generated
		 */
		EEnum DECISION_LEVEL = eINSTANCE.getDecisionLevel();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.PurchasingCoordination <em>Purchasing Coordination</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.PurchasingCoordination
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getPurchasingCoordination()
		 * @generated
		 */
		EEnum PURCHASING_COORDINATION = eINSTANCE.getPurchasingCoordination();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.Axis <em>Axis</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.Axis
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getAxis()
		 * @generated
		 */
		EEnum AXIS = eINSTANCE.getAxis();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.ScaleDirection <em>Scale Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.ScaleDirection
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getScaleDirection()
		 * @generated
		 */
		EEnum SCALE_DIRECTION = eINSTANCE.getScaleDirection();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.CriterionKind <em>Criterion Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.CriterionKind
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getCriterionKind()
		 * @generated
		 */
		EEnum CRITERION_KIND = eINSTANCE.getCriterionKind();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.ScaleKind <em>Scale Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.ScaleKind
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getScaleKind()
		 * @generated
		 */
		EEnum SCALE_KIND = eINSTANCE.getScaleKind();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.BuyingRole <em>Buying Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.BuyingRole
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getBuyingRole()
		 * @generated
		 */
		EEnum BUYING_ROLE = eINSTANCE.getBuyingRole();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.Attitude <em>Attitude</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.Attitude
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getAttitude()
		 * @generated
		 */
		EEnum ATTITUDE = eINSTANCE.getAttitude();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.KraljicDimension <em>Kraljic Dimension</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.KraljicDimension
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getKraljicDimension()
		 * @generated
		 */
		EEnum KRALJIC_DIMENSION = eINSTANCE.getKraljicDimension();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.PlanStatus <em>Plan Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.PlanStatus
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getPlanStatus()
		 * @generated
		 */
		EEnum PLAN_STATUS = eINSTANCE.getPlanStatus();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.ObjectiveStatus <em>Objective Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.ObjectiveStatus
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getObjectiveStatus()
		 * @generated
		 */
		EEnum OBJECTIVE_STATUS = eINSTANCE.getObjectiveStatus();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.ActionStatus
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.SwotKind <em>Swot Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.SwotKind
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getSwotKind()
		 * @generated
		 */
		EEnum SWOT_KIND = eINSTANCE.getSwotKind();

		/**
		 * The meta object literal for the '{@link org.kamworkbench.kam.ThresholdSide <em>Threshold Side</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.kamworkbench.kam.ThresholdSide
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getThresholdSide()
		 * @generated
		 */
		EEnum THRESHOLD_SIDE = eINSTANCE.getThresholdSide();

		/**
		 * The meta object literal for the '<em>Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.kamworkbench.kam.impl.KamPackageImpl#getDate()
		 * @generated
		 */
		EDataType DATE = eINSTANCE.getDate();

	}

} //KamPackage
