/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.AccountTeamMember;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.Action;
import org.kamworkbench.kam.ActionStatus;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.Attitude;
import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.BuyingRole;
import org.kamworkbench.kam.Competitor;
import org.kamworkbench.kam.CompetitorPosition;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.CriterionKind;
import org.kamworkbench.kam.DecisionLevel;
import org.kamworkbench.kam.Identified;
import org.kamworkbench.kam.IndirectRevenue;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.KnowledgeNote;
import org.kamworkbench.kam.KraljicAssessment;
import org.kamworkbench.kam.KraljicDimension;
import org.kamworkbench.kam.KraljicFactorScore;
import org.kamworkbench.kam.LifetimeValueInputs;
import org.kamworkbench.kam.NamedElement;
import org.kamworkbench.kam.Objective;
import org.kamworkbench.kam.ObjectiveStatus;
import org.kamworkbench.kam.Offering;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.Periodic;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.PlanReview;
import org.kamworkbench.kam.PlanStatus;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.PurchaseCategory;
import org.kamworkbench.kam.PurchasingCoordination;
import org.kamworkbench.kam.RelationshipLink;
import org.kamworkbench.kam.Reseller;
import org.kamworkbench.kam.RevenueTarget;
import org.kamworkbench.kam.Risk;
import org.kamworkbench.kam.Scale;
import org.kamworkbench.kam.ScaleDirection;
import org.kamworkbench.kam.ScaleKind;
import org.kamworkbench.kam.ScaleLevel;
import org.kamworkbench.kam.Score;
import org.kamworkbench.kam.Strategy;
import org.kamworkbench.kam.SupplierPreferencing;
import org.kamworkbench.kam.SwotItem;
import org.kamworkbench.kam.SwotKind;
import org.kamworkbench.kam.ThresholdSide;
import org.kamworkbench.kam.UnitCredit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class KamPackageImpl extends EPackageImpl implements KamPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass periodicEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass portfolioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass analysisSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organisationUnitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass offeringEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass competitorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resellerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scaleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scaleLevelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass criteriaSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass criterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scoreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accountUnitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass relationshipLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accountTeamMemberEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass competitorPositionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kraljicAssessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass purchaseCategoryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kraljicFactorScoreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass supplierPreferencingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accountPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass swotItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass objectiveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass strategyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass revenueTargetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass riskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planReviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass periodResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indirectRevenueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass unitCreditEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass knowledgeNoteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lifetimeValueInputsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum accountStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum decisionLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum purchasingCoordinationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum axisEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum scaleDirectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum criterionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum scaleKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum buyingRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum attitudeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum kraljicDimensionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum planStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum objectiveStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum swotKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum thresholdSideEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType dateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.kamworkbench.kam.KamPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private KamPackageImpl() {
		super(eNS_URI, KamFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link KamPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static KamPackage init() {
		if (isInited) return (KamPackage)EPackage.Registry.INSTANCE.getEPackage(KamPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredKamPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		KamPackageImpl theKamPackage = registeredKamPackage instanceof KamPackageImpl ? (KamPackageImpl)registeredKamPackage : new KamPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theKamPackage.createPackageContents();

		// Initialize created meta-data
		theKamPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theKamPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(KamPackage.eNS_URI, theKamPackage);
		return theKamPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Description() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPeriodic() {
		return periodicEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodic_PeriodLabel() {
		return (EAttribute)periodicEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodic_PeriodStart() {
		return (EAttribute)periodicEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodic_PeriodEnd() {
		return (EAttribute)periodicEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPortfolio() {
		return portfolioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortfolio_FormatVersion() {
		return (EAttribute)portfolioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortfolio_OrganisationName() {
		return (EAttribute)portfolioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortfolio_Currency() {
		return (EAttribute)portfolioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortfolio_LastUpdated() {
		return (EAttribute)portfolioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_Settings() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_People() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_Units() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_Offerings() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_Scales() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_CriteriaSets() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_Competitors() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_Resellers() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_Accounts() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_ActiveCriteriaSet() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_RelationshipStageScale() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_BuySellScale() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnalysisSettings() {
		return analysisSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSettings_AttractivenessThreshold() {
		return (EAttribute)analysisSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSettings_StrengthThreshold() {
		return (EAttribute)analysisSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSettings_BoundarySide() {
		return (EAttribute)analysisSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSettings_StrengthHighOnLeft() {
		return (EAttribute)analysisSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSettings_KraljicProfitImpactThreshold() {
		return (EAttribute)analysisSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSettings_KraljicSupplyRiskThreshold() {
		return (EAttribute)analysisSettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSettings_PreferencingValueThreshold() {
		return (EAttribute)analysisSettingsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSettings_PreferencingAttractivenessThreshold() {
		return (EAttribute)analysisSettingsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSettings_KeyAccountSelectionThreshold() {
		return (EAttribute)analysisSettingsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSettings_BalanceTolerance() {
		return (EAttribute)analysisSettingsEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSettings_StalenessDays() {
		return (EAttribute)analysisSettingsEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSettings_ContactStalenessDays() {
		return (EAttribute)analysisSettingsEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSettings_MinimumKeyAccounts() {
		return (EAttribute)analysisSettingsEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSettings_MaximumKeyAccounts() {
		return (EAttribute)analysisSettingsEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSettings_MinimumCriteriaPerAxis() {
		return (EAttribute)analysisSettingsEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSettings_MaximumCriteriaPerAxis() {
		return (EAttribute)analysisSettingsEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSettings_WeightTotal() {
		return (EAttribute)analysisSettingsEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSettings_SensitivityRuns() {
		return (EAttribute)analysisSettingsEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSettings_SensitivityWeightVariationPercent() {
		return (EAttribute)analysisSettingsEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_JobTitle() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Discipline() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Country() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Email() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Phone() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Languages() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Unit() {
		return (EReference)personEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Manager() {
		return (EReference)personEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganisationUnit() {
		return organisationUnitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisationUnit_Country() {
		return (EAttribute)organisationUnitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisationUnit_BusinessUnit() {
		return (EAttribute)organisationUnitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisationUnit_Manager() {
		return (EReference)organisationUnitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisationUnit_Subunits() {
		return (EReference)organisationUnitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisationUnit_Notes() {
		return (EReference)organisationUnitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOffering() {
		return offeringEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOffering_Unit() {
		return (EReference)offeringEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCompetitor() {
		return competitorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReseller() {
		return resellerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScale() {
		return scaleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScale_Kind() {
		return (EAttribute)scaleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScale_Direction() {
		return (EAttribute)scaleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScale_Source() {
		return (EAttribute)scaleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScale_Levels() {
		return (EReference)scaleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScaleLevel() {
		return scaleLevelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleLevel_Rank() {
		return (EAttribute)scaleLevelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleLevel_Ranked() {
		return (EAttribute)scaleLevelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCriteriaSet() {
		return criteriaSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriteriaSet_Version() {
		return (EAttribute)criteriaSetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriteriaSet_ValidFrom() {
		return (EAttribute)criteriaSetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCriteriaSet_Supersedes() {
		return (EReference)criteriaSetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCriteriaSet_Criteria() {
		return (EReference)criteriaSetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCriterion() {
		return criterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Axis() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Kind() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Weight() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_ScaleMin() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_ScaleMax() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Direction() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_ComputationId() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScore() {
		return scoreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScore_Criterion() {
		return (EReference)scoreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Value() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Rationale() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Date() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScore_ScoredBy() {
		return (EReference)scoreEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_ScoredByName() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_CriteriaVersion() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccount() {
		return accountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Status() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Sector() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Country() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_KeyAccountManager() {
		return (EReference)accountEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_ExecutiveSponsor() {
		return (EReference)accountEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_CustomerSponsor() {
		return (EReference)accountEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_OwningUnit() {
		return (EReference)accountEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_DecisionLevel() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_PurchasingCoordination() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_OurWillingnessToInvest() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_TheirWillingnessToInvest() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_OurInternationalisation() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_TheirInternationalisation() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_RelationshipStage() {
		return (EReference)accountEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_CurrentBuySellLevel() {
		return (EReference)accountEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_DesiredBuySellLevel() {
		return (EReference)accountEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_LanguageNotes() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_CultureNotes() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_LastUpdated() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_Units() {
		return (EReference)accountEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_Contacts() {
		return (EReference)accountEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_RelationshipLinks() {
		return (EReference)accountEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_Team() {
		return (EReference)accountEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_Scores() {
		return (EReference)accountEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_KraljicAssessment() {
		return (EReference)accountEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_SupplierPreferencing() {
		return (EReference)accountEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_Competitors() {
		return (EReference)accountEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_Plans() {
		return (EReference)accountEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_Results() {
		return (EReference)accountEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_Notes() {
		return (EReference)accountEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_LifetimeValueInputs() {
		return (EReference)accountEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccountUnit() {
		return accountUnitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountUnit_Country() {
		return (EAttribute)accountUnitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountUnit_BusinessUnit() {
		return (EAttribute)accountUnitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountUnit_Language() {
		return (EAttribute)accountUnitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountUnit_LanguageNotes() {
		return (EAttribute)accountUnitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountUnit_CultureNotes() {
		return (EAttribute)accountUnitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountUnit_LocalImportance() {
		return (EAttribute)accountUnitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountUnit_LocalCommitment() {
		return (EAttribute)accountUnitEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountUnit_LocalRevenue() {
		return (EAttribute)accountUnitEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountUnit_LocalAgreementNotes() {
		return (EAttribute)accountUnitEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountUnit_OurUnit() {
		return (EReference)accountUnitEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountUnit_LocalAccountManager() {
		return (EReference)accountUnitEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountUnit_LastUpdated() {
		return (EAttribute)accountUnitEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountUnit_Subunits() {
		return (EReference)accountUnitEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountUnit_Notes() {
		return (EReference)accountUnitEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContact() {
		return contactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_JobTitle() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Department() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Email() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Phone() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Language() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContact_Unit() {
		return (EReference)contactEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_BuyingRole() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Influence() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Attitude() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContact_ReportsTo() {
		return (EReference)contactEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContact_Owner() {
		return (EReference)contactEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_LastContactDate() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_LastUpdated() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContact_Notes() {
		return (EReference)contactEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRelationshipLink() {
		return relationshipLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationshipLink_OurPerson() {
		return (EReference)relationshipLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationshipLink_Contact() {
		return (EReference)relationshipLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationshipLink_MeetingsPerYear() {
		return (EAttribute)relationshipLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationshipLink_Strength() {
		return (EAttribute)relationshipLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationshipLink_LastMet() {
		return (EAttribute)relationshipLinkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationshipLink_Comment() {
		return (EAttribute)relationshipLinkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationshipLink_LastUpdated() {
		return (EAttribute)relationshipLinkEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccountTeamMember() {
		return accountTeamMemberEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountTeamMember_Person() {
		return (EReference)accountTeamMemberEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountTeamMember_Role() {
		return (EAttribute)accountTeamMemberEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountTeamMember_Discipline() {
		return (EAttribute)accountTeamMemberEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountTeamMember_Country() {
		return (EAttribute)accountTeamMemberEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountTeamMember_Unit() {
		return (EReference)accountTeamMemberEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountTeamMember_AccountUnit() {
		return (EReference)accountTeamMemberEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountTeamMember_TimeCommitmentPercent() {
		return (EAttribute)accountTeamMemberEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountTeamMember_LocalManager() {
		return (EReference)accountTeamMemberEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountTeamMember_ReportsTo() {
		return (EReference)accountTeamMemberEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCompetitorPosition() {
		return competitorPositionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetitorPosition_Competitor() {
		return (EReference)competitorPositionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetitorPosition_ShareOfWalletPercent() {
		return (EAttribute)competitorPositionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetitorPosition_BestCompetitor() {
		return (EAttribute)competitorPositionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetitorPosition_Comment() {
		return (EAttribute)competitorPositionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKraljicAssessment() {
		return kraljicAssessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKraljicAssessment_Date() {
		return (EAttribute)kraljicAssessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKraljicAssessment_AssessedBy() {
		return (EReference)kraljicAssessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKraljicAssessment_Rationale() {
		return (EAttribute)kraljicAssessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKraljicAssessment_Categories() {
		return (EReference)kraljicAssessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPurchaseCategory() {
		return purchaseCategoryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPurchaseCategory_Spend() {
		return (EAttribute)purchaseCategoryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPurchaseCategory_OurSharePercent() {
		return (EAttribute)purchaseCategoryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPurchaseCategory_Offerings() {
		return (EReference)purchaseCategoryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPurchaseCategory_FactorScores() {
		return (EReference)purchaseCategoryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKraljicFactorScore() {
		return kraljicFactorScoreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKraljicFactorScore_Dimension() {
		return (EAttribute)kraljicFactorScoreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKraljicFactorScore_Factor() {
		return (EAttribute)kraljicFactorScoreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKraljicFactorScore_Weight() {
		return (EAttribute)kraljicFactorScoreEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKraljicFactorScore_Value() {
		return (EAttribute)kraljicFactorScoreEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKraljicFactorScore_Rationale() {
		return (EAttribute)kraljicFactorScoreEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSupplierPreferencing() {
		return supplierPreferencingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplierPreferencing_ValueToUs() {
		return (EAttribute)supplierPreferencingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplierPreferencing_AttractivenessToUs() {
		return (EAttribute)supplierPreferencingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplierPreferencing_Rationale() {
		return (EAttribute)supplierPreferencingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplierPreferencing_Date() {
		return (EAttribute)supplierPreferencingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupplierPreferencing_AssessedBy() {
		return (EReference)supplierPreferencingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccountPlan() {
		return accountPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountPlan_Status() {
		return (EAttribute)accountPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountPlan_PeriodStart() {
		return (EAttribute)accountPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountPlan_PeriodEnd() {
		return (EAttribute)accountPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountPlan_Author() {
		return (EReference)accountPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountPlan_Vision() {
		return (EAttribute)accountPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountPlan_CustomerBusiness() {
		return (EAttribute)accountPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountPlan_CustomerGoals() {
		return (EAttribute)accountPlanEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountPlan_NextReviewDate() {
		return (EAttribute)accountPlanEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountPlan_LastUpdated() {
		return (EAttribute)accountPlanEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountPlan_Swot() {
		return (EReference)accountPlanEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountPlan_Objectives() {
		return (EReference)accountPlanEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountPlan_Strategies() {
		return (EReference)accountPlanEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountPlan_Actions() {
		return (EReference)accountPlanEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountPlan_RevenueTargets() {
		return (EReference)accountPlanEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountPlan_Risks() {
		return (EReference)accountPlanEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountPlan_Reviews() {
		return (EReference)accountPlanEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSwotItem() {
		return swotItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSwotItem_Kind() {
		return (EAttribute)swotItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSwotItem_Text() {
		return (EAttribute)swotItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getObjective() {
		return objectiveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_Metric() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_MetricUnit() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_Baseline() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_Target() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_Actual() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_DueDate() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_Status() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getObjective_Owner() {
		return (EReference)objectiveEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStrategy() {
		return strategyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategy_Objectives() {
		return (EReference)strategyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAction() {
		return actionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Owner() {
		return (EReference)actionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_DueDate() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_CompletedDate() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Status() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Cost() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Objective() {
		return (EReference)actionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Strategy() {
		return (EReference)actionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRevenueTarget() {
		return revenueTargetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRevenueTarget_Revenue() {
		return (EAttribute)revenueTargetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRevenueTarget_ProfitContribution() {
		return (EAttribute)revenueTargetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRevenueTarget_Offering() {
		return (EReference)revenueTargetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRevenueTarget_AccountUnit() {
		return (EReference)revenueTargetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRisk() {
		return riskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Likelihood() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Impact() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Mitigation() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRisk_Owner() {
		return (EReference)riskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Closed() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanReview() {
		return planReviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanReview_Date() {
		return (EAttribute)planReviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanReview_ReviewedBy() {
		return (EReference)planReviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanReview_Summary() {
		return (EAttribute)planReviewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPeriodResult() {
		return periodResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPeriodResult_AccountUnit() {
		return (EReference)periodResultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodResult_DirectRevenue() {
		return (EAttribute)periodResultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodResult_CostToServe() {
		return (EAttribute)periodResultEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodResult_ProfitContribution() {
		return (EAttribute)periodResultEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodResult_RevenueTarget() {
		return (EAttribute)periodResultEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodResult_ProfitContributionTarget() {
		return (EAttribute)periodResultEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodResult_Comment() {
		return (EAttribute)periodResultEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodResult_LastUpdated() {
		return (EAttribute)periodResultEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPeriodResult_IndirectRevenues() {
		return (EReference)periodResultEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPeriodResult_Credits() {
		return (EReference)periodResultEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndirectRevenue() {
		return indirectRevenueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndirectRevenue_Reseller() {
		return (EReference)indirectRevenueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndirectRevenue_Revenue() {
		return (EAttribute)indirectRevenueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndirectRevenue_AttributionSharePercent() {
		return (EAttribute)indirectRevenueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndirectRevenue_Rationale() {
		return (EAttribute)indirectRevenueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUnitCredit() {
		return unitCreditEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUnitCredit_Unit() {
		return (EReference)unitCreditEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnitCredit_SharePercent() {
		return (EAttribute)unitCreditEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnitCredit_Rationale() {
		return (EAttribute)unitCreditEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKnowledgeNote() {
		return knowledgeNoteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnowledgeNote_Title() {
		return (EAttribute)knowledgeNoteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnowledgeNote_Text() {
		return (EAttribute)knowledgeNoteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKnowledgeNote_Author() {
		return (EReference)knowledgeNoteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnowledgeNote_Date() {
		return (EAttribute)knowledgeNoteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnowledgeNote_Tags() {
		return (EAttribute)knowledgeNoteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLifetimeValueInputs() {
		return lifetimeValueInputsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifetimeValueInputs_AnnualRevenue() {
		return (EAttribute)lifetimeValueInputsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifetimeValueInputs_AnnualGrowthPercent() {
		return (EAttribute)lifetimeValueInputsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifetimeValueInputs_MarginPercent() {
		return (EAttribute)lifetimeValueInputsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifetimeValueInputs_RetentionRatePercent() {
		return (EAttribute)lifetimeValueInputsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifetimeValueInputs_DiscountRatePercent() {
		return (EAttribute)lifetimeValueInputsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifetimeValueInputs_HorizonYears() {
		return (EAttribute)lifetimeValueInputsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifetimeValueInputs_AcquisitionCost() {
		return (EAttribute)lifetimeValueInputsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifetimeValueInputs_Assumptions() {
		return (EAttribute)lifetimeValueInputsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLifetimeValueInputs_PreparedBy() {
		return (EReference)lifetimeValueInputsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLifetimeValueInputs_LastUpdated() {
		return (EAttribute)lifetimeValueInputsEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAccountStatus() {
		return accountStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDecisionLevel() {
		return decisionLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPurchasingCoordination() {
		return purchasingCoordinationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAxis() {
		return axisEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScaleDirection() {
		return scaleDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCriterionKind() {
		return criterionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScaleKind() {
		return scaleKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBuyingRole() {
		return buyingRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAttitude() {
		return attitudeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getKraljicDimension() {
		return kraljicDimensionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlanStatus() {
		return planStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getObjectiveStatus() {
		return objectiveStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActionStatus() {
		return actionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSwotKind() {
		return swotKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getThresholdSide() {
		return thresholdSideEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDate() {
		return dateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KamFactory getKamFactory() {
		return (KamFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__DESCRIPTION);

		periodicEClass = createEClass(PERIODIC);
		createEAttribute(periodicEClass, PERIODIC__PERIOD_LABEL);
		createEAttribute(periodicEClass, PERIODIC__PERIOD_START);
		createEAttribute(periodicEClass, PERIODIC__PERIOD_END);

		portfolioEClass = createEClass(PORTFOLIO);
		createEAttribute(portfolioEClass, PORTFOLIO__FORMAT_VERSION);
		createEAttribute(portfolioEClass, PORTFOLIO__ORGANISATION_NAME);
		createEAttribute(portfolioEClass, PORTFOLIO__CURRENCY);
		createEAttribute(portfolioEClass, PORTFOLIO__LAST_UPDATED);
		createEReference(portfolioEClass, PORTFOLIO__SETTINGS);
		createEReference(portfolioEClass, PORTFOLIO__PEOPLE);
		createEReference(portfolioEClass, PORTFOLIO__UNITS);
		createEReference(portfolioEClass, PORTFOLIO__OFFERINGS);
		createEReference(portfolioEClass, PORTFOLIO__SCALES);
		createEReference(portfolioEClass, PORTFOLIO__CRITERIA_SETS);
		createEReference(portfolioEClass, PORTFOLIO__COMPETITORS);
		createEReference(portfolioEClass, PORTFOLIO__RESELLERS);
		createEReference(portfolioEClass, PORTFOLIO__ACCOUNTS);
		createEReference(portfolioEClass, PORTFOLIO__ACTIVE_CRITERIA_SET);
		createEReference(portfolioEClass, PORTFOLIO__RELATIONSHIP_STAGE_SCALE);
		createEReference(portfolioEClass, PORTFOLIO__BUY_SELL_SCALE);

		analysisSettingsEClass = createEClass(ANALYSIS_SETTINGS);
		createEAttribute(analysisSettingsEClass, ANALYSIS_SETTINGS__ATTRACTIVENESS_THRESHOLD);
		createEAttribute(analysisSettingsEClass, ANALYSIS_SETTINGS__STRENGTH_THRESHOLD);
		createEAttribute(analysisSettingsEClass, ANALYSIS_SETTINGS__BOUNDARY_SIDE);
		createEAttribute(analysisSettingsEClass, ANALYSIS_SETTINGS__STRENGTH_HIGH_ON_LEFT);
		createEAttribute(analysisSettingsEClass, ANALYSIS_SETTINGS__KRALJIC_PROFIT_IMPACT_THRESHOLD);
		createEAttribute(analysisSettingsEClass, ANALYSIS_SETTINGS__KRALJIC_SUPPLY_RISK_THRESHOLD);
		createEAttribute(analysisSettingsEClass, ANALYSIS_SETTINGS__PREFERENCING_VALUE_THRESHOLD);
		createEAttribute(analysisSettingsEClass, ANALYSIS_SETTINGS__PREFERENCING_ATTRACTIVENESS_THRESHOLD);
		createEAttribute(analysisSettingsEClass, ANALYSIS_SETTINGS__KEY_ACCOUNT_SELECTION_THRESHOLD);
		createEAttribute(analysisSettingsEClass, ANALYSIS_SETTINGS__BALANCE_TOLERANCE);
		createEAttribute(analysisSettingsEClass, ANALYSIS_SETTINGS__STALENESS_DAYS);
		createEAttribute(analysisSettingsEClass, ANALYSIS_SETTINGS__CONTACT_STALENESS_DAYS);
		createEAttribute(analysisSettingsEClass, ANALYSIS_SETTINGS__MINIMUM_KEY_ACCOUNTS);
		createEAttribute(analysisSettingsEClass, ANALYSIS_SETTINGS__MAXIMUM_KEY_ACCOUNTS);
		createEAttribute(analysisSettingsEClass, ANALYSIS_SETTINGS__MINIMUM_CRITERIA_PER_AXIS);
		createEAttribute(analysisSettingsEClass, ANALYSIS_SETTINGS__MAXIMUM_CRITERIA_PER_AXIS);
		createEAttribute(analysisSettingsEClass, ANALYSIS_SETTINGS__WEIGHT_TOTAL);
		createEAttribute(analysisSettingsEClass, ANALYSIS_SETTINGS__SENSITIVITY_RUNS);
		createEAttribute(analysisSettingsEClass, ANALYSIS_SETTINGS__SENSITIVITY_WEIGHT_VARIATION_PERCENT);

		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__JOB_TITLE);
		createEAttribute(personEClass, PERSON__DISCIPLINE);
		createEAttribute(personEClass, PERSON__COUNTRY);
		createEAttribute(personEClass, PERSON__EMAIL);
		createEAttribute(personEClass, PERSON__PHONE);
		createEAttribute(personEClass, PERSON__LANGUAGES);
		createEReference(personEClass, PERSON__UNIT);
		createEReference(personEClass, PERSON__MANAGER);

		organisationUnitEClass = createEClass(ORGANISATION_UNIT);
		createEAttribute(organisationUnitEClass, ORGANISATION_UNIT__COUNTRY);
		createEAttribute(organisationUnitEClass, ORGANISATION_UNIT__BUSINESS_UNIT);
		createEReference(organisationUnitEClass, ORGANISATION_UNIT__MANAGER);
		createEReference(organisationUnitEClass, ORGANISATION_UNIT__SUBUNITS);
		createEReference(organisationUnitEClass, ORGANISATION_UNIT__NOTES);

		offeringEClass = createEClass(OFFERING);
		createEReference(offeringEClass, OFFERING__UNIT);

		competitorEClass = createEClass(COMPETITOR);

		resellerEClass = createEClass(RESELLER);

		scaleEClass = createEClass(SCALE);
		createEAttribute(scaleEClass, SCALE__KIND);
		createEAttribute(scaleEClass, SCALE__DIRECTION);
		createEAttribute(scaleEClass, SCALE__SOURCE);
		createEReference(scaleEClass, SCALE__LEVELS);

		scaleLevelEClass = createEClass(SCALE_LEVEL);
		createEAttribute(scaleLevelEClass, SCALE_LEVEL__RANK);
		createEAttribute(scaleLevelEClass, SCALE_LEVEL__RANKED);

		criteriaSetEClass = createEClass(CRITERIA_SET);
		createEAttribute(criteriaSetEClass, CRITERIA_SET__VERSION);
		createEAttribute(criteriaSetEClass, CRITERIA_SET__VALID_FROM);
		createEReference(criteriaSetEClass, CRITERIA_SET__SUPERSEDES);
		createEReference(criteriaSetEClass, CRITERIA_SET__CRITERIA);

		criterionEClass = createEClass(CRITERION);
		createEAttribute(criterionEClass, CRITERION__AXIS);
		createEAttribute(criterionEClass, CRITERION__KIND);
		createEAttribute(criterionEClass, CRITERION__WEIGHT);
		createEAttribute(criterionEClass, CRITERION__SCALE_MIN);
		createEAttribute(criterionEClass, CRITERION__SCALE_MAX);
		createEAttribute(criterionEClass, CRITERION__DIRECTION);
		createEAttribute(criterionEClass, CRITERION__COMPUTATION_ID);

		scoreEClass = createEClass(SCORE);
		createEReference(scoreEClass, SCORE__CRITERION);
		createEAttribute(scoreEClass, SCORE__VALUE);
		createEAttribute(scoreEClass, SCORE__RATIONALE);
		createEAttribute(scoreEClass, SCORE__DATE);
		createEReference(scoreEClass, SCORE__SCORED_BY);
		createEAttribute(scoreEClass, SCORE__SCORED_BY_NAME);
		createEAttribute(scoreEClass, SCORE__CRITERIA_VERSION);

		accountEClass = createEClass(ACCOUNT);
		createEAttribute(accountEClass, ACCOUNT__STATUS);
		createEAttribute(accountEClass, ACCOUNT__SECTOR);
		createEAttribute(accountEClass, ACCOUNT__COUNTRY);
		createEReference(accountEClass, ACCOUNT__KEY_ACCOUNT_MANAGER);
		createEReference(accountEClass, ACCOUNT__EXECUTIVE_SPONSOR);
		createEReference(accountEClass, ACCOUNT__CUSTOMER_SPONSOR);
		createEReference(accountEClass, ACCOUNT__OWNING_UNIT);
		createEAttribute(accountEClass, ACCOUNT__DECISION_LEVEL);
		createEAttribute(accountEClass, ACCOUNT__PURCHASING_COORDINATION);
		createEAttribute(accountEClass, ACCOUNT__OUR_WILLINGNESS_TO_INVEST);
		createEAttribute(accountEClass, ACCOUNT__THEIR_WILLINGNESS_TO_INVEST);
		createEAttribute(accountEClass, ACCOUNT__OUR_INTERNATIONALISATION);
		createEAttribute(accountEClass, ACCOUNT__THEIR_INTERNATIONALISATION);
		createEReference(accountEClass, ACCOUNT__RELATIONSHIP_STAGE);
		createEReference(accountEClass, ACCOUNT__CURRENT_BUY_SELL_LEVEL);
		createEReference(accountEClass, ACCOUNT__DESIRED_BUY_SELL_LEVEL);
		createEAttribute(accountEClass, ACCOUNT__LANGUAGE_NOTES);
		createEAttribute(accountEClass, ACCOUNT__CULTURE_NOTES);
		createEAttribute(accountEClass, ACCOUNT__LAST_UPDATED);
		createEReference(accountEClass, ACCOUNT__UNITS);
		createEReference(accountEClass, ACCOUNT__CONTACTS);
		createEReference(accountEClass, ACCOUNT__RELATIONSHIP_LINKS);
		createEReference(accountEClass, ACCOUNT__TEAM);
		createEReference(accountEClass, ACCOUNT__SCORES);
		createEReference(accountEClass, ACCOUNT__KRALJIC_ASSESSMENT);
		createEReference(accountEClass, ACCOUNT__SUPPLIER_PREFERENCING);
		createEReference(accountEClass, ACCOUNT__COMPETITORS);
		createEReference(accountEClass, ACCOUNT__PLANS);
		createEReference(accountEClass, ACCOUNT__RESULTS);
		createEReference(accountEClass, ACCOUNT__NOTES);
		createEReference(accountEClass, ACCOUNT__LIFETIME_VALUE_INPUTS);

		accountUnitEClass = createEClass(ACCOUNT_UNIT);
		createEAttribute(accountUnitEClass, ACCOUNT_UNIT__COUNTRY);
		createEAttribute(accountUnitEClass, ACCOUNT_UNIT__BUSINESS_UNIT);
		createEAttribute(accountUnitEClass, ACCOUNT_UNIT__LANGUAGE);
		createEAttribute(accountUnitEClass, ACCOUNT_UNIT__LANGUAGE_NOTES);
		createEAttribute(accountUnitEClass, ACCOUNT_UNIT__CULTURE_NOTES);
		createEAttribute(accountUnitEClass, ACCOUNT_UNIT__LOCAL_IMPORTANCE);
		createEAttribute(accountUnitEClass, ACCOUNT_UNIT__LOCAL_COMMITMENT);
		createEAttribute(accountUnitEClass, ACCOUNT_UNIT__LOCAL_REVENUE);
		createEAttribute(accountUnitEClass, ACCOUNT_UNIT__LOCAL_AGREEMENT_NOTES);
		createEReference(accountUnitEClass, ACCOUNT_UNIT__OUR_UNIT);
		createEReference(accountUnitEClass, ACCOUNT_UNIT__LOCAL_ACCOUNT_MANAGER);
		createEAttribute(accountUnitEClass, ACCOUNT_UNIT__LAST_UPDATED);
		createEReference(accountUnitEClass, ACCOUNT_UNIT__SUBUNITS);
		createEReference(accountUnitEClass, ACCOUNT_UNIT__NOTES);

		contactEClass = createEClass(CONTACT);
		createEAttribute(contactEClass, CONTACT__JOB_TITLE);
		createEAttribute(contactEClass, CONTACT__DEPARTMENT);
		createEAttribute(contactEClass, CONTACT__EMAIL);
		createEAttribute(contactEClass, CONTACT__PHONE);
		createEAttribute(contactEClass, CONTACT__LANGUAGE);
		createEReference(contactEClass, CONTACT__UNIT);
		createEAttribute(contactEClass, CONTACT__BUYING_ROLE);
		createEAttribute(contactEClass, CONTACT__INFLUENCE);
		createEAttribute(contactEClass, CONTACT__ATTITUDE);
		createEReference(contactEClass, CONTACT__REPORTS_TO);
		createEReference(contactEClass, CONTACT__OWNER);
		createEAttribute(contactEClass, CONTACT__LAST_CONTACT_DATE);
		createEAttribute(contactEClass, CONTACT__LAST_UPDATED);
		createEReference(contactEClass, CONTACT__NOTES);

		relationshipLinkEClass = createEClass(RELATIONSHIP_LINK);
		createEReference(relationshipLinkEClass, RELATIONSHIP_LINK__OUR_PERSON);
		createEReference(relationshipLinkEClass, RELATIONSHIP_LINK__CONTACT);
		createEAttribute(relationshipLinkEClass, RELATIONSHIP_LINK__MEETINGS_PER_YEAR);
		createEAttribute(relationshipLinkEClass, RELATIONSHIP_LINK__STRENGTH);
		createEAttribute(relationshipLinkEClass, RELATIONSHIP_LINK__LAST_MET);
		createEAttribute(relationshipLinkEClass, RELATIONSHIP_LINK__COMMENT);
		createEAttribute(relationshipLinkEClass, RELATIONSHIP_LINK__LAST_UPDATED);

		accountTeamMemberEClass = createEClass(ACCOUNT_TEAM_MEMBER);
		createEReference(accountTeamMemberEClass, ACCOUNT_TEAM_MEMBER__PERSON);
		createEAttribute(accountTeamMemberEClass, ACCOUNT_TEAM_MEMBER__ROLE);
		createEAttribute(accountTeamMemberEClass, ACCOUNT_TEAM_MEMBER__DISCIPLINE);
		createEAttribute(accountTeamMemberEClass, ACCOUNT_TEAM_MEMBER__COUNTRY);
		createEReference(accountTeamMemberEClass, ACCOUNT_TEAM_MEMBER__UNIT);
		createEReference(accountTeamMemberEClass, ACCOUNT_TEAM_MEMBER__ACCOUNT_UNIT);
		createEAttribute(accountTeamMemberEClass, ACCOUNT_TEAM_MEMBER__TIME_COMMITMENT_PERCENT);
		createEReference(accountTeamMemberEClass, ACCOUNT_TEAM_MEMBER__LOCAL_MANAGER);
		createEReference(accountTeamMemberEClass, ACCOUNT_TEAM_MEMBER__REPORTS_TO);

		competitorPositionEClass = createEClass(COMPETITOR_POSITION);
		createEReference(competitorPositionEClass, COMPETITOR_POSITION__COMPETITOR);
		createEAttribute(competitorPositionEClass, COMPETITOR_POSITION__SHARE_OF_WALLET_PERCENT);
		createEAttribute(competitorPositionEClass, COMPETITOR_POSITION__BEST_COMPETITOR);
		createEAttribute(competitorPositionEClass, COMPETITOR_POSITION__COMMENT);

		kraljicAssessmentEClass = createEClass(KRALJIC_ASSESSMENT);
		createEAttribute(kraljicAssessmentEClass, KRALJIC_ASSESSMENT__DATE);
		createEReference(kraljicAssessmentEClass, KRALJIC_ASSESSMENT__ASSESSED_BY);
		createEAttribute(kraljicAssessmentEClass, KRALJIC_ASSESSMENT__RATIONALE);
		createEReference(kraljicAssessmentEClass, KRALJIC_ASSESSMENT__CATEGORIES);

		purchaseCategoryEClass = createEClass(PURCHASE_CATEGORY);
		createEAttribute(purchaseCategoryEClass, PURCHASE_CATEGORY__SPEND);
		createEAttribute(purchaseCategoryEClass, PURCHASE_CATEGORY__OUR_SHARE_PERCENT);
		createEReference(purchaseCategoryEClass, PURCHASE_CATEGORY__OFFERINGS);
		createEReference(purchaseCategoryEClass, PURCHASE_CATEGORY__FACTOR_SCORES);

		kraljicFactorScoreEClass = createEClass(KRALJIC_FACTOR_SCORE);
		createEAttribute(kraljicFactorScoreEClass, KRALJIC_FACTOR_SCORE__DIMENSION);
		createEAttribute(kraljicFactorScoreEClass, KRALJIC_FACTOR_SCORE__FACTOR);
		createEAttribute(kraljicFactorScoreEClass, KRALJIC_FACTOR_SCORE__WEIGHT);
		createEAttribute(kraljicFactorScoreEClass, KRALJIC_FACTOR_SCORE__VALUE);
		createEAttribute(kraljicFactorScoreEClass, KRALJIC_FACTOR_SCORE__RATIONALE);

		supplierPreferencingEClass = createEClass(SUPPLIER_PREFERENCING);
		createEAttribute(supplierPreferencingEClass, SUPPLIER_PREFERENCING__VALUE_TO_US);
		createEAttribute(supplierPreferencingEClass, SUPPLIER_PREFERENCING__ATTRACTIVENESS_TO_US);
		createEAttribute(supplierPreferencingEClass, SUPPLIER_PREFERENCING__RATIONALE);
		createEAttribute(supplierPreferencingEClass, SUPPLIER_PREFERENCING__DATE);
		createEReference(supplierPreferencingEClass, SUPPLIER_PREFERENCING__ASSESSED_BY);

		accountPlanEClass = createEClass(ACCOUNT_PLAN);
		createEAttribute(accountPlanEClass, ACCOUNT_PLAN__STATUS);
		createEAttribute(accountPlanEClass, ACCOUNT_PLAN__PERIOD_START);
		createEAttribute(accountPlanEClass, ACCOUNT_PLAN__PERIOD_END);
		createEReference(accountPlanEClass, ACCOUNT_PLAN__AUTHOR);
		createEAttribute(accountPlanEClass, ACCOUNT_PLAN__VISION);
		createEAttribute(accountPlanEClass, ACCOUNT_PLAN__CUSTOMER_BUSINESS);
		createEAttribute(accountPlanEClass, ACCOUNT_PLAN__CUSTOMER_GOALS);
		createEAttribute(accountPlanEClass, ACCOUNT_PLAN__NEXT_REVIEW_DATE);
		createEAttribute(accountPlanEClass, ACCOUNT_PLAN__LAST_UPDATED);
		createEReference(accountPlanEClass, ACCOUNT_PLAN__SWOT);
		createEReference(accountPlanEClass, ACCOUNT_PLAN__OBJECTIVES);
		createEReference(accountPlanEClass, ACCOUNT_PLAN__STRATEGIES);
		createEReference(accountPlanEClass, ACCOUNT_PLAN__ACTIONS);
		createEReference(accountPlanEClass, ACCOUNT_PLAN__REVENUE_TARGETS);
		createEReference(accountPlanEClass, ACCOUNT_PLAN__RISKS);
		createEReference(accountPlanEClass, ACCOUNT_PLAN__REVIEWS);

		swotItemEClass = createEClass(SWOT_ITEM);
		createEAttribute(swotItemEClass, SWOT_ITEM__KIND);
		createEAttribute(swotItemEClass, SWOT_ITEM__TEXT);

		objectiveEClass = createEClass(OBJECTIVE);
		createEAttribute(objectiveEClass, OBJECTIVE__METRIC);
		createEAttribute(objectiveEClass, OBJECTIVE__METRIC_UNIT);
		createEAttribute(objectiveEClass, OBJECTIVE__BASELINE);
		createEAttribute(objectiveEClass, OBJECTIVE__TARGET);
		createEAttribute(objectiveEClass, OBJECTIVE__ACTUAL);
		createEAttribute(objectiveEClass, OBJECTIVE__DUE_DATE);
		createEAttribute(objectiveEClass, OBJECTIVE__STATUS);
		createEReference(objectiveEClass, OBJECTIVE__OWNER);

		strategyEClass = createEClass(STRATEGY);
		createEReference(strategyEClass, STRATEGY__OBJECTIVES);

		actionEClass = createEClass(ACTION);
		createEReference(actionEClass, ACTION__OWNER);
		createEAttribute(actionEClass, ACTION__DUE_DATE);
		createEAttribute(actionEClass, ACTION__COMPLETED_DATE);
		createEAttribute(actionEClass, ACTION__STATUS);
		createEAttribute(actionEClass, ACTION__COST);
		createEReference(actionEClass, ACTION__OBJECTIVE);
		createEReference(actionEClass, ACTION__STRATEGY);

		revenueTargetEClass = createEClass(REVENUE_TARGET);
		createEAttribute(revenueTargetEClass, REVENUE_TARGET__REVENUE);
		createEAttribute(revenueTargetEClass, REVENUE_TARGET__PROFIT_CONTRIBUTION);
		createEReference(revenueTargetEClass, REVENUE_TARGET__OFFERING);
		createEReference(revenueTargetEClass, REVENUE_TARGET__ACCOUNT_UNIT);

		riskEClass = createEClass(RISK);
		createEAttribute(riskEClass, RISK__LIKELIHOOD);
		createEAttribute(riskEClass, RISK__IMPACT);
		createEAttribute(riskEClass, RISK__MITIGATION);
		createEReference(riskEClass, RISK__OWNER);
		createEAttribute(riskEClass, RISK__CLOSED);

		planReviewEClass = createEClass(PLAN_REVIEW);
		createEAttribute(planReviewEClass, PLAN_REVIEW__DATE);
		createEReference(planReviewEClass, PLAN_REVIEW__REVIEWED_BY);
		createEAttribute(planReviewEClass, PLAN_REVIEW__SUMMARY);

		periodResultEClass = createEClass(PERIOD_RESULT);
		createEReference(periodResultEClass, PERIOD_RESULT__ACCOUNT_UNIT);
		createEAttribute(periodResultEClass, PERIOD_RESULT__DIRECT_REVENUE);
		createEAttribute(periodResultEClass, PERIOD_RESULT__COST_TO_SERVE);
		createEAttribute(periodResultEClass, PERIOD_RESULT__PROFIT_CONTRIBUTION);
		createEAttribute(periodResultEClass, PERIOD_RESULT__REVENUE_TARGET);
		createEAttribute(periodResultEClass, PERIOD_RESULT__PROFIT_CONTRIBUTION_TARGET);
		createEAttribute(periodResultEClass, PERIOD_RESULT__COMMENT);
		createEAttribute(periodResultEClass, PERIOD_RESULT__LAST_UPDATED);
		createEReference(periodResultEClass, PERIOD_RESULT__INDIRECT_REVENUES);
		createEReference(periodResultEClass, PERIOD_RESULT__CREDITS);

		indirectRevenueEClass = createEClass(INDIRECT_REVENUE);
		createEReference(indirectRevenueEClass, INDIRECT_REVENUE__RESELLER);
		createEAttribute(indirectRevenueEClass, INDIRECT_REVENUE__REVENUE);
		createEAttribute(indirectRevenueEClass, INDIRECT_REVENUE__ATTRIBUTION_SHARE_PERCENT);
		createEAttribute(indirectRevenueEClass, INDIRECT_REVENUE__RATIONALE);

		unitCreditEClass = createEClass(UNIT_CREDIT);
		createEReference(unitCreditEClass, UNIT_CREDIT__UNIT);
		createEAttribute(unitCreditEClass, UNIT_CREDIT__SHARE_PERCENT);
		createEAttribute(unitCreditEClass, UNIT_CREDIT__RATIONALE);

		knowledgeNoteEClass = createEClass(KNOWLEDGE_NOTE);
		createEAttribute(knowledgeNoteEClass, KNOWLEDGE_NOTE__TITLE);
		createEAttribute(knowledgeNoteEClass, KNOWLEDGE_NOTE__TEXT);
		createEReference(knowledgeNoteEClass, KNOWLEDGE_NOTE__AUTHOR);
		createEAttribute(knowledgeNoteEClass, KNOWLEDGE_NOTE__DATE);
		createEAttribute(knowledgeNoteEClass, KNOWLEDGE_NOTE__TAGS);

		lifetimeValueInputsEClass = createEClass(LIFETIME_VALUE_INPUTS);
		createEAttribute(lifetimeValueInputsEClass, LIFETIME_VALUE_INPUTS__ANNUAL_REVENUE);
		createEAttribute(lifetimeValueInputsEClass, LIFETIME_VALUE_INPUTS__ANNUAL_GROWTH_PERCENT);
		createEAttribute(lifetimeValueInputsEClass, LIFETIME_VALUE_INPUTS__MARGIN_PERCENT);
		createEAttribute(lifetimeValueInputsEClass, LIFETIME_VALUE_INPUTS__RETENTION_RATE_PERCENT);
		createEAttribute(lifetimeValueInputsEClass, LIFETIME_VALUE_INPUTS__DISCOUNT_RATE_PERCENT);
		createEAttribute(lifetimeValueInputsEClass, LIFETIME_VALUE_INPUTS__HORIZON_YEARS);
		createEAttribute(lifetimeValueInputsEClass, LIFETIME_VALUE_INPUTS__ACQUISITION_COST);
		createEAttribute(lifetimeValueInputsEClass, LIFETIME_VALUE_INPUTS__ASSUMPTIONS);
		createEReference(lifetimeValueInputsEClass, LIFETIME_VALUE_INPUTS__PREPARED_BY);
		createEAttribute(lifetimeValueInputsEClass, LIFETIME_VALUE_INPUTS__LAST_UPDATED);

		// Create enums
		accountStatusEEnum = createEEnum(ACCOUNT_STATUS);
		decisionLevelEEnum = createEEnum(DECISION_LEVEL);
		purchasingCoordinationEEnum = createEEnum(PURCHASING_COORDINATION);
		axisEEnum = createEEnum(AXIS);
		scaleDirectionEEnum = createEEnum(SCALE_DIRECTION);
		criterionKindEEnum = createEEnum(CRITERION_KIND);
		scaleKindEEnum = createEEnum(SCALE_KIND);
		buyingRoleEEnum = createEEnum(BUYING_ROLE);
		attitudeEEnum = createEEnum(ATTITUDE);
		kraljicDimensionEEnum = createEEnum(KRALJIC_DIMENSION);
		planStatusEEnum = createEEnum(PLAN_STATUS);
		objectiveStatusEEnum = createEEnum(OBJECTIVE_STATUS);
		actionStatusEEnum = createEEnum(ACTION_STATUS);
		swotKindEEnum = createEEnum(SWOT_KIND);
		thresholdSideEEnum = createEEnum(THRESHOLD_SIDE);

		// Create data types
		dateEDataType = createEDataType(DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		namedElementEClass.getESuperTypes().add(this.getIdentified());
		periodicEClass.getESuperTypes().add(this.getIdentified());
		portfolioEClass.getESuperTypes().add(this.getNamedElement());
		analysisSettingsEClass.getESuperTypes().add(this.getIdentified());
		personEClass.getESuperTypes().add(this.getNamedElement());
		organisationUnitEClass.getESuperTypes().add(this.getNamedElement());
		offeringEClass.getESuperTypes().add(this.getNamedElement());
		competitorEClass.getESuperTypes().add(this.getNamedElement());
		resellerEClass.getESuperTypes().add(this.getNamedElement());
		scaleEClass.getESuperTypes().add(this.getNamedElement());
		scaleLevelEClass.getESuperTypes().add(this.getNamedElement());
		criteriaSetEClass.getESuperTypes().add(this.getNamedElement());
		criterionEClass.getESuperTypes().add(this.getNamedElement());
		scoreEClass.getESuperTypes().add(this.getIdentified());
		accountEClass.getESuperTypes().add(this.getNamedElement());
		accountUnitEClass.getESuperTypes().add(this.getNamedElement());
		contactEClass.getESuperTypes().add(this.getNamedElement());
		relationshipLinkEClass.getESuperTypes().add(this.getIdentified());
		accountTeamMemberEClass.getESuperTypes().add(this.getIdentified());
		competitorPositionEClass.getESuperTypes().add(this.getIdentified());
		kraljicAssessmentEClass.getESuperTypes().add(this.getIdentified());
		purchaseCategoryEClass.getESuperTypes().add(this.getNamedElement());
		kraljicFactorScoreEClass.getESuperTypes().add(this.getIdentified());
		supplierPreferencingEClass.getESuperTypes().add(this.getIdentified());
		accountPlanEClass.getESuperTypes().add(this.getNamedElement());
		swotItemEClass.getESuperTypes().add(this.getIdentified());
		objectiveEClass.getESuperTypes().add(this.getNamedElement());
		strategyEClass.getESuperTypes().add(this.getNamedElement());
		actionEClass.getESuperTypes().add(this.getNamedElement());
		revenueTargetEClass.getESuperTypes().add(this.getPeriodic());
		riskEClass.getESuperTypes().add(this.getNamedElement());
		planReviewEClass.getESuperTypes().add(this.getIdentified());
		periodResultEClass.getESuperTypes().add(this.getPeriodic());
		indirectRevenueEClass.getESuperTypes().add(this.getIdentified());
		unitCreditEClass.getESuperTypes().add(this.getIdentified());
		knowledgeNoteEClass.getESuperTypes().add(this.getIdentified());
		lifetimeValueInputsEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(periodicEClass, Periodic.class, "Periodic", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPeriodic_PeriodLabel(), ecorePackage.getEString(), "periodLabel", null, 0, 1, Periodic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeriodic_PeriodStart(), this.getDate(), "periodStart", null, 0, 1, Periodic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeriodic_PeriodEnd(), this.getDate(), "periodEnd", null, 0, 1, Periodic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(portfolioEClass, Portfolio.class, "Portfolio", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPortfolio_FormatVersion(), ecorePackage.getEInt(), "formatVersion", null, 0, 1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPortfolio_OrganisationName(), ecorePackage.getEString(), "organisationName", null, 0, 1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPortfolio_Currency(), ecorePackage.getEString(), "currency", "EUR", 0, 1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPortfolio_LastUpdated(), this.getDate(), "lastUpdated", null, 0, 1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPortfolio_Settings(), this.getAnalysisSettings(), null, "settings", null, 0, 1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPortfolio_People(), this.getPerson(), null, "people", null, 0, -1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPortfolio_Units(), this.getOrganisationUnit(), null, "units", null, 0, -1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPortfolio_Offerings(), this.getOffering(), null, "offerings", null, 0, -1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPortfolio_Scales(), this.getScale(), null, "scales", null, 0, -1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPortfolio_CriteriaSets(), this.getCriteriaSet(), null, "criteriaSets", null, 0, -1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPortfolio_Competitors(), this.getCompetitor(), null, "competitors", null, 0, -1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPortfolio_Resellers(), this.getReseller(), null, "resellers", null, 0, -1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPortfolio_Accounts(), this.getAccount(), null, "accounts", null, 0, -1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPortfolio_ActiveCriteriaSet(), this.getCriteriaSet(), null, "activeCriteriaSet", null, 0, 1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPortfolio_RelationshipStageScale(), this.getScale(), null, "relationshipStageScale", null, 0, 1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPortfolio_BuySellScale(), this.getScale(), null, "buySellScale", null, 0, 1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(analysisSettingsEClass, AnalysisSettings.class, "AnalysisSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnalysisSettings_AttractivenessThreshold(), ecorePackage.getEDouble(), "attractivenessThreshold", "5.0", 0, 1, AnalysisSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSettings_StrengthThreshold(), ecorePackage.getEDouble(), "strengthThreshold", "5.0", 0, 1, AnalysisSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSettings_BoundarySide(), this.getThresholdSide(), "boundarySide", "HIGH", 0, 1, AnalysisSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSettings_StrengthHighOnLeft(), ecorePackage.getEBoolean(), "strengthHighOnLeft", "true", 0, 1, AnalysisSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSettings_KraljicProfitImpactThreshold(), ecorePackage.getEDouble(), "kraljicProfitImpactThreshold", "5.0", 0, 1, AnalysisSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSettings_KraljicSupplyRiskThreshold(), ecorePackage.getEDouble(), "kraljicSupplyRiskThreshold", "5.0", 0, 1, AnalysisSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSettings_PreferencingValueThreshold(), ecorePackage.getEDouble(), "preferencingValueThreshold", "5.0", 0, 1, AnalysisSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSettings_PreferencingAttractivenessThreshold(), ecorePackage.getEDouble(), "preferencingAttractivenessThreshold", "5.0", 0, 1, AnalysisSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSettings_KeyAccountSelectionThreshold(), ecorePackage.getEDouble(), "keyAccountSelectionThreshold", "5.0", 0, 1, AnalysisSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSettings_BalanceTolerance(), ecorePackage.getEDouble(), "balanceTolerance", "2.0", 0, 1, AnalysisSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSettings_StalenessDays(), ecorePackage.getEInt(), "stalenessDays", "180", 0, 1, AnalysisSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSettings_ContactStalenessDays(), ecorePackage.getEInt(), "contactStalenessDays", "90", 0, 1, AnalysisSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSettings_MinimumKeyAccounts(), ecorePackage.getEInt(), "minimumKeyAccounts", "15", 0, 1, AnalysisSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSettings_MaximumKeyAccounts(), ecorePackage.getEInt(), "maximumKeyAccounts", "35", 0, 1, AnalysisSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSettings_MinimumCriteriaPerAxis(), ecorePackage.getEInt(), "minimumCriteriaPerAxis", "3", 0, 1, AnalysisSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSettings_MaximumCriteriaPerAxis(), ecorePackage.getEInt(), "maximumCriteriaPerAxis", "5", 0, 1, AnalysisSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSettings_WeightTotal(), ecorePackage.getEDouble(), "weightTotal", "100.0", 0, 1, AnalysisSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSettings_SensitivityRuns(), ecorePackage.getEInt(), "sensitivityRuns", "1000", 0, 1, AnalysisSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSettings_SensitivityWeightVariationPercent(), ecorePackage.getEDouble(), "sensitivityWeightVariationPercent", "20.0", 0, 1, AnalysisSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerson_JobTitle(), ecorePackage.getEString(), "jobTitle", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Discipline(), ecorePackage.getEString(), "discipline", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Country(), ecorePackage.getEString(), "country", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Email(), ecorePackage.getEString(), "email", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Languages(), ecorePackage.getEString(), "languages", null, 0, -1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerson_Unit(), this.getOrganisationUnit(), null, "unit", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerson_Manager(), this.getPerson(), null, "manager", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organisationUnitEClass, OrganisationUnit.class, "OrganisationUnit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganisationUnit_Country(), ecorePackage.getEString(), "country", null, 0, 1, OrganisationUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisationUnit_BusinessUnit(), ecorePackage.getEString(), "businessUnit", null, 0, 1, OrganisationUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisationUnit_Manager(), this.getPerson(), null, "manager", null, 0, 1, OrganisationUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisationUnit_Subunits(), this.getOrganisationUnit(), null, "subunits", null, 0, -1, OrganisationUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisationUnit_Notes(), this.getKnowledgeNote(), null, "notes", null, 0, -1, OrganisationUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(offeringEClass, Offering.class, "Offering", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getOffering_Unit(), this.getOrganisationUnit(), null, "unit", null, 0, 1, Offering.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(competitorEClass, Competitor.class, "Competitor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(resellerEClass, Reseller.class, "Reseller", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(scaleEClass, Scale.class, "Scale", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScale_Kind(), this.getScaleKind(), "kind", "OTHER", 0, 1, Scale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScale_Direction(), this.getScaleDirection(), "direction", "HIGHER_IS_BETTER", 0, 1, Scale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScale_Source(), ecorePackage.getEString(), "source", null, 0, 1, Scale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScale_Levels(), this.getScaleLevel(), null, "levels", null, 0, -1, Scale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scaleLevelEClass, ScaleLevel.class, "ScaleLevel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScaleLevel_Rank(), ecorePackage.getEInt(), "rank", "0", 0, 1, ScaleLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScaleLevel_Ranked(), ecorePackage.getEBoolean(), "ranked", "true", 0, 1, ScaleLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(criteriaSetEClass, CriteriaSet.class, "CriteriaSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCriteriaSet_Version(), ecorePackage.getEInt(), "version", "1", 0, 1, CriteriaSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriteriaSet_ValidFrom(), this.getDate(), "validFrom", null, 0, 1, CriteriaSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCriteriaSet_Supersedes(), this.getCriteriaSet(), null, "supersedes", null, 0, 1, CriteriaSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCriteriaSet_Criteria(), this.getCriterion(), null, "criteria", null, 0, -1, CriteriaSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(criterionEClass, Criterion.class, "Criterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCriterion_Axis(), this.getAxis(), "axis", "ATTRACTIVENESS", 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_Kind(), this.getCriterionKind(), "kind", "OWN", 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_Weight(), ecorePackage.getEDouble(), "weight", "0.0", 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_ScaleMin(), ecorePackage.getEDouble(), "scaleMin", "0.0", 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_ScaleMax(), ecorePackage.getEDouble(), "scaleMax", "10.0", 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_Direction(), this.getScaleDirection(), "direction", "HIGHER_IS_BETTER", 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_ComputationId(), ecorePackage.getEString(), "computationId", null, 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scoreEClass, Score.class, "Score", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getScore_Criterion(), this.getCriterion(), null, "criterion", null, 1, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScore_Value(), ecorePackage.getEDouble(), "value", "0.0", 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScore_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScore_Date(), this.getDate(), "date", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScore_ScoredBy(), this.getPerson(), null, "scoredBy", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScore_ScoredByName(), ecorePackage.getEString(), "scoredByName", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScore_CriteriaVersion(), ecorePackage.getEInt(), "criteriaVersion", "0", 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accountEClass, Account.class, "Account", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAccount_Status(), this.getAccountStatus(), "status", "CANDIDATE", 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_Sector(), ecorePackage.getEString(), "sector", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_Country(), ecorePackage.getEString(), "country", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_KeyAccountManager(), this.getPerson(), null, "keyAccountManager", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_ExecutiveSponsor(), this.getPerson(), null, "executiveSponsor", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_CustomerSponsor(), this.getContact(), null, "customerSponsor", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_OwningUnit(), this.getOrganisationUnit(), null, "owningUnit", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_DecisionLevel(), this.getDecisionLevel(), "decisionLevel", "UNKNOWN", 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_PurchasingCoordination(), this.getPurchasingCoordination(), "purchasingCoordination", "UNKNOWN", 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_OurWillingnessToInvest(), ecorePackage.getEDouble(), "ourWillingnessToInvest", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_TheirWillingnessToInvest(), ecorePackage.getEDouble(), "theirWillingnessToInvest", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_OurInternationalisation(), ecorePackage.getEDouble(), "ourInternationalisation", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_TheirInternationalisation(), ecorePackage.getEDouble(), "theirInternationalisation", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_RelationshipStage(), this.getScaleLevel(), null, "relationshipStage", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_CurrentBuySellLevel(), this.getScaleLevel(), null, "currentBuySellLevel", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_DesiredBuySellLevel(), this.getScaleLevel(), null, "desiredBuySellLevel", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_LanguageNotes(), ecorePackage.getEString(), "languageNotes", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_CultureNotes(), ecorePackage.getEString(), "cultureNotes", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_LastUpdated(), this.getDate(), "lastUpdated", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_Units(), this.getAccountUnit(), null, "units", null, 0, -1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_Contacts(), this.getContact(), null, "contacts", null, 0, -1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_RelationshipLinks(), this.getRelationshipLink(), null, "relationshipLinks", null, 0, -1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_Team(), this.getAccountTeamMember(), null, "team", null, 0, -1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_Scores(), this.getScore(), null, "scores", null, 0, -1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_KraljicAssessment(), this.getKraljicAssessment(), null, "kraljicAssessment", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_SupplierPreferencing(), this.getSupplierPreferencing(), null, "supplierPreferencing", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_Competitors(), this.getCompetitorPosition(), null, "competitors", null, 0, -1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_Plans(), this.getAccountPlan(), null, "plans", null, 0, -1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_Results(), this.getPeriodResult(), null, "results", null, 0, -1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_Notes(), this.getKnowledgeNote(), null, "notes", null, 0, -1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_LifetimeValueInputs(), this.getLifetimeValueInputs(), null, "lifetimeValueInputs", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accountUnitEClass, AccountUnit.class, "AccountUnit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAccountUnit_Country(), ecorePackage.getEString(), "country", null, 0, 1, AccountUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountUnit_BusinessUnit(), ecorePackage.getEString(), "businessUnit", null, 0, 1, AccountUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountUnit_Language(), ecorePackage.getEString(), "language", null, 0, 1, AccountUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountUnit_LanguageNotes(), ecorePackage.getEString(), "languageNotes", null, 0, 1, AccountUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountUnit_CultureNotes(), ecorePackage.getEString(), "cultureNotes", null, 0, 1, AccountUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountUnit_LocalImportance(), ecorePackage.getEDouble(), "localImportance", null, 0, 1, AccountUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountUnit_LocalCommitment(), ecorePackage.getEDouble(), "localCommitment", null, 0, 1, AccountUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountUnit_LocalRevenue(), ecorePackage.getEDouble(), "localRevenue", "0.0", 0, 1, AccountUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountUnit_LocalAgreementNotes(), ecorePackage.getEString(), "localAgreementNotes", null, 0, 1, AccountUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountUnit_OurUnit(), this.getOrganisationUnit(), null, "ourUnit", null, 0, 1, AccountUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountUnit_LocalAccountManager(), this.getPerson(), null, "localAccountManager", null, 0, 1, AccountUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountUnit_LastUpdated(), this.getDate(), "lastUpdated", null, 0, 1, AccountUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountUnit_Subunits(), this.getAccountUnit(), null, "subunits", null, 0, -1, AccountUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountUnit_Notes(), this.getKnowledgeNote(), null, "notes", null, 0, -1, AccountUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactEClass, Contact.class, "Contact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContact_JobTitle(), ecorePackage.getEString(), "jobTitle", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Department(), ecorePackage.getEString(), "department", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Email(), ecorePackage.getEString(), "email", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Language(), ecorePackage.getEString(), "language", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContact_Unit(), this.getAccountUnit(), null, "unit", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_BuyingRole(), this.getBuyingRole(), "buyingRole", "UNKNOWN", 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Influence(), ecorePackage.getEInt(), "influence", "0", 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Attitude(), this.getAttitude(), "attitude", "UNKNOWN", 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContact_ReportsTo(), this.getContact(), null, "reportsTo", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContact_Owner(), this.getPerson(), null, "owner", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_LastContactDate(), this.getDate(), "lastContactDate", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_LastUpdated(), this.getDate(), "lastUpdated", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContact_Notes(), this.getKnowledgeNote(), null, "notes", null, 0, -1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(relationshipLinkEClass, RelationshipLink.class, "RelationshipLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRelationshipLink_OurPerson(), this.getPerson(), null, "ourPerson", null, 1, 1, RelationshipLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRelationshipLink_Contact(), this.getContact(), null, "contact", null, 1, 1, RelationshipLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationshipLink_MeetingsPerYear(), ecorePackage.getEInt(), "meetingsPerYear", "0", 0, 1, RelationshipLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationshipLink_Strength(), ecorePackage.getEInt(), "strength", "0", 0, 1, RelationshipLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationshipLink_LastMet(), this.getDate(), "lastMet", null, 0, 1, RelationshipLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationshipLink_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, RelationshipLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationshipLink_LastUpdated(), this.getDate(), "lastUpdated", null, 0, 1, RelationshipLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accountTeamMemberEClass, AccountTeamMember.class, "AccountTeamMember", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAccountTeamMember_Person(), this.getPerson(), null, "person", null, 1, 1, AccountTeamMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountTeamMember_Role(), ecorePackage.getEString(), "role", null, 0, 1, AccountTeamMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountTeamMember_Discipline(), ecorePackage.getEString(), "discipline", null, 0, 1, AccountTeamMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountTeamMember_Country(), ecorePackage.getEString(), "country", null, 0, 1, AccountTeamMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountTeamMember_Unit(), this.getOrganisationUnit(), null, "unit", null, 0, 1, AccountTeamMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountTeamMember_AccountUnit(), this.getAccountUnit(), null, "accountUnit", null, 0, 1, AccountTeamMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountTeamMember_TimeCommitmentPercent(), ecorePackage.getEDouble(), "timeCommitmentPercent", "0.0", 0, 1, AccountTeamMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountTeamMember_LocalManager(), this.getPerson(), null, "localManager", null, 0, 1, AccountTeamMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountTeamMember_ReportsTo(), this.getAccountTeamMember(), null, "reportsTo", null, 0, 1, AccountTeamMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(competitorPositionEClass, CompetitorPosition.class, "CompetitorPosition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCompetitorPosition_Competitor(), this.getCompetitor(), null, "competitor", null, 1, 1, CompetitorPosition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompetitorPosition_ShareOfWalletPercent(), ecorePackage.getEDouble(), "shareOfWalletPercent", "0.0", 0, 1, CompetitorPosition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompetitorPosition_BestCompetitor(), ecorePackage.getEBoolean(), "bestCompetitor", "false", 0, 1, CompetitorPosition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompetitorPosition_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, CompetitorPosition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kraljicAssessmentEClass, KraljicAssessment.class, "KraljicAssessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKraljicAssessment_Date(), this.getDate(), "date", null, 0, 1, KraljicAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKraljicAssessment_AssessedBy(), this.getPerson(), null, "assessedBy", null, 0, 1, KraljicAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKraljicAssessment_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, KraljicAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKraljicAssessment_Categories(), this.getPurchaseCategory(), null, "categories", null, 0, -1, KraljicAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(purchaseCategoryEClass, PurchaseCategory.class, "PurchaseCategory", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPurchaseCategory_Spend(), ecorePackage.getEDouble(), "spend", "0.0", 0, 1, PurchaseCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPurchaseCategory_OurSharePercent(), ecorePackage.getEDouble(), "ourSharePercent", "0.0", 0, 1, PurchaseCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPurchaseCategory_Offerings(), this.getOffering(), null, "offerings", null, 0, -1, PurchaseCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPurchaseCategory_FactorScores(), this.getKraljicFactorScore(), null, "factorScores", null, 0, -1, PurchaseCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kraljicFactorScoreEClass, KraljicFactorScore.class, "KraljicFactorScore", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKraljicFactorScore_Dimension(), this.getKraljicDimension(), "dimension", "PROFIT_IMPACT", 0, 1, KraljicFactorScore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKraljicFactorScore_Factor(), ecorePackage.getEString(), "factor", null, 0, 1, KraljicFactorScore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKraljicFactorScore_Weight(), ecorePackage.getEDouble(), "weight", "0.0", 0, 1, KraljicFactorScore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKraljicFactorScore_Value(), ecorePackage.getEDouble(), "value", "0.0", 0, 1, KraljicFactorScore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKraljicFactorScore_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, KraljicFactorScore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(supplierPreferencingEClass, SupplierPreferencing.class, "SupplierPreferencing", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSupplierPreferencing_ValueToUs(), ecorePackage.getEDouble(), "valueToUs", "0.0", 0, 1, SupplierPreferencing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplierPreferencing_AttractivenessToUs(), ecorePackage.getEDouble(), "attractivenessToUs", "0.0", 0, 1, SupplierPreferencing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplierPreferencing_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, SupplierPreferencing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplierPreferencing_Date(), this.getDate(), "date", null, 0, 1, SupplierPreferencing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupplierPreferencing_AssessedBy(), this.getPerson(), null, "assessedBy", null, 0, 1, SupplierPreferencing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accountPlanEClass, AccountPlan.class, "AccountPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAccountPlan_Status(), this.getPlanStatus(), "status", "DRAFT", 0, 1, AccountPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountPlan_PeriodStart(), this.getDate(), "periodStart", null, 0, 1, AccountPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountPlan_PeriodEnd(), this.getDate(), "periodEnd", null, 0, 1, AccountPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountPlan_Author(), this.getPerson(), null, "author", null, 0, 1, AccountPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountPlan_Vision(), ecorePackage.getEString(), "vision", null, 0, 1, AccountPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountPlan_CustomerBusiness(), ecorePackage.getEString(), "customerBusiness", null, 0, 1, AccountPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountPlan_CustomerGoals(), ecorePackage.getEString(), "customerGoals", null, 0, 1, AccountPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountPlan_NextReviewDate(), this.getDate(), "nextReviewDate", null, 0, 1, AccountPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountPlan_LastUpdated(), this.getDate(), "lastUpdated", null, 0, 1, AccountPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountPlan_Swot(), this.getSwotItem(), null, "swot", null, 0, -1, AccountPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountPlan_Objectives(), this.getObjective(), null, "objectives", null, 0, -1, AccountPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountPlan_Strategies(), this.getStrategy(), null, "strategies", null, 0, -1, AccountPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountPlan_Actions(), this.getAction(), null, "actions", null, 0, -1, AccountPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountPlan_RevenueTargets(), this.getRevenueTarget(), null, "revenueTargets", null, 0, -1, AccountPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountPlan_Risks(), this.getRisk(), null, "risks", null, 0, -1, AccountPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountPlan_Reviews(), this.getPlanReview(), null, "reviews", null, 0, -1, AccountPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(swotItemEClass, SwotItem.class, "SwotItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSwotItem_Kind(), this.getSwotKind(), "kind", "STRENGTH", 0, 1, SwotItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSwotItem_Text(), ecorePackage.getEString(), "text", null, 0, 1, SwotItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(objectiveEClass, Objective.class, "Objective", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getObjective_Metric(), ecorePackage.getEString(), "metric", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_MetricUnit(), ecorePackage.getEString(), "metricUnit", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_Baseline(), ecorePackage.getEDouble(), "baseline", "0.0", 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_Target(), ecorePackage.getEDouble(), "target", "0.0", 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_Actual(), ecorePackage.getEDouble(), "actual", "0.0", 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_DueDate(), this.getDate(), "dueDate", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_Status(), this.getObjectiveStatus(), "status", "NOT_STARTED", 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getObjective_Owner(), this.getPerson(), null, "owner", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(strategyEClass, Strategy.class, "Strategy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStrategy_Objectives(), this.getObjective(), null, "objectives", null, 0, -1, Strategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actionEClass, Action.class, "Action", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAction_Owner(), this.getPerson(), null, "owner", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_DueDate(), this.getDate(), "dueDate", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_CompletedDate(), this.getDate(), "completedDate", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_Status(), this.getActionStatus(), "status", "OPEN", 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_Cost(), ecorePackage.getEDouble(), "cost", "0.0", 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAction_Objective(), this.getObjective(), null, "objective", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAction_Strategy(), this.getStrategy(), null, "strategy", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(revenueTargetEClass, RevenueTarget.class, "RevenueTarget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRevenueTarget_Revenue(), ecorePackage.getEDouble(), "revenue", "0.0", 0, 1, RevenueTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRevenueTarget_ProfitContribution(), ecorePackage.getEDouble(), "profitContribution", "0.0", 0, 1, RevenueTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRevenueTarget_Offering(), this.getOffering(), null, "offering", null, 0, 1, RevenueTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRevenueTarget_AccountUnit(), this.getAccountUnit(), null, "accountUnit", null, 0, 1, RevenueTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(riskEClass, Risk.class, "Risk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRisk_Likelihood(), ecorePackage.getEInt(), "likelihood", "0", 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Impact(), ecorePackage.getEInt(), "impact", "0", 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Mitigation(), ecorePackage.getEString(), "mitigation", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRisk_Owner(), this.getPerson(), null, "owner", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Closed(), ecorePackage.getEBoolean(), "closed", "false", 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planReviewEClass, PlanReview.class, "PlanReview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanReview_Date(), this.getDate(), "date", null, 0, 1, PlanReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanReview_ReviewedBy(), this.getPerson(), null, "reviewedBy", null, 0, 1, PlanReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanReview_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, PlanReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(periodResultEClass, PeriodResult.class, "PeriodResult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPeriodResult_AccountUnit(), this.getAccountUnit(), null, "accountUnit", null, 0, 1, PeriodResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeriodResult_DirectRevenue(), ecorePackage.getEDouble(), "directRevenue", "0.0", 0, 1, PeriodResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeriodResult_CostToServe(), ecorePackage.getEDouble(), "costToServe", "0.0", 0, 1, PeriodResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeriodResult_ProfitContribution(), ecorePackage.getEDouble(), "profitContribution", "0.0", 0, 1, PeriodResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeriodResult_RevenueTarget(), ecorePackage.getEDouble(), "revenueTarget", "0.0", 0, 1, PeriodResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeriodResult_ProfitContributionTarget(), ecorePackage.getEDouble(), "profitContributionTarget", "0.0", 0, 1, PeriodResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeriodResult_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, PeriodResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeriodResult_LastUpdated(), this.getDate(), "lastUpdated", null, 0, 1, PeriodResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPeriodResult_IndirectRevenues(), this.getIndirectRevenue(), null, "indirectRevenues", null, 0, -1, PeriodResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPeriodResult_Credits(), this.getUnitCredit(), null, "credits", null, 0, -1, PeriodResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(indirectRevenueEClass, IndirectRevenue.class, "IndirectRevenue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIndirectRevenue_Reseller(), this.getReseller(), null, "reseller", null, 0, 1, IndirectRevenue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndirectRevenue_Revenue(), ecorePackage.getEDouble(), "revenue", "0.0", 0, 1, IndirectRevenue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndirectRevenue_AttributionSharePercent(), ecorePackage.getEDouble(), "attributionSharePercent", "0.0", 0, 1, IndirectRevenue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndirectRevenue_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, IndirectRevenue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(unitCreditEClass, UnitCredit.class, "UnitCredit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getUnitCredit_Unit(), this.getOrganisationUnit(), null, "unit", null, 1, 1, UnitCredit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnitCredit_SharePercent(), ecorePackage.getEDouble(), "sharePercent", "0.0", 0, 1, UnitCredit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnitCredit_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, UnitCredit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(knowledgeNoteEClass, KnowledgeNote.class, "KnowledgeNote", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKnowledgeNote_Title(), ecorePackage.getEString(), "title", null, 0, 1, KnowledgeNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnowledgeNote_Text(), ecorePackage.getEString(), "text", null, 0, 1, KnowledgeNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKnowledgeNote_Author(), this.getPerson(), null, "author", null, 0, 1, KnowledgeNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnowledgeNote_Date(), this.getDate(), "date", null, 0, 1, KnowledgeNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnowledgeNote_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, KnowledgeNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lifetimeValueInputsEClass, LifetimeValueInputs.class, "LifetimeValueInputs", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLifetimeValueInputs_AnnualRevenue(), ecorePackage.getEDouble(), "annualRevenue", "0.0", 0, 1, LifetimeValueInputs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifetimeValueInputs_AnnualGrowthPercent(), ecorePackage.getEDouble(), "annualGrowthPercent", "0.0", 0, 1, LifetimeValueInputs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifetimeValueInputs_MarginPercent(), ecorePackage.getEDouble(), "marginPercent", "0.0", 0, 1, LifetimeValueInputs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifetimeValueInputs_RetentionRatePercent(), ecorePackage.getEDouble(), "retentionRatePercent", "80.0", 0, 1, LifetimeValueInputs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifetimeValueInputs_DiscountRatePercent(), ecorePackage.getEDouble(), "discountRatePercent", "8.0", 0, 1, LifetimeValueInputs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifetimeValueInputs_HorizonYears(), ecorePackage.getEInt(), "horizonYears", "5", 0, 1, LifetimeValueInputs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifetimeValueInputs_AcquisitionCost(), ecorePackage.getEDouble(), "acquisitionCost", "0.0", 0, 1, LifetimeValueInputs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifetimeValueInputs_Assumptions(), ecorePackage.getEString(), "assumptions", null, 0, 1, LifetimeValueInputs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLifetimeValueInputs_PreparedBy(), this.getPerson(), null, "preparedBy", null, 0, 1, LifetimeValueInputs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLifetimeValueInputs_LastUpdated(), this.getDate(), "lastUpdated", null, 0, 1, LifetimeValueInputs.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(accountStatusEEnum, AccountStatus.class, "AccountStatus");
		addEEnumLiteral(accountStatusEEnum, AccountStatus.CANDIDATE);
		addEEnumLiteral(accountStatusEEnum, AccountStatus.KEY_ACCOUNT);
		addEEnumLiteral(accountStatusEEnum, AccountStatus.FORMER);

		initEEnum(decisionLevelEEnum, DecisionLevel.class, "DecisionLevel");
		addEEnumLiteral(decisionLevelEEnum, DecisionLevel.UNKNOWN);
		addEEnumLiteral(decisionLevelEEnum, DecisionLevel.NATIONAL);
		addEEnumLiteral(decisionLevelEEnum, DecisionLevel.INTERNATIONAL);
		addEEnumLiteral(decisionLevelEEnum, DecisionLevel.REGIONAL);
		addEEnumLiteral(decisionLevelEEnum, DecisionLevel.GLOBAL);

		initEEnum(purchasingCoordinationEEnum, PurchasingCoordination.class, "PurchasingCoordination");
		addEEnumLiteral(purchasingCoordinationEEnum, PurchasingCoordination.UNKNOWN);
		addEEnumLiteral(purchasingCoordinationEEnum, PurchasingCoordination.CENTRAL);
		addEEnumLiteral(purchasingCoordinationEEnum, PurchasingCoordination.DECENTRALISED);
		addEEnumLiteral(purchasingCoordinationEEnum, PurchasingCoordination.MIXED);

		initEEnum(axisEEnum, Axis.class, "Axis");
		addEEnumLiteral(axisEEnum, Axis.ATTRACTIVENESS);
		addEEnumLiteral(axisEEnum, Axis.RELATIVE_STRENGTH);

		initEEnum(scaleDirectionEEnum, ScaleDirection.class, "ScaleDirection");
		addEEnumLiteral(scaleDirectionEEnum, ScaleDirection.HIGHER_IS_BETTER);
		addEEnumLiteral(scaleDirectionEEnum, ScaleDirection.LOWER_IS_BETTER);

		initEEnum(criterionKindEEnum, CriterionKind.class, "CriterionKind");
		addEEnumLiteral(criterionKindEEnum, CriterionKind.REVENUE_POTENTIAL);
		addEEnumLiteral(criterionKindEEnum, CriterionKind.PROFIT_CONTRIBUTION);
		addEEnumLiteral(criterionKindEEnum, CriterionKind.STRATEGIC_CONTRIBUTION);
		addEEnumLiteral(criterionKindEEnum, CriterionKind.LEARNING_EFFECTS);
		addEEnumLiteral(criterionKindEEnum, CriterionKind.REPUTATION_EFFECTS);
		addEEnumLiteral(criterionKindEEnum, CriterionKind.NETWORK_EFFECTS);
		addEEnumLiteral(criterionKindEEnum, CriterionKind.OWN);

		initEEnum(scaleKindEEnum, ScaleKind.class, "ScaleKind");
		addEEnumLiteral(scaleKindEEnum, ScaleKind.OTHER);
		addEEnumLiteral(scaleKindEEnum, ScaleKind.RELATIONSHIP_STAGE);
		addEEnumLiteral(scaleKindEEnum, ScaleKind.BUY_SELL_LEVEL);

		initEEnum(buyingRoleEEnum, BuyingRole.class, "BuyingRole");
		addEEnumLiteral(buyingRoleEEnum, BuyingRole.UNKNOWN);
		addEEnumLiteral(buyingRoleEEnum, BuyingRole.DECISION_MAKER);
		addEEnumLiteral(buyingRoleEEnum, BuyingRole.ECONOMIC_BUYER);
		addEEnumLiteral(buyingRoleEEnum, BuyingRole.INFLUENCER);
		addEEnumLiteral(buyingRoleEEnum, BuyingRole.USER);
		addEEnumLiteral(buyingRoleEEnum, BuyingRole.GATEKEEPER);

		initEEnum(attitudeEEnum, Attitude.class, "Attitude");
		addEEnumLiteral(attitudeEEnum, Attitude.UNKNOWN);
		addEEnumLiteral(attitudeEEnum, Attitude.SUPPORTER);
		addEEnumLiteral(attitudeEEnum, Attitude.NEUTRAL);
		addEEnumLiteral(attitudeEEnum, Attitude.OPPONENT);

		initEEnum(kraljicDimensionEEnum, KraljicDimension.class, "KraljicDimension");
		addEEnumLiteral(kraljicDimensionEEnum, KraljicDimension.PROFIT_IMPACT);
		addEEnumLiteral(kraljicDimensionEEnum, KraljicDimension.SUPPLY_RISK);

		initEEnum(planStatusEEnum, PlanStatus.class, "PlanStatus");
		addEEnumLiteral(planStatusEEnum, PlanStatus.DRAFT);
		addEEnumLiteral(planStatusEEnum, PlanStatus.ACTIVE);
		addEEnumLiteral(planStatusEEnum, PlanStatus.CLOSED);

		initEEnum(objectiveStatusEEnum, ObjectiveStatus.class, "ObjectiveStatus");
		addEEnumLiteral(objectiveStatusEEnum, ObjectiveStatus.NOT_STARTED);
		addEEnumLiteral(objectiveStatusEEnum, ObjectiveStatus.ON_TRACK);
		addEEnumLiteral(objectiveStatusEEnum, ObjectiveStatus.AT_RISK);
		addEEnumLiteral(objectiveStatusEEnum, ObjectiveStatus.OFF_TRACK);
		addEEnumLiteral(objectiveStatusEEnum, ObjectiveStatus.ACHIEVED);
		addEEnumLiteral(objectiveStatusEEnum, ObjectiveStatus.MISSED);
		addEEnumLiteral(objectiveStatusEEnum, ObjectiveStatus.CANCELLED);

		initEEnum(actionStatusEEnum, ActionStatus.class, "ActionStatus");
		addEEnumLiteral(actionStatusEEnum, ActionStatus.OPEN);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.IN_PROGRESS);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.BLOCKED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.DONE);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.CANCELLED);

		initEEnum(swotKindEEnum, SwotKind.class, "SwotKind");
		addEEnumLiteral(swotKindEEnum, SwotKind.STRENGTH);
		addEEnumLiteral(swotKindEEnum, SwotKind.WEAKNESS);
		addEEnumLiteral(swotKindEEnum, SwotKind.OPPORTUNITY);
		addEEnumLiteral(swotKindEEnum, SwotKind.THREAT);

		initEEnum(thresholdSideEEnum, ThresholdSide.class, "ThresholdSide");
		addEEnumLiteral(thresholdSideEEnum, ThresholdSide.HIGH);
		addEEnumLiteral(thresholdSideEEnum, ThresholdSide.LOW);

		// Initialize data types
		initEDataType(dateEDataType, LocalDate.class, "Date", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //KamPackageImpl
