package org.kamworkbench.exchange.office;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.kamworkbench.core.exchange.ExportRequest;
import org.kamworkbench.core.exchange.PortfolioExporter;
import org.kamworkbench.exchange.office.AccountPlanReport.Fact;
import org.kamworkbench.exchange.office.AccountPlanReport.Table;
import org.kamworkbench.kam.SwotKind;

/**
 * An account plan as a PowerPoint deck (16:9) for the board: a title slide, the overview with key figures, one
 * slide per matrix with the verdicts beside it, the SWOT, objectives, actions and the results chart. The figures
 * are pictures drawn at three times their size, sharp on a projector.
 */
public class PowerPointAccountPlanExporter implements PortfolioExporter {

	private static final double WIDTH = 960;
	private static final double HEIGHT = 540;
	private static final double MARGIN = 40;
	private static final int PICTURE_SCALE = 3;
	private static final Color NAVY = QuadrantPicture.NAVY;
	private static final Color INK = QuadrantPicture.INK;
	private static final Color MUTED = new Color(96, 108, 122);
	private static final Color BAND = new Color(240, 243, 247);
	private static final Color OVERDUE = new Color(190, 30, 45);
	private static final Color[] SWOT_COLOURS = { new Color(46, 125, 50), new Color(198, 40, 40),
			new Color(21, 101, 192), new Color(239, 108, 0) };

	static {
		quietLog4j();
	}

