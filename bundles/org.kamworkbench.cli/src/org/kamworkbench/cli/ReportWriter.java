package org.kamworkbench.cli;

import java.io.PrintStream;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/** Plain-text report layout for the terminal: numbered sections, aligned tables, indented lines. */
final class ReportWriter {

	private final PrintStream out;
	private final NumberFormat decimals;
	private final NumberFormat amounts;
	private int section;

	ReportWriter(PrintStream out, Locale locale) {
		this.out = out;
		this.decimals = NumberFormat.getNumberInstance(locale);
		decimals.setMinimumFractionDigits(1);
		decimals.setMaximumFractionDigits(1);
		this.amounts = NumberFormat.getIntegerInstance(locale);
	}

	void heading(String title) {
		out.println();
		out.println(++section + ". " + title); //$NON-NLS-1$
	}

	void line(String text) {
		out.println("   " + text); //$NON-NLS-1$
	}

	void item(String text) {
		out.println("   - " + text); //$NON-NLS-1$
	}

	void detail(String text) {
		out.println("       " + text); //$NON-NLS-1$
	}

	void plain(String text) {
		out.println(text);
	}

	/** A table whose column widths fit the widest cell; numbers are right-aligned by the caller's padding. */
	void table(List<String> header, List<List<String>> rows) {
		int[] widths = new int[header.size()];
		for (List<String> row : concat(header, rows)) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		for (List<String> row : concat(header, rows)) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < row.size(); i++) {
				text.append(String.format("%-" + widths[i] + "s", row.get(i))); //$NON-NLS-1$ //$NON-NLS-2$
				if (i < row.size() - 1) {
					text.append("  "); //$NON-NLS-1$
				}
			}
			line(text.toString().stripTrailing());
		}
	}

	private static List<List<String>> concat(List<String> header, List<List<String>> rows) {
		return Stream.concat(Stream.of(header), rows.stream()).toList();
	}

	String decimal(double value) {
		return decimals.format(value);
	}

	String decimal(OptionalDouble value) {
		return value.isPresent() ? decimal(value.getAsDouble()) : "?"; //$NON-NLS-1$
	}

	String amount(double value) {
		return amounts.format(Math.round(value));
	}

	String percent(double share) {
		return amounts.format(Math.round(share * 100)) + " %"; //$NON-NLS-1$
	}
}
