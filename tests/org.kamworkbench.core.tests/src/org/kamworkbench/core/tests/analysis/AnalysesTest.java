package org.kamworkbench.core.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kamworkbench.core.analysis.Analyses;
import org.kamworkbench.core.analysis.AnalysisDescriptor;
import org.kamworkbench.core.analysis.AnalysisReport;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.Portfolio;

class AnalysesTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

	private final Portfolio portfolio = KamFactory.eINSTANCE.createPortfolio();

	private Account account(String name) {
		Account account = KamFactory.eINSTANCE.createAccount();
		account.setName(name);
		portfolio.getAccounts().add(account);
		return account;
	}

	private static AnalysisDescriptor contactsKnown() {
		return Analyses.installed().stream().filter(a -> a.id().equals("org.kamworkbench.core.tests.contacts"))
				.findFirst().orElseThrow();
	}

	@Test
	void aContributedAnalysisIsInstalledWithItsNameAndReportsPerAccount() {
		AnalysisDescriptor analysis = contactsKnown();
		assertEquals("Contacts known", analysis.name());
		assertEquals("org.kamworkbench.core", analysis.contributor(), "a fragment contributes in its host's name");
		AnalysisReport report = Analyses.run(analysis, account("Brouwer Foods"), AS_OF);
		assertEquals(List.of(new AnalysisReport.Figure("Contacts on 2026-11-26", "0")), report.figures());
		assertEquals(List.of("Brouwer Foods has no contacts"), report.findings());
	}

	@Test
	void aFailingAnalysisGivesOneFindingThatSaysSoInsteadOfBreakingTheReport() {
		AnalysisReport report = Analyses.run(contactsKnown(), account("Broken Ltd"), AS_OF);
		assertTrue(report.figures().isEmpty());
		assertEquals(List.of("The analysis 'Contacts known' failed (cannot analyse Broken Ltd); see the error log."),
				report.findings());
	}

	@Test
	void anAnalysisBuiltAgainstAnotherVersionOfTheApiGivesOneFindingThatSaysSo() {
		AnalysisDescriptor outdated = new AnalysisDescriptor("com.example.outdated", "Outdated", "com.example", () -> {
			throw new NoClassDefFoundError("org/kamworkbench/core/analysis/Removed");
		});
		AnalysisReport report = Analyses.run(outdated, account("Brouwer Foods"), AS_OF);
		assertEquals(List.of("The analysis 'Outdated' failed (org/kamworkbench/core/analysis/Removed); see the error log."),
				report.findings());
	}
}
