package org.kamworkbench.core.exchange;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Portfolio;

/**
 * What to export: the whole {@code portfolio}, or when {@code account} is given that account's plan. Analyses
 * that depend on the date (staleness, overdue actions) use {@code asOf}, so an export is reproducible; texts are
 * in {@code locale}.
 */
public record ExportRequest(Portfolio portfolio, Account account, LocalDate asOf, Locale locale) {

	public ExportRequest {
		Objects.requireNonNull(portfolio, "portfolio");
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(locale, "locale");
		if (account != null && account.eContainer() != portfolio) {
			throw new IllegalArgumentException("the account does not belong to the portfolio");
		}
	}

	/** A request for the whole portfolio. */
	public static ExportRequest portfolio(Portfolio portfolio, LocalDate asOf, Locale locale) {
		return new ExportRequest(portfolio, null, asOf, locale);
	}

	/** A request for one account's plan. */
	public static ExportRequest account(Account account, LocalDate asOf, Locale locale) {
		return new ExportRequest((Portfolio) account.eContainer(), account, asOf, locale);
	}
}
