package org.kamworkbench.exchange.csv.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.kamworkbench.core.exchange.ImportOptions;
import org.kamworkbench.core.exchange.ImportResult;
import org.kamworkbench.examples.ExamplePortfolio;
import org.kamworkbench.exchange.csv.CsvPortfolioImporter;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.PortfolioFiles;

/** The test's material: the example portfolio and the CRM export of {@code resources/crm-export.csv}. */
final class CrmExport {

	static final String SOURCE = "crm-export.csv"; //$NON-NLS-1$
	/** The CRM's name for the column that holds the buying role; the user maps it. */
	static final Map<String, String> MAPPING = Map.of("Contact Role", "buying role"); //$NON-NLS-1$ //$NON-NLS-2$

	private CrmExport() {
	}

	static String text() throws IOException {
		try (InputStream in = CrmExport.class.getResourceAsStream("/resources/" + SOURCE)) { //$NON-NLS-1$
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** A fresh copy of the example portfolio, read from a file in {@code folder}. */
	static Portfolio example(Path folder) throws Exception {
		Path file = folder.resolve(ExamplePortfolio.FILE_NAME);
		ExamplePortfolio.copyTo(file);
		return PortfolioFiles.load(file);
	}

	static ImportResult read(String csv, Portfolio target, Map<String, String> mapping, boolean allOrNothing)
			throws IOException {
		try (Reader reader = new StringReader(csv)) {
			return new CsvPortfolioImporter().read(SOURCE, reader, target, new ImportOptions(mapping, allOrNothing));
		}
	}

	static Account account(Portfolio portfolio, String name) {
		return portfolio.getAccounts().stream().filter(account -> name.equals(account.getName())).findFirst()
				.orElse(null);
	}
}
