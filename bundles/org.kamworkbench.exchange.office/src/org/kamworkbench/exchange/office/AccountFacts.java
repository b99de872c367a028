package org.kamworkbench.exchange.office;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.kamworkbench.core.Thresholds;
import org.kamworkbench.core.balance.BalanceVerdict;
import org.kamworkbench.core.exchange.ExportRequest;
import org.kamworkbench.core.kraljic.KraljicClassifier;
import org.kamworkbench.core.kraljic.KraljicClassifier.Placement;
import org.kamworkbench.core.kraljic.KraljicQuadrant;
import org.kamworkbench.core.results.AccountResults;
import org.kamworkbench.core.results.PeriodFigures;
import org.kamworkbench.core.results.ResultsAnalysis;
import org.kamworkbench.core.results.YearResults;
import org.kamworkbench.core.selection.PortfolioMatrix;
import org.kamworkbench.core.selection.PortfolioPosition;
import org.kamworkbench.core.selection.PortfolioQuadrant;
import org.kamworkbench.exchange.office.AccountPlanReport.Fact;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.NamedElement;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.PurchaseCategory;

/** The account's side of the document: overview, balance, key figures, the two matrices and the results chart. */
final class AccountFacts {

	private static final float POINT = 7;
	private static final float SUBJECT = 12;
	private static final float SMALLEST_BUBBLE = 8;
	private static final float LARGEST_BUBBLE = 30;

	private final Account account;
	private final Portfolio portfolio;
	private final AnalysisSettings settings;
	private final Wording wording;
	private final BalanceVerdict balance;
	private final PortfolioPosition position;
	private final AccountResults results;

	AccountFacts(ExportRequest request, Wording wording) {
		this.account = request.account();
		this.portfolio = request.portfolio();
		this.settings = Thresholds.of(portfolio);
		this.wording = wording;
		this.balance = BalanceVerdict.judge(account, settings);
		this.position = PortfolioMatrix.place(portfolio, account);
		this.results = ResultsAnalysis.analyse(account);
	}

	List<Fact> overview() {
		List<Fact> facts = new ArrayList<>();
		facts.add(fact(Messages.Fact_status, wording.of("AccountStatus", account.getStatus()))); //$NON-NLS-1$
		facts.add(fact(Messages.Fact_sectorCountry, String.join(", ", //$NON-NLS-1$
				List.of(orUnknown(account.getSector()), orUnknown(account.getCountry())))));
		facts.add(fact(Messages.Fact_keyAccountManager, name(account.getKeyAccountManager())));
		facts.add(fact(Messages.Fact_executiveSponsor, name(account.getExecutiveSponsor())));
		facts.add(fact(Messages.Fact_customerSponsor, name(account.getCustomerSponsor())));
		facts.add(fact(Messages.Fact_relationshipStage, name(account.getRelationshipStage())));
		facts.add(fact(Messages.Fact_buySell,
				name(account.getCurrentBuySellLevel()) + " / " + name(account.getDesiredBuySellLevel()))); //$NON-NLS-1$
		facts.add(quadrant());
		facts.addAll(kraljicVerdicts());
		return facts;
	}

	/** Where the account lies in the portfolio matrix, with its scores. */
	Fact quadrant() {
		return fact(Messages.Fact_quadrant, position.quadrant()
				.map(quadrant -> wording.text(Messages.Quadrant_placed, wording.of("Portfolio", quadrant), //$NON-NLS-1$
						score(position.scores().attractiveness().score()),
						score(position.scores().relativeStrength().score())))
				.orElse(wording.text(Messages.Unknown)));
	}

	/** How the customer sees us, and the balance verdict. */
	List<Fact> kraljicVerdicts() {
		return List.of(fact(Messages.Fact_keySupplier, wording.of("KeySupplier", balance.customerView().outcome())), //$NON-NLS-1$
				fact(Messages.Fact_balance, balance()));
	}

	/** The balance verdict, e.g. "Balanced partnership". */
	String balance() {
		return wording.of("Balance", balance.balance()); //$NON-NLS-1$
	}

	/** How the customer sees us, then the balance and its checks, as the account editor lists them. */
	List<String> balanceReasons() {
		List<String> reasons = new ArrayList<>(balance.customerView().reasons());
		reasons.addAll(balance.messages());
		return reasons;
	}

	/** Revenue, target, achievement and profit of the last year with results. */
	List<Fact> keyFigures() {
		if (results.years().isEmpty()) {
			return List.of(fact(Messages.Figure_revenue, wording.text(Messages.Figure_none), ""), //$NON-NLS-1$
					fact(Messages.Figure_profit, wording.text(Messages.Figure_none), "")); //$NON-NLS-1$
		}
		YearResults last = results.years().get(results.years().size() - 1);
		String year = Integer.toString(last.year());
		String currency = results.currency();
		List<Fact> figures = new ArrayList<>();
		figures.add(fact(Messages.Figure_revenue, wording.money(currency, last.totals().totalRevenue()), year));
		if (last.totals().revenue().hasTarget()) {
			figures.add(fact(Messages.Figure_target, wording.money(currency, last.totals().revenue().target()), year));
			last.totals().revenue().percentAchieved().ifPresent(share -> figures
					.add(fact(Messages.Figure_achieved, wording.text(Messages.Results_achieved, wording.decimal(share)))));
		}
		figures.add(fact(Messages.Figure_profit, wording.money(currency, last.totals().profitContribution()), year));
		return figures;
	}

