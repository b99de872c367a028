package org.kamworkbench.exchange.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.kamworkbench.core.exchange.ExportRequest;
import org.kamworkbench.core.exchange.PortfolioExporter;
import org.kamworkbench.examples.ExamplePortfolio;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.PortfolioFiles;

/** The example portfolio (Delta Koeltechniek) as the tests export it, on a fixed reference date. */
final class Example {

	/** The reference date of the exports: the example's own "today". */
	static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

	private Example() {
	}

	static Portfolio portfolio(Path folder) throws Exception {
		Path file = folder.resolve(ExamplePortfolio.FILE_NAME);
		ExamplePortfolio.copyTo(file);
		return PortfolioFiles.load(file);
	}

	static Account account(Portfolio portfolio, String name) {
		return portfolio.getAccounts().stream().filter(account -> account.getName().equals(name)).findFirst()
				.orElseThrow();
	}

	static byte[] export(PortfolioExporter exporter, Account account, Locale locale) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.export(ExportRequest.account(account, AS_OF, locale), out);
		return out.toByteArray();
	}

	/** Keeps a produced file for a person to look at, when the build asks for it (-Dkam.export.keep=folder). */
	static void keep(String name, byte[] bytes) throws IOException {
		String folder = System.getProperty("kam.export.keep");
		if (folder != null && !folder.isBlank() && !"null".equals(folder)) { //$NON-NLS-1$
			Files.createDirectories(Path.of(folder));
			Files.write(Path.of(folder, name), bytes);
		}
	}
}
