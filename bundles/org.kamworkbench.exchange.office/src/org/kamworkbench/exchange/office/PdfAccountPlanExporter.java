package org.kamworkbench.exchange.office;

import java.awt.Color;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.kamworkbench.core.exchange.ExportRequest;
import org.kamworkbench.core.exchange.PortfolioExporter;
import org.kamworkbench.exchange.office.AccountPlanReport.Fact;
import org.kamworkbench.exchange.office.AccountPlanReport.Table;
import org.kamworkbench.kam.SwotKind;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * An account plan as a PDF document of A4 pages for the board: the overview and key figures first, then the
 * two matrices and the SWOT, then objectives, actions and results. The figures are vector graphics.
 */
public class PdfAccountPlanExporter implements PortfolioExporter {

	private static final Color NAVY = QuadrantPicture.NAVY;
	private static final Color INK = QuadrantPicture.INK;
	private static final Color MUTED = new Color(96, 108, 122);
	private static final Color RULE = new Color(210, 216, 224);
	private static final Color BAND = new Color(240, 243, 247);
	private static final Color OVERDUE = new Color(190, 30, 45);
	private static final Color[] SWOT_COLOURS = { new Color(46, 125, 50), new Color(198, 40, 40),
			new Color(21, 101, 192), new Color(239, 108, 0) };
	private static final float MARGIN = 46;