	/**
	 * POI logs through the Log4j API, and the product has no Log4j implementation: Log4j would print an error at
	 * the first export and then fall back to its simple logger. Choosing that logger beforehand spares the error;
	 * it still writes POI's own errors to standard error. A choice made elsewhere (a system property) is kept.
	 */
	private static void quietLog4j() {
		String factory = "log4j2.loggerContextFactory"; //$NON-NLS-1$
		if (System.getProperty(factory) == null && System.getProperty("log4j.provider") == null //$NON-NLS-1$
				&& System.getProperty("log4j2.provider") == null) { //$NON-NLS-1$
			System.setProperty(factory, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"); //$NON-NLS-1$
		}
	}

	@Override
	public void export(ExportRequest request, OutputStream out) throws IOException {
		AccountPlanReport report = AccountPlanReport.of(request);
		// xmlbeans finds POI's schema types through the context class loader; in OSGi that must be one that sees them
		Thread thread = Thread.currentThread();
		ClassLoader before = thread.getContextClassLoader();
		thread.setContextClassLoader(XMLSlideShow.class.getClassLoader());
		try (XMLSlideShow deck = new XMLSlideShow()) {
			deck.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
			new Deck(report, deck).write();
			deck.write(out);
		} finally {
			thread.setContextClassLoader(before);
		}
	}

	/** One deck being written. */
	private static final class Deck {

		private final AccountPlanReport report;
		private final Wording wording;
		private final XMLSlideShow deck;

		Deck(AccountPlanReport report, XMLSlideShow deck) {
			this.report = report;
			this.wording = report.wording();
			this.deck = deck;
		}

		void write() throws IOException {
			titleSlide();
			overviewSlide();
			matrixSlide(wording.text(Messages.Section_portfolioMatrix), report.portfolioMatrix(),
					report.portfolioFacts(), List.of());
			List<String> kraljicNotes = report.kraljicNote().isEmpty() ? report.balanceReasons()
					: concat(report.balanceReasons(), report.kraljicNote());
			matrixSlide(wording.text(Messages.Section_kraljicMatrix), report.kraljicMatrix(),
					report.kraljicFacts(), kraljicNotes);
			swotSlide();
			tableSlide(wording.text(Messages.Section_objectives), report.objectives(),
					new double[] { 230, 130, 70, 70, 70, 80, 80, 90 });
			tableSlide(wording.text(Messages.Section_actions), report.actions(), new double[] { 440, 150, 130, 160 });
			resultsSlide();
		}

		private void titleSlide() {
			XSLFSlide slide = deck.createSlide();
			rectangle(slide, 0, 0, WIDTH, HEIGHT, NAVY);
			rectangle(slide, MARGIN, 250, 80, 4, QuadrantPicture.OURS);
			text(slide, MARGIN, 150, WIDTH - 2 * MARGIN, 90, report.title(), 38, true, Color.WHITE);
			text(slide, MARGIN, 270, WIDTH - 2 * MARGIN, 36, report.plan(), 20, false, new Color(214, 224, 238));
			text(slide, MARGIN, 306, WIDTH - 2 * MARGIN, 30, report.preparedBy(), 14, false, new Color(180, 196, 218));
			if (!report.vision().isBlank()) {
				text(slide, MARGIN, 400, WIDTH - 2 * MARGIN, 80, report.vision(), 16, false, Color.WHITE)
						.getTextParagraphs().get(0).getTextRuns().get(0).setItalic(true);
			}
		}

		private void overviewSlide() {
			XSLFSlide slide = contentSlide(wording.text(Messages.Section_overview));
			XSLFTable facts = slide.createTable();
			facts.setAnchor(new Rectangle2D.Double(MARGIN, 100, 520, 380));
			for (Fact fact : report.overview()) {
				XSLFTableRow row = facts.addRow();
				cell(row, fact.label(), 12, false, MUTED, null);
				cell(row, fact.value(), 13, false, INK, null);
			}
			facts.setColumnWidth(0, 190);
			facts.setColumnWidth(1, 330);
			double y = 100;
			text(slide, 600, y - 4, 320, 24, wording.text(Messages.Section_keyFigures), 16, true, NAVY);
			y += 26;
			for (Fact figure : report.keyFigures()) {
				rectangle(slide, 600, y, 320, 52, BAND);
				text(slide, 610, y + 2, 300, 18, figure.label(), 11, false, MUTED);
				text(slide, 610, y + 18, 300, 30, figure.value(), 20, true, NAVY);
				y += 58;
			}
		}

		private void matrixSlide(String title, Picture picture, List<Fact> facts, List<String> notes) throws IOException {
			XSLFSlide slide = contentSlide(title);
			double height = HEIGHT - 100 - 50;
			double width = height * picture.width() / picture.height();
			picture(slide, picture, MARGIN, 96, width, height);
			double x = MARGIN + width + 30;
			double boxWidth = WIDTH - MARGIN - x;
			XSLFTextBox box = slide.createTextBox();
			box.setAnchor(new Rectangle2D.Double(x, 100, boxWidth, height));
			box.clearText();
			for (Fact fact : facts) {
				run(box.addNewTextParagraph(), fact.label(), 12, false, MUTED);
				XSLFTextParagraph value = box.addNewTextParagraph();
				value.setSpaceAfter(40.0);
				run(value, fact.value(), 18, true, NAVY);
			}
			for (String note : notes) {
				XSLFTextParagraph paragraph = box.addNewTextParagraph();
				paragraph.setBullet(true);
				paragraph.setSpaceAfter(30.0);
				run(paragraph, note, 11, false, INK);
			}
		}

		private void swotSlide() {
			XSLFSlide slide = contentSlide(wording.text(Messages.Section_swot));
			double width = (WIDTH - 2 * MARGIN - 20) / 2;
			double height = (HEIGHT - 100 - 60) / 2;
			int i = 0;
			for (Map.Entry<SwotKind, List<String>> quadrant : report.swot().entrySet()) {
				double x = MARGIN + (i % 2) * (width + 20);
				double y = 96 + (i / 2) * (height + 16);
				Color colour = SWOT_COLOURS[i++];
				rectangle(slide, x, y, width, height, BAND);
				rectangle(slide, x, y, width, 5, colour);
				XSLFTextBox box = slide.createTextBox();
				box.setAnchor(new Rectangle2D.Double(x + 10, y + 10, width - 20, height - 16));
				box.clearText();
				run(box.addNewTextParagraph(), wording.of("Swot", quadrant.getKey()), 16, true, colour); //$NON-NLS-1$
				List<String> items = quadrant.getValue().isEmpty() ? List.of(wording.text(Messages.Swot_empty))
						: quadrant.getValue();
				for (String item : items) {
					XSLFTextParagraph paragraph = box.addNewTextParagraph();
					paragraph.setBullet(true);
					run(paragraph, item, 13, false, INK);
				}
			}
		}

		private void tableSlide(String title, Table table, double[] widths) {
			XSLFSlide slide = contentSlide(title);
			if (table.rows().isEmpty()) {
				text(slide, MARGIN, 100, WIDTH - 2 * MARGIN, 30, wording.text(Messages.Table_empty), 14, false, MUTED);
				return;
			}
			XSLFTable pptx = slide.createTable();
			pptx.setAnchor(new Rectangle2D.Double(MARGIN, 100, WIDTH - 2 * MARGIN, 40));
			XSLFTableRow header = pptx.addRow();
			table.headers().forEach(text -> cell(header, text, 11, true, Color.WHITE, NAVY));
			for (int i = 0; i < table.rows().size(); i++) {
				XSLFTableRow row = pptx.addRow();
				String remark = table.remarks().get(i);
				Color colour = remark == null ? INK : OVERDUE;
				Color fill = i % 2 == 1 ? BAND : null;
				List<String> values = table.rows().get(i);
				for (int column = 0; column < values.size(); column++) {
					XSLFTableCell cell = cell(row, values.get(column), 11, false, colour, fill);
					if (column == 0 && remark != null) {
						run(cell.addNewTextParagraph(), remark, 9, true, OVERDUE);
					}
				}
			}
			for (int column = 0; column < widths.length; column++) {
				pptx.setColumnWidth(column, widths[column]);
			}
		}

		private void resultsSlide() throws IOException {
			XSLFSlide slide = contentSlide(wording.text(Messages.Section_results));
			double width = WIDTH - 2 * MARGIN;
			double height = width * report.results().height() / report.results().width();
			picture(slide, report.results(), MARGIN, 96, width, Math.min(height, HEIGHT - 96 - 40));
		}

		/** A slide with a title, an accent line under it and the footer. */
		private XSLFSlide contentSlide(String title) {
			XSLFSlide slide = deck.createSlide();
			text(slide, MARGIN, 28, WIDTH - 2 * MARGIN, 44, title, 26, true, NAVY);
			rectangle(slide, MARGIN, 76, 60, 3, QuadrantPicture.OURS);
			String footer = report.title() + "  \u00b7  " + wording.text(Messages.Document_confidential); //$NON-NLS-1$
			text(slide, MARGIN, HEIGHT - 30, 700, 20, footer, 9, false, MUTED);
			XSLFTextBox page = text(slide, WIDTH - MARGIN - 120, HEIGHT - 30, 120, 20,
					wording.text(Messages.Document_page, deck.getSlides().size()), 9, false, MUTED);
			page.getTextParagraphs().get(0).setTextAlign(TextAlign.RIGHT);
			return slide;
		}

		private void picture(XSLFSlide slide, Picture picture, double x, double y, double width, double height)
				throws IOException {
			int scale = PICTURE_SCALE;
			BufferedImage image = new BufferedImage(Math.round(picture.width() * scale),
					Math.round(picture.height() * scale), BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			try {
				g.setColor(Color.WHITE);
				g.fillRect(0, 0, image.getWidth(), image.getHeight());
				g.scale(scale, scale);
				picture.paint(g);
			} finally {
				g.dispose();
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png); //$NON-NLS-1$
			XSLFPictureData data = deck.addPicture(png.toByteArray(), PictureData.PictureType.PNG);
			XSLFPictureShape shape = slide.createPicture(data);
			double fit = Math.min(width / picture.width(), height / picture.height());
			shape.setAnchor(new Rectangle2D.Double(x, y, picture.width() * fit, picture.height() * fit));
		}

		private static XSLFTextBox text(XSLFSlide slide, double x, double y, double width, double height, String text,
				double size, boolean bold, Color colour) {
			XSLFTextBox box = slide.createTextBox();
			box.setAnchor(new Rectangle2D.Double(x, y, width, height));
			box.setWordWrap(true);
			box.clearText();
			run(box.addNewTextParagraph(), text, size, bold, colour);
			return box;
		}

		private static XSLFTextRun run(XSLFTextParagraph paragraph, String text, double size, boolean bold,
				Color colour) {
			XSLFTextRun run = paragraph.addNewTextRun();
			run.setText(text);
			run.setFontSize(size);
			run.setBold(bold);
			run.setFontColor(colour);
			return run;
		}

		private static XSLFTableCell cell(XSLFTableRow row, String text, double size, boolean bold, Color colour,
				Color fill) {
			XSLFTableCell cell = row.addCell();
			cell.clearText();
			run(cell.addNewTextParagraph(), text, size, bold, colour);
			cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
			if (fill != null) {
				cell.setFillColor(fill);
			}
			cell.setBorderColor(BorderEdge.bottom, new Color(210, 216, 224));
			cell.setBorderWidth(BorderEdge.bottom, 0.5);
			return cell;
		}

		private static void rectangle(XSLFSlide slide, double x, double y, double width, double height, Color fill) {
			XSLFAutoShape shape = slide.createAutoShape();
			shape.setShapeType(ShapeType.RECT);
			shape.setAnchor(new Rectangle2D.Double(x, y, width, height));
			shape.setFillColor(fill);
			shape.setLineColor(null);
		}

		private static List<String> concat(List<String> first, String last) {
			List<String> all = new java.util.ArrayList<>(first);
			all.add(last);
			return all;
		}
	}
}
