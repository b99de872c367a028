package org.kamworkbench.exchange.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.poi.sl.usermodel.PaintStyle.SolidPaint;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.kam.Portfolio;

/** Opens the PowerPoint account plan of the example with POI and checks its slides. */
class PowerPointAccountPlanExporterTest {

	@TempDir
	Path folder;

	private Portfolio portfolio;

	@BeforeEach
	void openExample() throws Exception {
		portfolio = Example.portfolio(folder);
	}

	@Test
	void oneSlidePerPartOfThePlan() throws Exception {
		try (XMLSlideShow deck = deck("Brouwer Foods Group", Locale.ENGLISH)) {
			List<String> titles = deck.getSlides().stream().map(PowerPointAccountPlanExporterTest::firstText).toList();
			assertEquals(List.of("Account plan Brouwer Foods Group", "Account overview", "Portfolio matrix",
					"Kraljic matrix: how the customer buys from us", "SWOT", "Objectives", "Actions",
					"Results: revenue target against actual"), titles);
			assertTrue(text(deck.getSlides().get(0)).contains("Become Brouwer's single refrigeration partner"));
		}
	}

	@Test
	void overviewAndVerdictsHoldTheExamplesFigures() throws Exception {
		try (XMLSlideShow deck = deck("Brouwer Foods Group", Locale.ENGLISH)) {
			String overview = text(deck.getSlides().get(1));
			for (String expected : List.of("Key account", "Joost Bakker", "Marieke Vos", "Interdependent",
					"EUR 3,900,000", "EUR 4,000,000", "97.5%", "EUR 700,000", "90% of 11 checks passed")) {
				assertTrue(overview.contains(expected), () -> "the overview lacks '" + expected + "':\n" + overview);
			}
			assertTrue(text(deck.getSlides().get(2)).contains("Strategic (attractiveness 8.1, relative strength 8.2)"));
			String kraljic = text(deck.getSlides().get(3));
			assertTrue(kraljic.contains("can see us as a key supplier") && kraljic.contains("Balanced partnership"),
					kraljic);
			String swot = text(deck.getSlides().get(4));
			assertTrue(swot.contains("Thin service coverage in Poland.") && swot.contains("Opportunities"), swot);
		}
	}

	@Test
	void matricesAndResultsArePictures() throws Exception {
		try (XMLSlideShow deck = deck("Brouwer Foods Group", Locale.ENGLISH)) {
			for (int slide : new int[] { 2, 3, 7 }) {
				List<XSLFPictureShape> pictures = deck.getSlides().get(slide).getShapes().stream()
						.filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast).toList();
				assertEquals(1, pictures.size(), "slide " + (slide + 1));
				BufferedImage image = ImageIO.read(new ByteArrayInputStream(pictures.get(0).getPictureData().getData()));
				assertNotNull(image, "a PNG picture on slide " + (slide + 1));
				assertTrue(image.getWidth() >= 960, "drawn large enough for a projector: " + image.getWidth());
				assertTrue(colourCount(image) > 5, "the picture shows a drawing, not a blank");
			}
		}
	}

	@Test
	void tablesListObjectivesAndActionsWithOverdueOnesInRed() throws Exception {
		try (XMLSlideShow deck = deck("Brouwer Foods Group", Locale.ENGLISH)) {
			List<List<String>> objectives = rows(deck.getSlides().get(5));
			assertEquals(List.of("Objective", "Measure", "Baseline", "Target", "Actual", "Due", "Status", "Owner"),
					objectives.get(0));
			assertEquals(List.of("Grow share of wallet in process cooling", "Share of wallet", "35 %", "50 %", "45 %",
					"Dec 31, 2026", "On track", "Joost Bakker"), objectives.get(1));
			XSLFTable actions = table(deck.getSlides().get(6));
			XSLFTableRow late = actions.getRows().get(2);
			assertEquals("Executive meeting CPO and commercial director\noverdue by 11 days", late.getCells().get(0).getText());
			XSLFTextRun run = late.getCells().get(1).getTextParagraphs().get(0).getTextRuns().get(0);
			assertEquals("Marieke Vos", run.getRawText());
			assertEquals(new Color(190, 30, 45), ((SolidPaint) run.getFontColor()).getSolidColor().getColor());
			assertEquals("Pilot monitoring at the Pozna\u0144 plant", actions.getRows().get(1).getCells().get(0).getText());
		}
	}

	@Test
	void dutchDeckIsDutch() throws Exception {
		try (XMLSlideShow deck = deck("Brouwer Foods Group", Locale.forLanguageTag("nl"))) {
			String all = deck.getSlides().stream().map(PowerPointAccountPlanExporterTest::text)
					.collect(Collectors.joining("\n"));
			for (String expected : List.of("Accountplan Brouwer Foods Group", "Accountoverzicht", "EUR 3.900.000",
					"Evenwichtig partnerschap", "Sterktes", "11 dagen te laat", "Resultaten: omzetdoel tegenover werkelijk")) {
				assertTrue(all.contains(expected), () -> "the Dutch deck lacks '" + expected + "'");
			}
		}
	}

	private XMLSlideShow deck(String account, Locale locale) throws IOException {
		byte[] pptx = Example.export(new PowerPointAccountPlanExporter(), Example.account(portfolio, account), locale);
		Example.keep(account + "-" + locale.getLanguage() + ".pptx", pptx);
		XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(pptx));
		keepSlides(deck, account + "-" + locale.getLanguage());
		return deck;
	}

	/** Renders the slides with POI for a person to look at, when the build keeps exports. */
	private static void keepSlides(XMLSlideShow deck, String name) throws IOException {
		if (System.getProperty("kam.export.keep", "").isBlank()) {
			return;
		}
		for (XSLFSlide slide : deck.getSlides()) {
			BufferedImage image = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, 960, 540);
			slide.draw(g);
			g.dispose();
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			Example.keep(name + "-slide-" + slide.getSlideNumber() + ".png", png.toByteArray());
		}
	}

	private static String firstText(XSLFSlide slide) {
		return slide.getShapes().stream().filter(XSLFTextShape.class::isInstance).map(XSLFTextShape.class::cast)
				.map(XSLFTextShape::getText).filter(text -> !text.isBlank()).findFirst().orElse("");
	}

	private static String text(XSLFSlide slide) {
		StringBuilder text = new StringBuilder();
		for (XSLFShape shape : slide.getShapes()) {
			if (shape instanceof XSLFTextShape box) {
				text.append(box.getText()).append('\n');
			} else if (shape instanceof XSLFTable table) {
				rows(table).forEach(row -> text.append(String.join(" | ", row)).append('\n'));
			}
		}
		return text.toString();
	}

	private static XSLFTable table(XSLFSlide slide) {
		return slide.getShapes().stream().filter(XSLFTable.class::isInstance).map(XSLFTable.class::cast).findFirst()
				.orElseThrow();
	}

	private static List<List<String>> rows(XSLFSlide slide) {
		return rows(table(slide));
	}

	private static List<List<String>> rows(XSLFTable table) {
		return table.getRows().stream()
				.map(row -> row.getCells().stream().map(XSLFTableCell::getText).toList()).toList();
	}

	private static long colourCount(BufferedImage image) {
		java.util.Set<Integer> colours = new java.util.HashSet<>();
		for (int x = 0; x < image.getWidth(); x += 7) {
			for (int y = 0; y < image.getHeight(); y += 7) {
				colours.add(image.getRGB(x, y));
			}
		}
		return colours.size();
	}
}
