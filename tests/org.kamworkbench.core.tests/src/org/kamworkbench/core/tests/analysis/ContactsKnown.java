package org.kamworkbench.core.tests.analysis;

import java.time.LocalDate;
import java.util.List;

import org.kamworkbench.core.analysis.AccountAnalysis;
import org.kamworkbench.core.analysis.AnalysisReport;
import org.kamworkbench.kam.Account;

/** An analysis contributed by this fragment: how many contacts an account has, and a finding when none. */
public class ContactsKnown implements AccountAnalysis {

	@Override
	public AnalysisReport analyse(Account account, LocalDate asOf) {
		if (account.getName() != null && account.getName().startsWith("Broken")) {
			throw new IllegalStateException("cannot analyse " + account.getName());
		}
		return new AnalysisReport(
				List.of(new AnalysisReport.Figure("Contacts on " + asOf, Integer.toString(account.getContacts().size()))),
				account.getContacts().isEmpty() ? List.of(account.getName() + " has no contacts") : List.of());
	}
}
