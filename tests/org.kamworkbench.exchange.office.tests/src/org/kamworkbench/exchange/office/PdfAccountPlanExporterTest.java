package org.kamworkbench.exchange.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.kam.Portfolio;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** Opens the PDF account plans of the example with OpenPDF's reader and checks what a board member reads. */
class PdfAccountPlanExporterTest {

	@TempDir
	Path folder;

	private Portfolio portfolio;

	@BeforeEach
	void openExample() throws Exception {
		portfolio = Example.portfolio(folder);
	}

	@Test
	void overviewPageHoldsTheAccountAndItsKeyFigures() throws Exception {
		List<String> pages = pages("Brouwer Foods Group", Locale.ENGLISH);
		assertEquals(3, pages.size());
		String overview = pages.get(0);
		for (String expected : List.of("Account plan Brouwer Foods Group", "Account plan 2026, Jan 1, 2026 to Dec 31, 2026",
				"Delta Koeltechniek B.V.", "as of Nov 26, 2026", "Become Brouwer's single refrigeration partner",
				"Key account", "Joost Bakker", "Marieke Vos", "Hendrik de Vries", "Interdependent",
				"Contributes to business issues", "Strategic (attractiveness 8.1, relative", "strength 8.2)",
				"can see us as a key supplier", "Balanced partnership", "Revenue 2025", "EUR 3,900,000",
				"Revenue target 2025", "EUR 4,000,000", "97.5%", "Profit contribution 2025", "EUR 700,000",
				"90% of 11 checks passed", "2 (1)", "Page 1")) {
			assertTrue(overview.contains(expected), () -> "page 1 lacks '" + expected + "':\n" + overview);
		}
	}

	@Test
	void matricesAreDrawnWithTheirQuadrantsAndPlacesAndTheSwotFollows() throws Exception {
		String page = pages("Brouwer Foods Group", Locale.ENGLISH).get(1);
		for (String expected : List.of("Portfolio matrix", "STRATEGIC", "STAR", "STATUS", "STREAMLINE",
				"Our relative strength (strong on the left)", "Account attractiveness", "Brouwer Foods Group",
				"Nordfrisch AG", "Albion Retail plc", "Vlaamse Zuivel NV", "PharmaLogix B.V.", "Scandi Seafood AS",
				"Kraljic matrix", "LEVERAGE", "BOTTLENECK", "NON-CRITICAL", "Supply risk for the customer",
				"Process cooling systems", "Packaging machinery", "Refrigeration spare parts", "Strengths",
				"Installed base in all Dutch plants", "Weaknesses", "Thin service coverage in Poland.", "Opportunities",
				"Threats", "Arctica offers a group-wide price deal.")) {
			assertTrue(page.contains(expected), () -> "page 2 lacks '" + expected + "':\n" + page);
		}
	}

	@Test
	void figuresArePictures() throws Exception {
		try (PdfReader reader = new PdfReader(pdf("Brouwer Foods Group", Locale.ENGLISH))) {
			assertEquals(2, pictures(reader, 2), "the portfolio and the Kraljic matrix");
			assertEquals(1, pictures(reader, 3), "the results chart");
		}
	}

	@Test
	void objectivesActionsAndResultsAreListedWithOverdueActionsMarked() throws Exception {
		String page = pages("Brouwer Foods Group", Locale.ENGLISH).get(2);
		for (String expected : List.of("Objectives", "Grow share of wallet in process", "35 %", "50 %", "45 %",
				"On track", "Monitoring in three plants", "At risk", "Lotte Meijer", "Actions",
				"Pilot monitoring at the Pozna\u0144 plant", "Executive meeting CPO and commercial director",
				"overdue by 11 days", "Renew the service level agreement", "In progress",
				"Results: revenue target against actual", "EUR thousand", "2023", "2024", "2025", "103%", "98%")) {
			assertTrue(page.contains(expected), () -> "page 3 lacks '" + expected + "':\n" + page);
		}
		assertFalse(page.contains("overdue by 11 days\nRenew"), "only the late action is marked");
	}

	@Test
	void dutchDocumentIsDutchThroughout() throws Exception {
		String text = String.join("\n", pages("Brouwer Foods Group", Locale.forLanguageTag("nl")));
		for (String expected : List.of("Accountplan Brouwer Foods Group", "Accountoverzicht", "Kerncijfers",
				"peildatum 26 nov 2026", "Omzet 2025", "EUR 3.900.000", "97,5%", "Evenwichtig partnerschap",
				"Sterktes", "Bedreigingen", "Doelstellingen", "11 dagen te laat", "EUR duizend", "Pagina 3",
				"ROUTINE", "HEFBOOM", "Onze relatieve sterkte (sterk links)")) {
			assertTrue(text.contains(expected), () -> "the Dutch plan lacks '" + expected + "':\n" + text);
		}
		assumeTrue(Locale.getDefault().getLanguage().equals("en"), "the analyses speak English in this run");
		assertFalse(text.contains("key supplier"), "the analyses' English sentences are left out of a Dutch plan");
	}

	@Test
	void accountWithoutPlanOrKraljicAssessmentSaysSo() throws Exception {
		String text = String.join("\n", pages("Scandi Seafood AS", Locale.ENGLISH));
		for (String expected : List.of("Account plan Scandi Seafood AS", "No account plan recorded",
				"No Kraljic assessment recorded.", "(none recorded)", "None recorded.", "Revenue 2025", "EUR 450,000")) {
			assertTrue(text.contains(expected), () -> "the plan lacks '" + expected + "':\n" + text);
		}
	}

	private byte[] pdf(String account, Locale locale) throws IOException {
		byte[] pdf = Example.export(new PdfAccountPlanExporter(), Example.account(portfolio, account), locale);
		Example.keep(account + "-" + locale.getLanguage() + ".pdf", pdf);
		return pdf;
	}

	private List<String> pages(String account, Locale locale) throws IOException {
		List<String> pages = new ArrayList<>();
		try (PdfReader reader = new PdfReader(pdf(account, locale))) {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				pages.add(extractor.getTextFromPage(page));
			}
		}
		return pages;
	}

	/** The form and image objects a page draws: the figures. */
	private static int pictures(PdfReader reader, int page) {
		PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
		PdfDictionary objects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
		return objects == null ? 0 : objects.size();
	}
}
