package org.kamworkbench.core.tests.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.core.exchange.Exchange;
import org.kamworkbench.core.exchange.ExportRequest;
import org.kamworkbench.core.exchange.ExportScope;
import org.kamworkbench.core.exchange.ExporterDescriptor;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.Portfolio;

class ExchangeTest {

	@TempDir
	Path folder;

	private final Portfolio portfolio = KamFactory.eINSTANCE.createPortfolio();

	private ExportRequest request(String... accounts) {
		for (String name : accounts) {
			Account account = KamFactory.eINSTANCE.createAccount();
			account.setName(name);
			portfolio.getAccounts().add(account);
		}
		return ExportRequest.portfolio(portfolio, LocalDate.of(2026, 11, 27), Locale.ENGLISH);
	}

	private static ExporterDescriptor accountNames() {
		return Exchange.exporter("names", ExportScope.PORTFOLIO).orElseThrow();
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.toList();
		}
	}

	@Test
	void incompleteContributionsAreLeftOutAndTheOthersListed() {
		List<String> ids = Exchange.exporters().stream().map(ExporterDescriptor::id).toList();
		assertTrue(ids.contains("org.kamworkbench.core.tests.accountNames"), ids.toString());
		assertTrue(!ids.contains("org.kamworkbench.core.tests.withoutFormat"), ids.toString());
		assertTrue(!ids.contains("org.kamworkbench.core.tests.badScope"), ids.toString());
	}

	@Test
	void ofTwoExportersOfOneFormatTheBuiltInOneIsChosen() {
		assertEquals("org.kamworkbench.core.tests.accountNames", accountNames().id());
		assertEquals("org.kamworkbench.core.tests.accountNames",
				Exchange.exporter("NAMES", ExportScope.PORTFOLIO).orElseThrow().id(), "the format's case is ignored");
	}

	@Test
	void anExportIsWrittenToItsTargetAndNothingElseIsLeft() throws IOException {
		Path target = folder.resolve("plans").resolve("names.txt");
		Exchange.export(accountNames(), request("Brouwer Foods", "Delta Koeltechniek"), target);
		assertEquals("Brouwer Foods\nDelta Koeltechniek\n", Files.readString(target));
		assertEquals(List.of(target), files(target.getParent()));
	}

	@Test
	void aFailedExportLeavesTheExistingFileAsItWasAndNoPartialFile() throws IOException {
		Path target = folder.resolve("names.txt");
		Files.writeString(target, "the last good export");
		ExporterDescriptor failing = new ExporterDescriptor("com.example.failing", "Failing", "names", "txt",
				ExportScope.PORTFOLIO, () -> (request, out) -> {
					out.write("half a fi".getBytes(StandardCharsets.UTF_8));
					throw new IOException("disk full");
				});
		IOException failure = assertThrows(IOException.class, () -> Exchange.export(failing, request("A"), target));
		assertEquals("disk full", failure.getMessage());
		assertEquals("the last good export", Files.readString(target));
		assertEquals(List.of(target), files(folder));
	}

	@Test
	void anExporterThatCannotBeCreatedLeavesNoPartialFile() throws IOException {
		Path target = folder.resolve("names.txt");
		ExporterDescriptor uncreatable = new ExporterDescriptor("com.example.gone", "Gone", "names", "txt",
				ExportScope.PORTFOLIO, () -> {
					throw new IllegalStateException("com.example: cannot create com.example.Gone");
				});
		assertThrows(IllegalStateException.class, () -> Exchange.export(uncreatable, request("A"), target));
		assertEquals(List.of(), files(folder));
	}
}