	@Override
	public void export(ExportRequest request, OutputStream out) throws IOException {
		AccountPlanReport report = AccountPlanReport.of(request);
		Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 14);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			writer.setCloseStream(false);
			new Layout(report, document, writer, ReportFonts.pdf()).write();
		} catch (DocumentException e) {
			throw new IOException(e.getMessage(), e);
		} finally {
			if (document.isOpen()) {
				document.close();
			}
		}
	}

	/** One document being written. */
	private static final class Layout extends PdfPageEventHelper {

		private final AccountPlanReport report;
		private final Wording wording;
		private final Document document;
		private final PdfWriter writer;
		private final BaseFont base;

		Layout(AccountPlanReport report, Document document, PdfWriter writer, BaseFont base) {
			this.report = report;
			this.wording = report.wording();
			this.document = document;
			this.writer = writer;
			this.base = base;
		}

		void write() throws DocumentException {
			writer.setPageEvent(this);
			document.addTitle(report.title());
			document.addCreator("KAM Workbench"); //$NON-NLS-1$
			document.open();
			document.add(banner());
			if (!report.vision().isBlank()) {
				heading(wording.text(Messages.Section_vision));
				Paragraph vision = new Paragraph(report.vision(), font(12, Font.ITALIC, NAVY));
				vision.setSpacingAfter(6);
				document.add(vision);
			}
			overviewAndFigures();
			balance();
			document.newPage();
			matrices();
			swot();
			document.newPage();
			table(wording.text(Messages.Section_objectives), report.objectives(),
					new float[] { 30, 16, 9, 9, 9, 11, 9, 12 });
			table(wording.text(Messages.Section_actions), report.actions(), new float[] { 50, 18, 14, 18 });
			heading(wording.text(Messages.Section_results));
			document.add(picture(report.results(), document.right() - document.left()));
		}

		private PdfPTable banner() {
			PdfPTable banner = new PdfPTable(1);
			banner.setWidthPercentage(100);
			PdfPCell cell = new PdfPCell();
			cell.setBackgroundColor(NAVY);
			cell.setBorder(Rectangle.NO_BORDER);
			cell.setPadding(14);
			cell.setPaddingBottom(16);
			cell.addElement(new Paragraph(report.title(), font(22, Font.BOLD, Color.WHITE)));
			Paragraph plan = new Paragraph(report.plan(), font(11, Font.NORMAL, new Color(214, 224, 238)));
			plan.setSpacingBefore(4);
			cell.addElement(plan);
			cell.addElement(new Paragraph(report.preparedBy(), font(9, Font.NORMAL, new Color(180, 196, 218))));
			banner.addCell(cell);
			banner.setSpacingAfter(10);
			return banner;
		}

		private void overviewAndFigures() throws DocumentException {
			PdfPTable columns = new PdfPTable(new float[] { 58, 42 });
			columns.setWidthPercentage(100);
			columns.addCell(container(wording.text(Messages.Section_overview), facts(report.overview(), 10), 0, 8));
			columns.addCell(container(wording.text(Messages.Section_keyFigures), keyFigures(), 8, 0));
			document.add(columns);
		}

		private PdfPCell container(String title, PdfPTable content, float left, float right) {
			PdfPCell cell = new PdfPCell();
			cell.setBorder(Rectangle.NO_BORDER);
			cell.setPaddingLeft(left);
			cell.setPaddingRight(right);
			Paragraph heading = new Paragraph(title, font(12, Font.BOLD, NAVY));
			heading.setSpacingAfter(4);
			cell.addElement(heading);
			cell.addElement(content);
			return cell;
		}

		private PdfPTable facts(List<Fact> facts, float size) {
			PdfPTable table = new PdfPTable(new float[] { 40, 60 });
			table.setWidthPercentage(100);
			for (Fact fact : facts) {
				table.addCell(ruled(new Phrase(fact.label(), font(size - 1, Font.NORMAL, MUTED))));
				table.addCell(ruled(new Phrase(fact.value(), font(size, Font.NORMAL, INK))));
			}
			return table;
		}

		/** The key figures large, each on a light band: what a board reads first. */
		private PdfPTable keyFigures() {
			PdfPTable table = new PdfPTable(1);
			table.setWidthPercentage(100);
			for (Fact fact : report.keyFigures()) {
				PdfPCell cell = new PdfPCell();
				cell.setBorder(Rectangle.NO_BORDER);
				cell.setBackgroundColor(BAND);
				cell.setPadding(6);
				cell.addElement(new Paragraph(fact.label(), font(8.5f, Font.NORMAL, MUTED)));
				cell.addElement(new Paragraph(fact.value(), font(14, Font.BOLD, NAVY)));
				table.addCell(cell);
				PdfPCell gap = new PdfPCell();
				gap.setBorder(Rectangle.NO_BORDER);
				gap.setFixedHeight(3);
				table.addCell(gap);
			}
			return table;
		}

		private void balance() throws DocumentException {
			heading(wording.text(Messages.Section_balance));
			document.add(new Paragraph(report.balance(), font(11, Font.BOLD, INK)));
			for (String reason : report.balanceReasons()) {
				Paragraph item = new Paragraph(9 * 1.3f, "\u2022  " + reason, font(9, Font.NORMAL, INK)); //$NON-NLS-1$
				item.setIndentationLeft(10);
				item.setFirstLineIndent(-8);
				document.add(item);
			}
		}

		private void matrices() throws DocumentException {
			float width = (document.right() - document.left() - 16) / 2;
			PdfPTable pair = new PdfPTable(2);
			pair.setWidthPercentage(100);
			pair.addCell(container(wording.text(Messages.Section_portfolioMatrix), one(picture(report.portfolioMatrix(), width)), 0, 8));
			PdfPTable kraljic = one(picture(report.kraljicMatrix(), width));
			if (!report.kraljicNote().isEmpty()) {
				kraljic.addCell(plain(new Phrase(report.kraljicNote(), font(8, Font.NORMAL, MUTED))));
			}
			kraljic.addCell(plain(legend()));
			pair.addCell(container(wording.text(Messages.Section_kraljicMatrix), kraljic, 8, 0));
			document.add(pair);
		}

		private Phrase legend() {
			Phrase legend = new Phrase();
			legend.add(new Chunk("\u25cf ", font(9, Font.NORMAL, QuadrantPicture.OURS))); //$NON-NLS-1$
			legend.add(new Chunk(wording.text(Messages.Kraljic_legendOurs) + "    ", font(8, Font.NORMAL, MUTED))); //$NON-NLS-1$
			legend.add(new Chunk("\u25cf ", font(9, Font.NORMAL, QuadrantPicture.THEIRS))); //$NON-NLS-1$
			legend.add(new Chunk(wording.text(Messages.Kraljic_legendOthers), font(8, Font.NORMAL, MUTED)));
			return legend;
		}

		private static PdfPTable one(Image picture) {
			PdfPTable table = new PdfPTable(1);
			table.setWidthPercentage(100);
			PdfPCell cell = new PdfPCell(picture, true);
			cell.setBorder(Rectangle.NO_BORDER);
			table.addCell(cell);
			return table;
		}

		private void swot() throws DocumentException {
			heading(wording.text(Messages.Section_swot));
			PdfPTable grid = new PdfPTable(2);
			grid.setWidthPercentage(100);
			int i = 0;
			for (Map.Entry<SwotKind, List<String>> quadrant : report.swot().entrySet()) {
				Color colour = SWOT_COLOURS[i++];
				PdfPCell cell = new PdfPCell();
				cell.setBorder(Rectangle.TOP);
				cell.setBorderColor(colour);
				cell.setBorderWidth(2.5f);
				cell.setPadding(8);
				cell.setBackgroundColor(BAND);
				cell.setMinimumHeight(86);
				cell.addElement(new Paragraph(wording.of("Swot", quadrant.getKey()), font(11, Font.BOLD, colour))); //$NON-NLS-1$
				List<String> items = quadrant.getValue().isEmpty() ? List.of(wording.text(Messages.Swot_empty))
						: quadrant.getValue();
				for (String text : items) {
					Paragraph item = new Paragraph(9 * 1.35f, "\u2022  " + text, font(9, Font.NORMAL, INK)); //$NON-NLS-1$
					item.setIndentationLeft(8);
					item.setFirstLineIndent(-8);
					cell.addElement(item);
				}
				grid.addCell(cell);
			}
			grid.setSpacingBefore(2);
			document.add(grid);
		}

		private void table(String title, Table table, float[] widths) throws DocumentException {
			heading(title);
			if (table.rows().isEmpty()) {
				document.add(new Paragraph(wording.text(Messages.Table_empty), font(9, Font.NORMAL, MUTED)));
				return;
			}
			PdfPTable pdf = new PdfPTable(widths);
			pdf.setWidthPercentage(100);
			pdf.setHeaderRows(1);
			for (String header : table.headers()) {
				PdfPCell cell = new PdfPCell(new Phrase(header, font(8.5f, Font.BOLD, Color.WHITE)));
				cell.setBackgroundColor(NAVY);
				cell.setBorder(Rectangle.NO_BORDER);
				cell.setPadding(5);
				pdf.addCell(cell);
			}
			for (int row = 0; row < table.rows().size(); row++) {
				String remark = table.remarks().get(row);
				Color colour = remark == null ? INK : OVERDUE;
				List<String> values = table.rows().get(row);
				for (int column = 0; column < values.size(); column++) {
					Phrase phrase = new Phrase(values.get(column), font(8.5f, Font.NORMAL, colour));
					if (column == 0 && remark != null) {
						phrase.add(new Chunk("\n" + remark, font(7.5f, Font.BOLD, OVERDUE))); //$NON-NLS-1$
					}
					PdfPCell cell = ruled(phrase);
					cell.setPadding(5);
					if (row % 2 == 1) {
						cell.setBackgroundColor(BAND);
					}
					pdf.addCell(cell);
				}
			}
			document.add(pdf);
		}

		private void heading(String text) throws DocumentException {
			Paragraph heading = new Paragraph(text, font(13, Font.BOLD, NAVY));
			heading.setSpacingBefore(12);
			heading.setSpacingAfter(5);
			document.add(heading);
		}

		/** A picture as vector graphics, scaled to {@code width}; its texts stay text. */
		private Image picture(Picture picture, float width) throws DocumentException {
			PdfTemplate template = writer.getDirectContent().createTemplate(picture.width(), picture.height());
			Graphics2D g = template.createGraphics(picture.width(), picture.height(), new OneFont(base));
			try {
				picture.paint(g);
			} finally {
				g.dispose();
			}
			Image image = Image.getInstance(template);
			image.scaleToFit(width, width * picture.height() / picture.width());
			return image;
		}

		private PdfPCell ruled(Phrase phrase) {
			PdfPCell cell = new PdfPCell(phrase);
			cell.setBorder(Rectangle.BOTTOM);
			cell.setBorderColor(RULE);
			cell.setBorderWidth(0.5f);
			cell.setPaddingTop(3);
			cell.setPaddingBottom(5);
			return cell;
		}

		private static PdfPCell plain(Phrase phrase) {
			PdfPCell cell = new PdfPCell(phrase);
			cell.setBorder(Rectangle.NO_BORDER);
			cell.setPaddingTop(4);
			return cell;
		}

		private Font font(float size, int style, Color colour) {
			return new Font(base, size, style, colour);
		}

		@Override
		public void onEndPage(PdfWriter pdfWriter, Document pdfDocument) {
			PdfContentByte canvas = pdfWriter.getDirectContent();
			canvas.setColorStroke(RULE);
			canvas.setLineWidth(0.5f);
			float y = pdfDocument.bottom() - 16;
			canvas.moveTo(pdfDocument.left(), y + 10);
			canvas.lineTo(pdfDocument.right(), y + 10);
			canvas.stroke();
			Font footer = font(7.5f, Font.NORMAL, MUTED);
			ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
					new Phrase(report.title() + "  \u00b7  " + wording.text(Messages.Document_confidential), footer), //$NON-NLS-1$
					pdfDocument.left(), y, 0);
			ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
					new Phrase(wording.text(Messages.Document_page, pdfWriter.getPageNumber()), footer),
					pdfDocument.right(), y, 0);
		}
	}

	/** Draws every text of a picture in the document's typeface. */
	private record OneFont(BaseFont base) implements FontMapper {
		@Override
		public BaseFont awtToPdf(java.awt.Font font) {
			return base;
		}

		@Override
		public java.awt.Font pdfToAwt(BaseFont font, int size) {
			return ReportFonts.awt(java.awt.Font.PLAIN, size);
		}
	}
}
