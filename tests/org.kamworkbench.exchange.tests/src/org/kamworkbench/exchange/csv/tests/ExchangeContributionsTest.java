package org.kamworkbench.exchange.csv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kamworkbench.core.exchange.ColumnMapping;
import org.kamworkbench.core.exchange.Exchange;
import org.kamworkbench.core.exchange.ExportScope;
import org.kamworkbench.exchange.csv.CsvPortfolioExporter;
import org.kamworkbench.exchange.csv.CsvPortfolioImporter;
import org.kamworkbench.tests.support.Translations;

/** The CSV formats reach users through the core's extension points, in English and Dutch. */
class ExchangeContributionsTest {

	@Test
	void theImporterAndExporterAreInstalledAsFormatCsv() {
		var importer = Exchange.importer("CSV").orElseThrow();
		assertInstanceOf(CsvPortfolioImporter.class, importer.importer().get());
		assertInstanceOf(ColumnMapping.class, importer.importer().get(), "the wizard maps columns through it");
		assertEquals("csv", importer.fileExtension());
		var exporter = Exchange.exporter("csv", ExportScope.PORTFOLIO).orElseThrow();
		assertInstanceOf(CsvPortfolioExporter.class, exporter.exporter().get());
	}

	@Test
	void theColumnsOfAHeaderAreMatchedByName() throws Exception {
		ColumnMapping mapping = new CsvPortfolioImporter();
		var columns = mapping.columns(new java.io.StringReader("Record, Account ID ,E-mail,Contact Role\n"));
		assertEquals(List.of(new ColumnMapping.Column("Record", "record"), new ColumnMapping.Column("Account ID", "account id"),
				new ColumnMapping.Column("E-mail", "email"), new ColumnMapping.Column("Contact Role", "")), columns);
		assertEquals("record", mapping.fields().get(0));
	}

	@Test
	void everyTextIsInDutchToo() throws Exception {
		assertEquals(List.of(), Translations.problems(CsvPortfolioImporter.class));
	}
}
