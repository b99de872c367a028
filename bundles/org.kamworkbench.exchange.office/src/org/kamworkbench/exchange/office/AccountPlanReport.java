package org.kamworkbench.exchange.office;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kamworkbench.core.exchange.ExportRequest;
import org.kamworkbench.core.plan.PlanHealth;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.SwotItem;
import org.kamworkbench.kam.SwotKind;

/**
 * What an account-plan document says, whatever its format: the account overview and key figures, the
 * portfolio and Kraljic matrices, the SWOT, the objectives and actions and the results chart, every text in
 * the request's language and every figure from the core analyses. The PDF and PowerPoint exporters only lay it
 * out.
 *
 * @param wording           the document's language
 * @param title             e.g. "Account plan Brouwer Foods Group"
 * @param plan              the plan's name and period, or that there is none
 * @param preparedBy        our organisation and the reference date
 * @param vision            the plan's vision, or empty
 * @param overview          status, people, stage and verdicts
 * @param portfolioFacts    what the portfolio matrix says about the account
 * @param kraljicFacts      what the Kraljic check says: the customer's view of us and the balance
 * @param balance           the balance verdict
 * @param balanceReasons    the sentences behind the balance verdict (empty when the analyses speak another
 *                          language than the document, so that a document never mixes two)
 * @param keyFigures        revenue, target, profit, plan completeness, open actions
 * @param portfolioMatrix   the portfolio matrix with the account highlighted
 * @param kraljicMatrix     the customer's purchase categories, ours highlighted
 * @param kraljicNote       categories that could not be placed, or empty
 * @param swot              the plan's SWOT items per kind, in the order of {@link SwotKind}
 * @param objectives        the plan's objectives
 * @param actions           the plan's actions, overdue ones marked
 * @param results           target against actual revenue per period
 */
record AccountPlanReport(Wording wording, String title, String plan, String preparedBy, String vision,
		List<Fact> overview, List<Fact> portfolioFacts, List<Fact> kraljicFacts, String balance, List<String> balanceReasons, List<Fact> keyFigures, QuadrantPicture portfolioMatrix,
		QuadrantPicture kraljicMatrix, String kraljicNote, Map<SwotKind, List<String>> swot, Table objectives,
		Table actions, ResultsPicture results) {

	/** A labelled value of the overview or the key figures. */
	record Fact(String label, String value) {
	}

	/**
	 * A table: its column headers, its rows, and for each row a remark (e.g. "overdue by 3 days") that marks it,
	 * or {@code null}.
	 */
	record Table(List<String> headers, List<List<String>> rows, List<String> remarks) {
		Table {
			headers = List.copyOf(headers);
			rows = List.copyOf(rows);
			remarks = java.util.Collections.unmodifiableList(new ArrayList<>(remarks));
		}
	}

	/** The document for {@code request}, which must name an account. */
	static AccountPlanReport of(ExportRequest request) {
		Account account = request.account();
		if (account == null) {
			throw new IllegalArgumentException("an account plan needs an account"); //$NON-NLS-1$
		}
		Wording wording = new Wording(request.locale());
		AccountPlan plan = currentPlan(account);
		AccountFacts facts = new AccountFacts(request, wording);
		PlanTables tables = new PlanTables(plan, request.asOf(), wording);
		String planLine = plan == null ? wording.text(Messages.Document_noPlan)
				: plan.getPeriodStart() == null || plan.getPeriodEnd() == null ? plan.getName()
						: wording.text(Messages.Document_plan, plan.getName(), wording.date(plan.getPeriodStart()),
								wording.date(plan.getPeriodEnd()));
		String organisation = request.portfolio().getOrganisationName() == null ? "" //$NON-NLS-1$
				: request.portfolio().getOrganisationName();
		List<Fact> keyFigures = new ArrayList<>(facts.keyFigures());
		if (plan != null) {
			PlanHealth health = PlanHealth.assess(plan, request.asOf());
			keyFigures.add(new Fact(wording.text(Messages.Fact_planHealth),
					wording.text(Messages.Figure_planHealthValue, health.score(), PlanHealth.checkCount())));
			keyFigures.add(new Fact(wording.text(Messages.Figure_openActions), tables.openActions()));
		}
		return new AccountPlanReport(wording, wording.text(Messages.Document_title, account.getName()), planLine,
				wording.text(Messages.Document_preparedBy, organisation, wording.date(request.asOf())),
				plan == null || plan.getVision() == null ? "" : plan.getVision(), //$NON-NLS-1$
				facts.overview(), List.of(facts.quadrant()), facts.kraljicVerdicts(), facts.balance(), sameLanguage(request.locale()) ? facts.balanceReasons() : List.of(), keyFigures,
				facts.portfolioMatrix(), facts.kraljicMatrix(), facts.kraljicNote(), swot(plan),
				tables.objectives(), tables.actions(), facts.results());
	}

	/**
	 * The plan the account works to: the one with the latest period, as the account editor shows it first
	 * (plans without a period after dated ones, a later one in the file before an earlier one).
	 */
	static AccountPlan currentPlan(Account account) {
		List<AccountPlan> plans = new ArrayList<>(account.getPlans());
		java.util.Collections.reverse(plans);
		return plans.stream().max(Comparator.comparing(AccountPlan::getPeriodStart,
				Comparator.nullsFirst(Comparator.naturalOrder()))).orElse(null);
	}

	/** The analyses' sentences are in the language the platform started in (NLS); they fit only documents in it. */
	private static boolean sameLanguage(Locale locale) {
		return Locale.getDefault().getLanguage().equals(locale.getLanguage());
	}

	private static Map<SwotKind, List<String>> swot(AccountPlan plan) {
		Map<SwotKind, List<String>> swot = new LinkedHashMap<>();
		for (SwotKind kind : SwotKind.VALUES) {
			swot.put(kind, plan == null ? List.of()
					: plan.getSwot().stream().filter(item -> item.getKind() == kind).map(SwotItem::getText)
							.filter(text -> text != null && !text.isBlank()).toList());
		}
		return swot;
	}
}
