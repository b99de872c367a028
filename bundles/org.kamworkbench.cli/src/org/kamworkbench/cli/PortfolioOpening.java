package org.kamworkbench.cli;

import java.nio.file.Path;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.kamworkbench.core.Thresholds;
import org.kamworkbench.core.balance.BalanceVerdict;
import org.kamworkbench.core.kraljic.KraljicClassifier;
import org.kamworkbench.core.selection.PortfolioMatrix;
import org.kamworkbench.core.validation.PortfolioValidation;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.PortfolioFiles;
import org.kamworkbench.kam.resource.PortfolioLoadException;

/**
 * Opening a portfolio as the workbench does before it shows one: load the file, validate it, and classify
 * every account (portfolio matrix, Kraljic, balance), each step timed. {@link #close()} unloads it again.
 */
final class PortfolioOpening {

	private ResourceSet resources;
	private Portfolio portfolio;
	private final int severity;
	private final long loadNanos;
	private final long validateNanos;
	private final long classifyNanos;
	private final int classified;

	private PortfolioOpening(ResourceSet resources, Portfolio portfolio, int severity, long loadNanos,
			long validateNanos, long classifyNanos, int classified) {
		this.resources = resources;
		this.portfolio = portfolio;
		this.severity = severity;
		this.loadNanos = loadNanos;
		this.validateNanos = validateNanos;
		this.classifyNanos = classifyNanos;
		this.classified = classified;
	}

	static PortfolioOpening open(Path file) throws PortfolioLoadException {
		ResourceSet resources = PortfolioFiles.newResourceSet();
		long start = System.nanoTime();
		Portfolio portfolio = PortfolioFiles.load(resources, file);
		long loaded = System.nanoTime();
		Diagnostic diagnosis = PortfolioValidation.validate(portfolio);
		long validated = System.nanoTime();
		int classified = classify(portfolio);
		long done = System.nanoTime();
		return new PortfolioOpening(resources, portfolio, diagnosis.getSeverity(), loaded - start, validated - loaded,
				done - validated, classified);
	}

	/** Places every account in the portfolio matrix, classifies its Kraljic categories and judges its balance. */
	private static int classify(Portfolio portfolio) {
		AnalysisSettings settings = Thresholds.of(portfolio);
		int placed = (int) PortfolioMatrix.place(portfolio).stream().filter(position -> position.quadrant().isPresent())
				.count();
		KraljicClassifier kraljic = new KraljicClassifier(settings);
		for (Account account : portfolio.getAccounts()) {
			placed += kraljic.classify(account).size();
			placed += BalanceVerdict.judge(account, settings).reasons().size();
		}
		return placed;
	}

	Portfolio portfolio() {
		return portfolio;
	}

	/** The worst severity the validation found ({@link Diagnostic#OK} when the portfolio is valid). */
	int severity() {
		return severity;
	}

	long loadNanos() {
		return loadNanos;
	}

	long validateNanos() {
		return validateNanos;
	}

	long classifyNanos() {
		return classifyNanos;
	}

	long openNanos() {
		return loadNanos + validateNanos + classifyNanos;
	}

	/** How many placements and verdicts the classification made (keeps its work from being optimised away). */
	int classified() {
		return classified;
	}

	/** Unloads the portfolio, as closing its editor does, and lets go of it. */
	void close() {
		for (Resource resource : resources.getResources()) {
			resource.unload();
		}
		resources.getResources().clear();
		resources = null;
		portfolio = null;
	}
}
