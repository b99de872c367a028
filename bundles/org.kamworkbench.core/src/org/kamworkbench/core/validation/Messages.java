package org.kamworkbench.core.validation;

import org.eclipse.osgi.util.NLS;

/** What validation tells the user, in English and Dutch. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.core.validation.messages"; //$NON-NLS-1$

	public static String Label_named;
	public static String Label_unnamed;
	public static String Axis_attractiveness;
	public static String Axis_relativeStrength;
	public static String Validation_weightTotal;
	public static String Validation_criterionScale;
	public static String Validation_scoreOutOfScale;
	public static String Validation_computationNotInstalled;
	public static String Validation_outOfRange;
	public static String Validation_belowMinimum;
	public static String Validation_notPositive;
	public static String Validation_boundsOrder;
	public static String Validation_periodOrder;
	public static String Validation_objectiveTarget;
	public static String Validation_objectiveDueDate;
	public static String Validation_actionOwner;
	public static String Validation_actionDueDate;
	public static String Validation_contactCycle;
	public static String Validation_teamCycle;
	public static String Validation_managerCycle;
	public static String Validation_levelNotOnScale;
	public static String Validation_levelWithoutScale;
	public static String Validation_scaleRelationshipStage;
	public static String Validation_scaleBuySell;
	public static String Validation_creditSplit;
	public static String Validation_identifierMissing;
	public static String Validation_identifierDuplicate;
	public static String Validation_referenceRequired;
	public static String Validation_referenceDangling;
	public static String Validation_referenceOtherAccount;
	public static String Validation_referenceOtherPlan;
	public static String Type_Portfolio;
	public static String Type_AnalysisSettings;
	public static String Type_Person;
	public static String Type_OrganisationUnit;
	public static String Type_Offering;
	public static String Type_Competitor;
	public static String Type_Reseller;
	public static String Type_Scale;
	public static String Type_ScaleLevel;
	public static String Type_CriteriaSet;
	public static String Type_Criterion;
	public static String Type_Score;
	public static String Type_Account;
	public static String Type_AccountUnit;
	public static String Type_Contact;
	public static String Type_RelationshipLink;
	public static String Type_AccountTeamMember;
	public static String Type_CompetitorPosition;
	public static String Type_KraljicAssessment;
	public static String Type_PurchaseCategory;
	public static String Type_KraljicFactorScore;
	public static String Type_SupplierPreferencing;
	public static String Type_AccountPlan;
	public static String Type_SwotItem;
	public static String Type_Objective;
	public static String Type_Strategy;
	public static String Type_Action;
	public static String Type_RevenueTarget;
	public static String Type_Risk;
	public static String Type_PlanReview;
	public static String Type_PeriodResult;
	public static String Type_IndirectRevenue;
	public static String Type_UnitCredit;
	public static String Type_KnowledgeNote;
	public static String Type_LifetimeValueInputs;
	public static String Feature_ourWillingnessToInvest;
	public static String Feature_theirWillingnessToInvest;
	public static String Feature_ourInternationalisation;
	public static String Feature_theirInternationalisation;
	public static String Feature_localImportance;
	public static String Feature_localCommitment;
	public static String Feature_valueToUs;
	public static String Feature_attractivenessToUs;
	public static String Feature_influence;
	public static String Feature_strength;
	public static String Feature_likelihood;
	public static String Feature_impact;
	public static String Feature_value;
	public static String Feature_weight;
	public static String Feature_ourSharePercent;
	public static String Feature_shareOfWalletPercent;
	public static String Feature_timeCommitmentPercent;
	public static String Feature_attributionSharePercent;
	public static String Feature_sharePercent;
	public static String Feature_marginPercent;
	public static String Feature_retentionRatePercent;
	public static String Feature_discountRatePercent;
	public static String Feature_horizonYears;
	public static String Feature_attractivenessThreshold;
	public static String Feature_strengthThreshold;
	public static String Feature_kraljicProfitImpactThreshold;
	public static String Feature_kraljicSupplyRiskThreshold;
	public static String Feature_preferencingValueThreshold;
	public static String Feature_preferencingAttractivenessThreshold;
	public static String Feature_keyAccountSelectionThreshold;
	public static String Feature_balanceTolerance;
	public static String Feature_weightTotal;
	public static String Feature_stalenessDays;
	public static String Feature_contactStalenessDays;
	public static String Feature_minimumKeyAccounts;
	public static String Feature_maximumKeyAccounts;
	public static String Feature_minimumCriteriaPerAxis;
	public static String Feature_maximumCriteriaPerAxis;
	public static String Feature_sensitivityRuns;
	public static String Feature_sensitivityWeightVariationPercent;
	public static String Feature_relationshipStage;
	public static String Feature_currentBuySellLevel;
	public static String Feature_desiredBuySellLevel;
	public static String Feature_activeCriteriaSet;
	public static String Feature_relationshipStageScale;
	public static String Feature_buySellScale;
	public static String Feature_unit;
	public static String Feature_manager;
	public static String Feature_supersedes;
	public static String Feature_criterion;
	public static String Feature_scoredBy;
	public static String Feature_keyAccountManager;
	public static String Feature_executiveSponsor;
	public static String Feature_customerSponsor;
	public static String Feature_owningUnit;
	public static String Feature_ourUnit;
	public static String Feature_localAccountManager;
	public static String Feature_reportsTo;
	public static String Feature_owner;
	public static String Feature_ourPerson;
	public static String Feature_contact;
	public static String Feature_person;
	public static String Feature_accountUnit;
	public static String Feature_localManager;
	public static String Feature_competitor;
	public static String Feature_reseller;
	public static String Feature_assessedBy;
	public static String Feature_offerings;
	public static String Feature_offering;
	public static String Feature_author;
	public static String Feature_objectives;
	public static String Feature_objective;
	public static String Feature_strategy;
	public static String Feature_reviewedBy;
	public static String Feature_preparedBy;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/**
	 * The text of {@code key}, for names looked up by the model's own names ({@code Type_<EClass>},
	 * {@code Feature_<feature>}); {@code null} when there is no such text.
	 */
	static String lookup(String key) {
		try {
			return Messages.class.getField(key).get(null) instanceof String text ? text : null;
		} catch (ReflectiveOperationException | SecurityException e) {
			return null;
		}
	}
}
