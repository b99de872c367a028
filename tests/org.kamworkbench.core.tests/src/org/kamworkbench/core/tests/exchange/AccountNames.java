package org.kamworkbench.core.tests.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.kamworkbench.core.exchange.ExportRequest;
import org.kamworkbench.core.exchange.PortfolioExporter;
import org.kamworkbench.kam.Account;

/** Writes the portfolio's account names, one a line, as an extension's exporter would. */
public class AccountNames implements PortfolioExporter {

	@Override
	public void export(ExportRequest request, OutputStream out) throws IOException {
		for (Account account : request.portfolio().getAccounts()) {
			out.write((account.getName() + "\n").getBytes(StandardCharsets.UTF_8));
		}
	}
}
