package org.kamworkbench.exchange.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.kamworkbench.core.exchange.Exchange;
import org.kamworkbench.core.exchange.ExportScope;
import org.kamworkbench.core.exchange.ExporterDescriptor;
import org.kamworkbench.tests.support.Translations;

/** The exporters are found where the command line and the Export wizard look for them, in both languages. */
class ExportersInstalledTest {

	@Test
	void pdfAndPowerPointAreInstalledForOneAccount() {
		ExporterDescriptor pdf = Exchange.exporter("pdf", ExportScope.ACCOUNT).orElseThrow();
		assertEquals("Account plan as PDF", pdf.name());
		assertEquals("pdf", pdf.fileExtension());
		assertInstanceOf(PdfAccountPlanExporter.class, pdf.exporter().get());
		ExporterDescriptor pptx = Exchange.exporter("PPTX", ExportScope.ACCOUNT).orElseThrow();
		assertEquals("Account plan as PowerPoint", pptx.name());
		assertEquals("pptx", pptx.fileExtension());
		assertInstanceOf(PowerPointAccountPlanExporter.class, pptx.exporter().get());
	}

	@Test
	void everyTextHasADutchTranslation() throws Exception {
		assertEquals(java.util.List.of(), Translations.problems(PdfAccountPlanExporter.class));
	}
}
