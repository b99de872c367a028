package org.kamworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kamworkbench.core.Texts;

class TextsTest {

	private Locale previous;

	@BeforeEach
	void useEnglishFormats() {
		previous = Locale.getDefault(Locale.Category.FORMAT);
		Locale.setDefault(Locale.Category.FORMAT, Locale.ENGLISH);
	}

	@AfterEach
	void restoreFormats() {
		Locale.setDefault(Locale.Category.FORMAT, previous);
	}

	@Test
	void decimalKeepsAtMostOneDecimal() {
		assertEquals("7.5", Texts.decimal(7.5));
		assertEquals("7.3", Texts.decimal(7.26));
		assertEquals("8", Texts.decimal(8.0));
		assertEquals("1,234.6", Texts.decimal(1234.56));
	}

	@Test
	void numberKeepsAtMostTwoDecimals() {
		assertEquals("0.25", Texts.number(0.25));
		assertEquals("30.56", Texts.number(30.5555));
		assertEquals("5", Texts.number(5.0));
		assertEquals("-12.5", Texts.number(-12.5));
	}

	@Test
	void percentWritesAShareAsAWholePercentage() {
		assertEquals("42%", Texts.percent(0.42));
		assertEquals("100%", Texts.percent(1.0));
	}

	@Test
	void dateUsesTheMediumStyleOfTheFormatLocale() {
		assertEquals("Mar 1, 2025", Texts.date(LocalDate.of(2025, 3, 1)));
	}

	@Test
	void nameOrFallsBackOnThePlaceholderForMissingNames() {
		assertEquals("Acme", Texts.nameOr("Acme", "(unnamed)"));
		assertEquals("(unnamed)", Texts.nameOr(null, "(unnamed)"));
		assertEquals("(unnamed)", Texts.nameOr("  ", "(unnamed)"));
	}
}
