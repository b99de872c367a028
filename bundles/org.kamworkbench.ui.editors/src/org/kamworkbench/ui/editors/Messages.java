package org.kamworkbench.ui.editors;

import org.eclipse.osgi.util.NLS;

/** The editors' texts, in English and Dutch. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.kamworkbench.ui.editors.messages"; //$NON-NLS-1$

	public static String Unknown;
	public static String Overview_tab;
	public static String Overview_title;
	public static String Overview_portfolio;
	public static String Overview_counts;
	public static String Overview_keyAccounts;
	public static String Overview_alerts;
	public static String Alert_selection;
	public static String Alert_centralLocal;
	public static String Alert_coverage;
	public static String Selection_tab;
	public static String Selection_title;
	public static String Selection_criteria;
	public static String Selection_scores;
	public static String Selection_rationale;
	public static String Selection_scaleRange;
	public static String Selection_notANumber;
	public static String Selection_outOfScale;
	public static String Matrix_tab;
	public static String Matrix_title;
	public static String Matrix_attractiveness;
	public static String Matrix_tooltip;
	public static String Accounts_tab;
	public static String Accounts_title;
	public static String Accounts_filter;
	public static String Column_account;
	public static String Column_status;
	public static String Column_quadrant;
	public static String Column_balance;
	public static String Column_manager;
	public static String Column_criterion;
	public static String Column_axis;
	public static String Column_weight;
	public static String Column_scale;
	public static String Column_direction;
	public static String Column_kind;
	public static String Column_message;
	public static String Column_attractiveness;
	public static String Column_strength;
	public static String AccountOverview_tab;
	public static String AccountOverview_general;
	public static String AccountOverview_balance;
	public static String AccountOverview_figures;
	public static String AccountOverview_verdict;
	public static String AccountOverview_lastYear;
	public static String AccountOverview_lifetimeValue;
	public static String AccountOverview_noFigures;
	public static String Field_name;
	public static String Field_status;
	public static String Field_keyAccountManager;
	public static String Field_executiveSponsor;
	public static String Field_relationshipStage;
	public static String Field_buySellNow;
	public static String Field_buySellDesired;
	public static String Kraljic_tab;
	public static String Kraljic_title;
	public static String Kraljic_matrix;
	public static String Kraljic_supplyRisk;
	public static String Kraljic_profitImpact;
	public static String Kraljic_dragHint;
	public static String Kraljic_preferencing;
	public static String Kraljic_valueToUs;
	public static String Kraljic_attractivenessToUs;
	public static String Kraljic_categories;
	public static String Kraljic_moveCommand;
	public static String Kraljic_placedFactor;
	public static String Kraljic_badFactorValue;
	public static String Column_category;
	public static String Column_spend;
	public static String Column_ourOfferings;
	public static String Column_profitImpact;
	public static String Column_supplyRisk;
	public static String Column_dimension;
	public static String Column_factor;
	public static String Column_value;
	public static String Explorer_status;
	public static String Explorer_description;
	public static String Explorer_open;
	public static String NewPortfolio_windowTitle;
	public static String NewPortfolio_pageTitle;
	public static String NewPortfolio_pageDescription;
	public static String NewPortfolio_fileName;
	public static String NewPortfolio_start;
	public static String NewPortfolio_empty;
	public static String NewPortfolio_portfolioName;
	public static String NewPortfolio_organisationName;
	public static String NewPortfolio_example;
	public static String NewPortfolio_noPortfolioName;
	public static String NewPortfolio_noOrganisationName;
	public static String NewPortfolio_notOnDisk;
	public static String NewPortfolio_failedTitle;
	public static String NewPortfolio_failed;
	public static String Starter_stages;
	public static String Starter_stage1;
	public static String Starter_stage2;
	public static String Starter_stage3;
	public static String Starter_stage4;
	public static String Starter_stage5;
	public static String Starter_buySell;
	public static String Starter_buySellDescription;
	public static String Starter_buySell1;
	public static String Starter_buySell2;
	public static String Starter_buySell3;
	public static String Starter_buySell4;
	public static String Starter_buySell5;
	public static String Starter_criteriaSet;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
