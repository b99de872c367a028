package org.kamworkbench.ui.editors.tests;

import java.time.LocalDate;
import java.util.List;

import org.kamworkbench.core.analysis.AccountAnalysis;
import org.kamworkbench.core.analysis.AnalysisReport;
import org.kamworkbench.kam.Account;

/** An analysis contributed by this fragment: how many customer units an account has. */
public class CustomerUnitsCounted implements AccountAnalysis {

	@Override
	public AnalysisReport analyse(Account account, LocalDate asOf) {
		int units = account.getUnits().size();
		return new AnalysisReport(List.of(new AnalysisReport.Figure("Customer units", Integer.toString(units))),
				List.of(account.getName() + " has " + units + " customer unit(s)."));
	}
}