	/** Every placed account of the portfolio, this one highlighted. */
	QuadrantPicture portfolioMatrix() {
		List<QuadrantPicture.Point> points = new ArrayList<>();
		for (PortfolioPosition placed : PortfolioMatrix.place(portfolio)) {
			if (placed.quadrant().isPresent()) {
				boolean subject = placed.account() == account;
				points.add(new QuadrantPicture.Point(placed.account().getName(),
						placed.scores().relativeStrength().score().getAsDouble(),
						placed.scores().attractiveness().score().getAsDouble(), subject ? SUBJECT : POINT, subject));
			}
		}
		boolean highOnLeft = settings.isStrengthHighOnLeft();
		return new QuadrantPicture(
				wording.text(highOnLeft ? Messages.Matrix_strengthHighOnLeft : Messages.Matrix_strengthHighOnRight),
				wording.text(Messages.Matrix_attractiveness), settings.getStrengthThreshold(),
				settings.getAttractivenessThreshold(), highOnLeft,
				List.of(wording.of("Portfolio", PortfolioQuadrant.STRATEGIC), //$NON-NLS-1$
						wording.of("Portfolio", PortfolioQuadrant.STAR), //$NON-NLS-1$
						wording.of("Portfolio", PortfolioQuadrant.STATUS), //$NON-NLS-1$
						wording.of("Portfolio", PortfolioQuadrant.STREAMLINE)), //$NON-NLS-1$
				points, position.quadrant().isPresent() ? null
						: wording.text(Messages.Matrix_notPlaced, account.getName()));
	}

	/** The customer's purchase categories, sized by spend, the ones with our offerings highlighted. */
	QuadrantPicture kraljicMatrix() {
		List<Placement> placements = new KraljicClassifier(settings).classify(account);
		double largest = placements.stream().mapToDouble(p -> p.category().getSpend()).max().orElse(0);
		List<QuadrantPicture.Point> points = new ArrayList<>();
		for (Placement placement : placements) {
			if (placement.isPlaced()) {
				PurchaseCategory category = placement.category();
				float size = largest <= 0 ? SMALLEST_BUBBLE : (float) (SMALLEST_BUBBLE
						+ (LARGEST_BUBBLE - SMALLEST_BUBBLE) * Math.sqrt(Math.max(0, category.getSpend()) / largest));
				points.add(new QuadrantPicture.Point(category.getName(), placement.supplyRisk().getAsDouble(),
						placement.profitImpact().getAsDouble(), size, !category.getOfferings().isEmpty()));
			}
		}
		return new QuadrantPicture(wording.text(Messages.Kraljic_supplyRisk), wording.text(Messages.Kraljic_profitImpact),
				settings.getKraljicSupplyRiskThreshold(), settings.getKraljicProfitImpactThreshold(), false,
				List.of(wording.of("Kraljic", KraljicQuadrant.STRATEGIC), //$NON-NLS-1$
						wording.of("Kraljic", KraljicQuadrant.LEVERAGE), //$NON-NLS-1$
						wording.of("Kraljic", KraljicQuadrant.BOTTLENECK), //$NON-NLS-1$
						wording.of("Kraljic", KraljicQuadrant.NON_CRITICAL)), //$NON-NLS-1$
				points, account.getKraljicAssessment() == null ? wording.text(Messages.Kraljic_none) : null);
	}

	/** The categories that lack factor scores, or empty. */
	String kraljicNote() {
		List<String> unplaced = new KraljicClassifier(settings).classify(account).stream()
				.filter(placement -> !placement.isPlaced()).map(placement -> placement.category().getName()).toList();
		return unplaced.isEmpty() ? "" : wording.text(Messages.Kraljic_notPlaced, String.join(", ", unplaced)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	ResultsPicture results() {
		List<ResultsPicture.Period> periods = new ArrayList<>();
		for (PeriodFigures period : results.periods()) {
			periods.add(new ResultsPicture.Period(period.label(), period.revenue().target(), period.totalRevenue()));
		}
		return new ResultsPicture(periods, wording.text(Messages.Results_target), wording.text(Messages.Results_actual),
				wording.text(Messages.Results_axis, results.currency()), wording::decimal,
				share -> wording.text(Messages.Results_achieved, wording.whole(share)),
				periods.isEmpty() ? wording.text(Messages.Results_none) : null);
	}

	private Fact fact(String key, String value, Object... arguments) {
		return new Fact(wording.text(key, arguments).strip(), value);
	}

	private String score(OptionalDouble score) {
		return score.isPresent() ? wording.decimal(score.getAsDouble()) : wording.text(Messages.Unknown);
	}

	private String name(NamedElement element) {
		return element == null ? wording.text(Messages.NotSet) : orUnknown(element.getName());
	}

	private String orUnknown(String text) {
		return text == null || text.isBlank() ? wording.text(Messages.NotSet) : text;
	}
}
