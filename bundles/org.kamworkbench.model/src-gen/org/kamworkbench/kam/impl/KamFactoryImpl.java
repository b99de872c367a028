/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.kamworkbench.kam.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class KamFactoryImpl extends EFactoryImpl implements KamFactory {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static KamFactory init() {
		try {
			KamFactory theKamFactory = (KamFactory)EPackage.Registry.INSTANCE.getEFactory(KamPackage.eNS_URI);
			if (theKamFactory != null) {
				return theKamFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new KamFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KamFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case KamPackage.PORTFOLIO: return createPortfolio();
			case KamPackage.ANALYSIS_SETTINGS: return createAnalysisSettings();
			case KamPackage.PERSON: return createPerson();
			case KamPackage.ORGANISATION_UNIT: return createOrganisationUnit();
			case KamPackage.OFFERING: return createOffering();
			case KamPackage.COMPETITOR: return createCompetitor();
			case KamPackage.RESELLER: return createReseller();
			case KamPackage.SCALE: return createScale();
			case KamPackage.SCALE_LEVEL: return createScaleLevel();
			case KamPackage.CRITERIA_SET: return createCriteriaSet();
			case KamPackage.CRITERION: return createCriterion();
			case KamPackage.SCORE: return createScore();
			case KamPackage.ACCOUNT: return createAccount();
			case KamPackage.ACCOUNT_UNIT: return createAccountUnit();
			case KamPackage.CONTACT: return createContact();
			case KamPackage.RELATIONSHIP_LINK: return createRelationshipLink();
			case KamPackage.ACCOUNT_TEAM_MEMBER: return createAccountTeamMember();
			case KamPackage.COMPETITOR_POSITION: return createCompetitorPosition();
			case KamPackage.KRALJIC_ASSESSMENT: return createKraljicAssessment();
			case KamPackage.PURCHASE_CATEGORY: return createPurchaseCategory();
			case KamPackage.KRALJIC_FACTOR_SCORE: return createKraljicFactorScore();
			case KamPackage.SUPPLIER_PREFERENCING: return createSupplierPreferencing();
			case KamPackage.ACCOUNT_PLAN: return createAccountPlan();
			case KamPackage.SWOT_ITEM: return createSwotItem();
			case KamPackage.OBJECTIVE: return createObjective();
			case KamPackage.STRATEGY: return createStrategy();
			case KamPackage.ACTION: return createAction();
			case KamPackage.REVENUE_TARGET: return createRevenueTarget();
			case KamPackage.RISK: return createRisk();
			case KamPackage.PLAN_REVIEW: return createPlanReview();
			case KamPackage.PERIOD_RESULT: return createPeriodResult();
			case KamPackage.INDIRECT_REVENUE: return createIndirectRevenue();
			case KamPackage.UNIT_CREDIT: return createUnitCredit();
			case KamPackage.KNOWLEDGE_NOTE: return createKnowledgeNote();
			case KamPackage.LIFETIME_VALUE_INPUTS: return createLifetimeValueInputs();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case KamPackage.ACCOUNT_STATUS:
				return createAccountStatusFromString(eDataType, initialValue);
			case KamPackage.DECISION_LEVEL:
				return createDecisionLevelFromString(eDataType, initialValue);
			case KamPackage.PURCHASING_COORDINATION:
				return createPurchasingCoordinationFromString(eDataType, initialValue);
			case KamPackage.AXIS:
				return createAxisFromString(eDataType, initialValue);
			case KamPackage.SCALE_DIRECTION:
				return createScaleDirectionFromString(eDataType, initialValue);
			case KamPackage.CRITERION_KIND:
				return createCriterionKindFromString(eDataType, initialValue);
			case KamPackage.SCALE_KIND:
				return createScaleKindFromString(eDataType, initialValue);
			case KamPackage.BUYING_ROLE:
				return createBuyingRoleFromString(eDataType, initialValue);
			case KamPackage.ATTITUDE:
				return createAttitudeFromString(eDataType, initialValue);
			case KamPackage.KRALJIC_DIMENSION:
				return createKraljicDimensionFromString(eDataType, initialValue);
			case KamPackage.PLAN_STATUS:
				return createPlanStatusFromString(eDataType, initialValue);
			case KamPackage.OBJECTIVE_STATUS:
				return createObjectiveStatusFromString(eDataType, initialValue);
			case KamPackage.ACTION_STATUS:
				return createActionStatusFromString(eDataType, initialValue);
			case KamPackage.SWOT_KIND:
				return createSwotKindFromString(eDataType, initialValue);
			case KamPackage.THRESHOLD_SIDE:
				return createThresholdSideFromString(eDataType, initialValue);
			case KamPackage.DATE:
				return createDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case KamPackage.ACCOUNT_STATUS:
				return convertAccountStatusToString(eDataType, instanceValue);
			case KamPackage.DECISION_LEVEL:
				return convertDecisionLevelToString(eDataType, instanceValue);
			case KamPackage.PURCHASING_COORDINATION:
				return convertPurchasingCoordinationToString(eDataType, instanceValue);
			case KamPackage.AXIS:
				return convertAxisToString(eDataType, instanceValue);
			case KamPackage.SCALE_DIRECTION:
				return convertScaleDirectionToString(eDataType, instanceValue);
			case KamPackage.CRITERION_KIND:
				return convertCriterionKindToString(eDataType, instanceValue);
			case KamPackage.SCALE_KIND:
				return convertScaleKindToString(eDataType, instanceValue);
			case KamPackage.BUYING_ROLE:
				return convertBuyingRoleToString(eDataType, instanceValue);
			case KamPackage.ATTITUDE:
				return convertAttitudeToString(eDataType, instanceValue);
			case KamPackage.KRALJIC_DIMENSION:
				return convertKraljicDimensionToString(eDataType, instanceValue);
			case KamPackage.PLAN_STATUS:
				return convertPlanStatusToString(eDataType, instanceValue);
			case KamPackage.OBJECTIVE_STATUS:
				return convertObjectiveStatusToString(eDataType, instanceValue);
			case KamPackage.ACTION_STATUS:
				return convertActionStatusToString(eDataType, instanceValue);
			case KamPackage.SWOT_KIND:
				return convertSwotKindToString(eDataType, instanceValue);
			case KamPackage.THRESHOLD_SIDE:
				return convertThresholdSideToString(eDataType, instanceValue);
			case KamPackage.DATE:
				return convertDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Portfolio createPortfolio() {
		PortfolioImpl portfolio = new PortfolioImpl();
		return portfolio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnalysisSettings createAnalysisSettings() {
		AnalysisSettingsImpl analysisSettings = new AnalysisSettingsImpl();
		return analysisSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person createPerson() {
		PersonImpl person = new PersonImpl();
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationUnit createOrganisationUnit() {
		OrganisationUnitImpl organisationUnit = new OrganisationUnitImpl();
		return organisationUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Offering createOffering() {
		OfferingImpl offering = new OfferingImpl();
		return offering;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Competitor createCompetitor() {
		CompetitorImpl competitor = new CompetitorImpl();
		return competitor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reseller createReseller() {
		ResellerImpl reseller = new ResellerImpl();
		return reseller;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scale createScale() {
		ScaleImpl scale = new ScaleImpl();
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleLevel createScaleLevel() {
		ScaleLevelImpl scaleLevel = new ScaleLevelImpl();
		return scaleLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriteriaSet createCriteriaSet() {
		CriteriaSetImpl criteriaSet = new CriteriaSetImpl();
		return criteriaSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Criterion createCriterion() {
		CriterionImpl criterion = new CriterionImpl();
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Score createScore() {
		ScoreImpl score = new ScoreImpl();
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Account createAccount() {
		AccountImpl account = new AccountImpl();
		return account;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountUnit createAccountUnit() {
		AccountUnitImpl accountUnit = new AccountUnitImpl();
		return accountUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact createContact() {
		ContactImpl contact = new ContactImpl();
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationshipLink createRelationshipLink() {
		RelationshipLinkImpl relationshipLink = new RelationshipLinkImpl();
		return relationshipLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountTeamMember createAccountTeamMember() {
		AccountTeamMemberImpl accountTeamMember = new AccountTeamMemberImpl();
		return accountTeamMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompetitorPosition createCompetitorPosition() {
		CompetitorPositionImpl competitorPosition = new CompetitorPositionImpl();
		return competitorPosition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KraljicAssessment createKraljicAssessment() {
		KraljicAssessmentImpl kraljicAssessment = new KraljicAssessmentImpl();
		return kraljicAssessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PurchaseCategory createPurchaseCategory() {
		PurchaseCategoryImpl purchaseCategory = new PurchaseCategoryImpl();
		return purchaseCategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KraljicFactorScore createKraljicFactorScore() {
		KraljicFactorScoreImpl kraljicFactorScore = new KraljicFactorScoreImpl();
		return kraljicFactorScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupplierPreferencing createSupplierPreferencing() {
		SupplierPreferencingImpl supplierPreferencing = new SupplierPreferencingImpl();
		return supplierPreferencing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountPlan createAccountPlan() {
		AccountPlanImpl accountPlan = new AccountPlanImpl();
		return accountPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwotItem createSwotItem() {
		SwotItemImpl swotItem = new SwotItemImpl();
		return swotItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Objective createObjective() {
		ObjectiveImpl objective = new ObjectiveImpl();
		return objective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Strategy createStrategy() {
		StrategyImpl strategy = new StrategyImpl();
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Action createAction() {
		ActionImpl action = new ActionImpl();
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RevenueTarget createRevenueTarget() {
		RevenueTargetImpl revenueTarget = new RevenueTargetImpl();
		return revenueTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Risk createRisk() {
		RiskImpl risk = new RiskImpl();
		return risk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanReview createPlanReview() {
		PlanReviewImpl planReview = new PlanReviewImpl();
		return planReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PeriodResult createPeriodResult() {
		PeriodResultImpl periodResult = new PeriodResultImpl();
		return periodResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndirectRevenue createIndirectRevenue() {
		IndirectRevenueImpl indirectRevenue = new IndirectRevenueImpl();
		return indirectRevenue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnitCredit createUnitCredit() {
		UnitCreditImpl unitCredit = new UnitCreditImpl();
		return unitCredit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KnowledgeNote createKnowledgeNote() {
		KnowledgeNoteImpl knowledgeNote = new KnowledgeNoteImpl();
		return knowledgeNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifetimeValueInputs createLifetimeValueInputs() {
		LifetimeValueInputsImpl lifetimeValueInputs = new LifetimeValueInputsImpl();
		return lifetimeValueInputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccountStatus createAccountStatusFromString(EDataType eDataType, String initialValue) {
		AccountStatus result = AccountStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAccountStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DecisionLevel createDecisionLevelFromString(EDataType eDataType, String initialValue) {
		DecisionLevel result = DecisionLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDecisionLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PurchasingCoordination createPurchasingCoordinationFromString(EDataType eDataType, String initialValue) {
		PurchasingCoordination result = PurchasingCoordination.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPurchasingCoordinationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Axis createAxisFromString(EDataType eDataType, String initialValue) {
		Axis result = Axis.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAxisToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScaleDirection createScaleDirectionFromString(EDataType eDataType, String initialValue) {
		ScaleDirection result = ScaleDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScaleDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CriterionKind createCriterionKindFromString(EDataType eDataType, String initialValue) {
		CriterionKind result = CriterionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCriterionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScaleKind createScaleKindFromString(EDataType eDataType, String initialValue) {
		ScaleKind result = ScaleKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScaleKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BuyingRole createBuyingRoleFromString(EDataType eDataType, String initialValue) {
		BuyingRole result = BuyingRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBuyingRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Attitude createAttitudeFromString(EDataType eDataType, String initialValue) {
		Attitude result = Attitude.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAttitudeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KraljicDimension createKraljicDimensionFromString(EDataType eDataType, String initialValue) {
		KraljicDimension result = KraljicDimension.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKraljicDimensionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanStatus createPlanStatusFromString(EDataType eDataType, String initialValue) {
		PlanStatus result = PlanStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ObjectiveStatus createObjectiveStatusFromString(EDataType eDataType, String initialValue) {
		ObjectiveStatus result = ObjectiveStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertObjectiveStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionStatus createActionStatusFromString(EDataType eDataType, String initialValue) {
		ActionStatus result = ActionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SwotKind createSwotKindFromString(EDataType eDataType, String initialValue) {
		SwotKind result = SwotKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSwotKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ThresholdSide createThresholdSideFromString(EDataType eDataType, String initialValue) {
		ThresholdSide result = ThresholdSide.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertThresholdSideToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createDate(final String it) {
		return it == null || it.isBlank() ? null : java.time.LocalDate.parse(it.strip());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createDateFromString(EDataType eDataType, String initialValue) {
		return createDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDateToString(EDataType eDataType, Object instanceValue) {
		return convertDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KamPackage getKamPackage() {
		return (KamPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static KamPackage getPackage() {
		return KamPackage.eINSTANCE;
	}

} //KamFactoryImpl
