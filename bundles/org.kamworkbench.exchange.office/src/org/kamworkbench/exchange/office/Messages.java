package org.kamworkbench.exchange.office;

/**
 * The keys of the exports' texts in {@code messages.properties} (English) and {@code messages_nl.properties}.
 * An export is written in the language its request asks for, whichever language the workbench runs in, so the
 * texts are looked up per export by {@link Wording} rather than bound once into fields as {@code NLS} does.
 */
@SuppressWarnings("nls")
final class Messages {
	public static final String Document_title = "Document_title";
	public static final String Document_plan = "Document_plan";
	public static final String Document_noPlan = "Document_noPlan";
	public static final String Document_preparedBy = "Document_preparedBy";
	public static final String Document_page = "Document_page";
	public static final String Document_confidential = "Document_confidential";
	public static final String Section_overview = "Section_overview";
	public static final String Section_keyFigures = "Section_keyFigures";
	public static final String Section_balance = "Section_balance";
	public static final String Section_portfolioMatrix = "Section_portfolioMatrix";
	public static final String Section_kraljicMatrix = "Section_kraljicMatrix";
	public static final String Section_swot = "Section_swot";
	public static final String Section_objectives = "Section_objectives";
	public static final String Section_actions = "Section_actions";
	public static final String Section_results = "Section_results";
	public static final String Section_vision = "Section_vision";
	public static final String Fact_status = "Fact_status";
	public static final String Fact_keyAccountManager = "Fact_keyAccountManager";
	public static final String Fact_executiveSponsor = "Fact_executiveSponsor";
	public static final String Fact_customerSponsor = "Fact_customerSponsor";
	public static final String Fact_relationshipStage = "Fact_relationshipStage";
	public static final String Fact_buySell = "Fact_buySell";
	public static final String Fact_quadrant = "Fact_quadrant";
	public static final String Fact_keySupplier = "Fact_keySupplier";
	public static final String Fact_balance = "Fact_balance";
	public static final String Fact_planHealth = "Fact_planHealth";
	public static final String Fact_sectorCountry = "Fact_sectorCountry";
	public static final String Figure_revenue = "Figure_revenue";
	public static final String Figure_target = "Figure_target";
	public static final String Figure_achieved = "Figure_achieved";
	public static final String Figure_profit = "Figure_profit";
	public static final String Figure_openActions = "Figure_openActions";
	public static final String Figure_openActionsValue = "Figure_openActionsValue";
	public static final String Figure_planHealthValue = "Figure_planHealthValue";
	public static final String Figure_none = "Figure_none";
	public static final String Unknown = "Unknown";
	public static final String NotSet = "NotSet";
	public static final String Money = "Money";
	public static final String Quadrant_placed = "Quadrant_placed";
	public static final String Matrix_attractiveness = "Matrix_attractiveness";
	public static final String Matrix_strengthHighOnRight = "Matrix_strengthHighOnRight";
	public static final String Matrix_strengthHighOnLeft = "Matrix_strengthHighOnLeft";
	public static final String Matrix_notPlaced = "Matrix_notPlaced";
	public static final String Kraljic_profitImpact = "Kraljic_profitImpact";
	public static final String Kraljic_supplyRisk = "Kraljic_supplyRisk";
	public static final String Kraljic_none = "Kraljic_none";
	public static final String Kraljic_legendOurs = "Kraljic_legendOurs";
	public static final String Kraljic_legendOthers = "Kraljic_legendOthers";
	public static final String Kraljic_notPlaced = "Kraljic_notPlaced";
	public static final String Portfolio_STRATEGIC = "Portfolio_STRATEGIC";
	public static final String Portfolio_STAR = "Portfolio_STAR";
	public static final String Portfolio_STATUS = "Portfolio_STATUS";
	public static final String Portfolio_STREAMLINE = "Portfolio_STREAMLINE";
	public static final String Kraljic_STRATEGIC = "Kraljic_STRATEGIC";
	public static final String Kraljic_LEVERAGE = "Kraljic_LEVERAGE";
	public static final String Kraljic_BOTTLENECK = "Kraljic_BOTTLENECK";
	public static final String Kraljic_NON_CRITICAL = "Kraljic_NON_CRITICAL";
	public static final String KeySupplier_KEY_SUPPLIER_POSSIBLE = "KeySupplier_KEY_SUPPLIER_POSSIBLE";
	public static final String KeySupplier_NOT_KEY_SUPPLIER = "KeySupplier_NOT_KEY_SUPPLIER";
	public static final String KeySupplier_UNKNOWN = "KeySupplier_UNKNOWN";
	public static final String Balance_BALANCED_PARTNERSHIP = "Balance_BALANCED_PARTNERSHIP";
	public static final String Balance_WE_ARE_MORE_COMMITTED = "Balance_WE_ARE_MORE_COMMITTED";
	public static final String Balance_THEY_ARE_MORE_COMMITTED = "Balance_THEY_ARE_MORE_COMMITTED";
	public static final String Balance_NO_KEY_RELATIONSHIP = "Balance_NO_KEY_RELATIONSHIP";
	public static final String Balance_UNKNOWN = "Balance_UNKNOWN";
	public static final String AccountStatus_CANDIDATE = "AccountStatus_CANDIDATE";
	public static final String AccountStatus_KEY_ACCOUNT = "AccountStatus_KEY_ACCOUNT";
	public static final String AccountStatus_FORMER = "AccountStatus_FORMER";
	public static final String Swot_STRENGTH = "Swot_STRENGTH";
	public static final String Swot_WEAKNESS = "Swot_WEAKNESS";
	public static final String Swot_OPPORTUNITY = "Swot_OPPORTUNITY";
	public static final String Swot_THREAT = "Swot_THREAT";
	public static final String Swot_empty = "Swot_empty";
	public static final String ObjectiveStatus_NOT_STARTED = "ObjectiveStatus_NOT_STARTED";
	public static final String ObjectiveStatus_ON_TRACK = "ObjectiveStatus_ON_TRACK";
	public static final String ObjectiveStatus_AT_RISK = "ObjectiveStatus_AT_RISK";
	public static final String ObjectiveStatus_OFF_TRACK = "ObjectiveStatus_OFF_TRACK";
	public static final String ObjectiveStatus_ACHIEVED = "ObjectiveStatus_ACHIEVED";
	public static final String ObjectiveStatus_MISSED = "ObjectiveStatus_MISSED";
	public static final String ObjectiveStatus_CANCELLED = "ObjectiveStatus_CANCELLED";
	public static final String ActionStatus_OPEN = "ActionStatus_OPEN";
	public static final String ActionStatus_IN_PROGRESS = "ActionStatus_IN_PROGRESS";
	public static final String ActionStatus_BLOCKED = "ActionStatus_BLOCKED";
	public static final String ActionStatus_DONE = "ActionStatus_DONE";
	public static final String ActionStatus_CANCELLED = "ActionStatus_CANCELLED";
	public static final String Column_objective = "Column_objective";
	public static final String Column_metric = "Column_metric";
	public static final String Column_baseline = "Column_baseline";
	public static final String Column_target = "Column_target";
	public static final String Column_actual = "Column_actual";
	public static final String Column_due = "Column_due";
	public static final String Column_status = "Column_status";
	public static final String Column_owner = "Column_owner";
	public static final String Column_action = "Column_action";
	public static final String Action_overdue = "Action_overdue";
	public static final String Table_empty = "Table_empty";
	public static final String Results_target = "Results_target";
	public static final String Results_actual = "Results_actual";
	public static final String Results_axis = "Results_axis";
	public static final String Results_none = "Results_none";
	public static final String Results_achieved = "Results_achieved";

	private Messages() {
	}
}
