package org.kamworkbench.core.analysis;

import java.util.List;

/**
 * What an {@link AccountAnalysis} found for one account: figures (a label and its value, both already
 * formatted for the user) and findings (whole sentences), each in the order they are to be read.
 */
public record AnalysisReport(List<Figure> figures, List<String> findings) {

	public AnalysisReport {
		figures = List.copyOf(figures);
		findings = List.copyOf(findings);
	}

	/** A report without figures or findings. */
	public static AnalysisReport empty() {
		return new AnalysisReport(List.of(), List.of());
	}

	/** Whether there is nothing to show. */
	public boolean isEmpty() {
		return figures.isEmpty() && findings.isEmpty();
	}

	/** One figure: what it is ("Net Promoter Score") and its value as shown ("+25"). */
	public record Figure(String label, String value) {
	}
}
