package org.kamworkbench.exchange.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.kamworkbench.core.exchange.ImportProblem;
import org.kamworkbench.core.exchange.ImportResult;
import org.kamworkbench.kam.Portfolio;

/**
 * The changes of a CSV import, record by record, made only by {@link #applyTo}. A record that refers to an object
 * another record creates depends on that record, and is left out with it.
 */
final class ImportPlan implements ImportResult {

	/** The changes of one record of the source. */
	static final class Changes {
		private final long line;
		private final List<Runnable> steps = new ArrayList<>();
		private final Set<Changes> dependencies = new LinkedHashSet<>();
		private boolean rejected;

		private Changes(long line) {
			this.line = line;
		}

		long line() {
			return line;
		}

		/** Sets the feature when the value differs from what the object holds. */
		void set(EObject object, EStructuralFeature feature, Object value) {
			if (value != null && (!object.eIsSet(feature) || !Objects.equals(object.eGet(feature), value))) {
				steps.add(() -> object.eSet(feature, value));
			}
		}

		void add(Runnable step) {
			steps.add(step);
		}

		/** This record needs the object {@code creator} makes (no-op for objects already in the portfolio). */
		void dependOn(Changes creator) {
			if (creator != null && creator != this) {
				dependencies.add(creator);
			}
		}

		boolean isRejected() {
			return rejected;
		}

		void reject() {
			rejected = true;
		}
	}

	private final Portfolio portfolio;
	private final boolean allOrNothing;
	private final List<Changes> records = new ArrayList<>();
	private final List<ImportProblem> problems = new ArrayList<>();

	ImportPlan(Portfolio portfolio, boolean allOrNothing) {
		this.portfolio = portfolio;
		this.allOrNothing = allOrNothing;
	}

	/** A record on {@code line}, to be filled with its changes. */
	Changes record(long line) {
		Changes changes = new Changes(line);
		records.add(changes);
		return changes;
	}

	void report(List<ImportProblem> found) {
		problems.addAll(found);
	}

	void report(ImportProblem problem) {
		problems.add(problem);
	}

	/** The first rejected record that {@code changes} depends on, or {@code null}. */
	static Changes rejectedDependency(Changes changes) {
		return changes.dependencies.stream().filter(Changes::isRejected).findFirst().orElse(null);
	}

	List<Changes> records() {
		return records;
	}

	@Override
	public List<ImportProblem> problems() {
		return problems.stream().sorted(Comparator.comparingLong(ImportProblem::line)).toList();
	}

	@Override
	public int importableRecords() {
		if (allOrNothing && !problems.isEmpty()) {
			return 0;
		}
		return (int) records.stream().filter(changes -> !changes.rejected).count();
	}

	@Override
	public void applyTo(Portfolio target) {
		if (target != portfolio) {
			throw new IllegalArgumentException("the import was read against another portfolio"); //$NON-NLS-1$
		}
		if (importableRecords() == 0) {
			return;
		}
		for (Changes changes : records) {
			if (!changes.rejected) {
				changes.steps.forEach(Runnable::run);
			}
		}
	}
}
