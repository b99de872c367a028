package org.kamworkbench.exchange.office;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.openpdf.text.pdf.BaseFont;

/**
 * The one typeface of the exports: Liberation Sans (SIL Open Font License), which OpenPDF ships. It covers
 * every European name (Poznań, Ørsted), where PDF's standard Helvetica does not, and makes pictures look the
 * same on every machine, whatever fonts it has.
 */
final class ReportFonts {

	private static final String FILE = "font-fallback/LiberationSans-Regular.ttf"; //$NON-NLS-1$
	private static byte[] bytes;
	private static Font awt;

	private ReportFonts() {
	}

	/** The typeface for a PDF document, embedded as the subset the document uses. */
	static BaseFont pdf() throws IOException {
		return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, //$NON-NLS-1$
				false, bytes(), null);
	}

	/** The typeface for Java2D, at {@code size} points. */
	static synchronized Font awt(int style, float size) {
		if (awt == null) {
			try {
				awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes()));
			} catch (IOException | FontFormatException e) {
				throw new IllegalStateException(FILE + " cannot be read", e); //$NON-NLS-1$
			}
		}
		return awt.deriveFont(style, size);
	}

	private static synchronized byte[] bytes() throws IOException {
		if (bytes == null) {
			try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(FILE)) {
				if (in == null) {
					throw new IOException(FILE + " is missing from OpenPDF"); //$NON-NLS-1$
				}
				bytes = in.readAllBytes();
			}
		}
		return bytes;
	}
}
