package org.kamworkbench.exchange.csv;

import static org.kamworkbench.exchange.csv.CsvField.ID;
import static org.kamworkbench.exchange.csv.CsvField.PERIOD;

import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KamPackage.Literals;
import org.kamworkbench.kam.PeriodResult;

/**
 * Result records: an account's results for one period, found by {@code id} or else by period and customer unit
 * (no unit: the whole group). Amounts are in the portfolio's currency; revenue, targets and cost cannot be
 * negative, a profit contribution can.
 */
final class ResultRecords {

	private final ImportSession session;

	ResultRecords(ImportSession session) {
		this.session = session;
	}

	void read(Cells cells) {
		ImportPlan.Changes changes = session.plan().record(cells.line());
		Account account = session.account(cells, changes);
		String id = cells.text(ID);
		String period = cells.text(PERIOD);
		AccountUnit unit = null;
		PeriodResult result = null;
		if (account != null) {
			unit = session.accountUnit(cells, CsvField.UNIT_NAME, account);
			result = find(cells, account, id, period, unit);
		}
		boolean isNew = result == null && cells.ok();
		if (isNew && period.isEmpty()) {
			cells.problem(PERIOD, Messages.Value_newNeedsPeriod);
		}
		LocalDate start = cells.date(CsvField.PERIOD_START);
		LocalDate end = cells.date(CsvField.PERIOD_END);
		LocalDate effectiveStart = start != null || result == null ? start : result.getPeriodStart();
		LocalDate effectiveEnd = end != null || result == null ? end : result.getPeriodEnd();
		if (effectiveStart != null && effectiveEnd != null && effectiveEnd.isBefore(effectiveStart)) {
			cells.problem(CsvField.PERIOD_END, NLS.bind(Messages.Value_endBeforeStart, effectiveEnd, effectiveStart));
		}
		Double directRevenue = cells.number(CsvField.DIRECT_REVENUE, 0.0, null);
		Double costToServe = cells.number(CsvField.COST_TO_SERVE, 0.0, null);
		Double profit = cells.number(CsvField.PROFIT_CONTRIBUTION, null, null);
		Double revenueTarget = cells.number(CsvField.REVENUE_TARGET, 0.0, null);
		Double profitTarget = cells.number(CsvField.PROFIT_TARGET, null, null);
		if (result != null && session.isDuplicate(result, cells)) {
			result = null;
		}
		if (!session.finish(cells, changes)) {
			return;
		}
		changes.dependOn(unit == null ? null : session.index().creatorOf(unit));
		if (isNew) {
			PeriodResult created = KamFactory.eINSTANCE.createPeriodResult();
			created.setId(ImportSession.newId(id));
			created.setPeriodLabel(period);
			created.setAccountUnit(unit);
			session.index().created(created, account, changes);
			session.isDuplicate(created, cells);
			changes.add(() -> account.getResults().add(created));
			result = created;
		} else {
			if (!period.isEmpty()) {
				changes.set(result, Literals.PERIODIC__PERIOD_LABEL, period);
			}
			changes.set(result, Literals.PERIOD_RESULT__ACCOUNT_UNIT, unit);
		}
		changes.set(result, Literals.PERIODIC__PERIOD_START, start);
		changes.set(result, Literals.PERIODIC__PERIOD_END, end);
		changes.set(result, Literals.PERIOD_RESULT__DIRECT_REVENUE, directRevenue);
		changes.set(result, Literals.PERIOD_RESULT__COST_TO_SERVE, costToServe);
		changes.set(result, Literals.PERIOD_RESULT__PROFIT_CONTRIBUTION, profit);
		changes.set(result, Literals.PERIOD_RESULT__REVENUE_TARGET, revenueTarget);
		changes.set(result, Literals.PERIOD_RESULT__PROFIT_CONTRIBUTION_TARGET, profitTarget);
		changes.set(result, Literals.PERIOD_RESULT__COMMENT, AccountRecords.text(cells, CsvField.COMMENT));
	}

	private PeriodResult find(Cells cells, Account account, String id, String period, AccountUnit unit) {
		if (!id.isEmpty()) {
			return session.partById(cells, account, PeriodResult.class, id);
		}
		if (period.isEmpty() || !cells.ok()) {
			return null;
		}
		var found = session.index().results(account, period, unit);
		if (found.size() > 1) {
			cells.problem(PERIOD, NLS.bind(Messages.Value_ambiguous, found.size(), period));
			return null;
		}
		return found.isEmpty() ? null : found.get(0);
	}
}
