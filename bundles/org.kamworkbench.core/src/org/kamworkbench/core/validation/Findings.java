package org.kamworkbench.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Texts;

/**
 * Collects the constraint violations of one object as diagnostics: source {@value KamValidator#DIAGNOSTIC_SOURCE},
 * the constraint's code and severity, and as data the offending object, then the feature, then related objects.
 */
final class Findings {

	/** Largest difference still read as equal when adding weights and shares (rounding in input). */
	static final double ROUNDING = 1e-6;

	private final DiagnosticChain diagnostics;
	private boolean clean = true;

	Findings(DiagnosticChain diagnostics) {
		this.diagnostics = diagnostics;
	}

	/** Whether nothing was reported. */
	boolean clean() {
		return clean;
	}

	void report(Constraint constraint, EObject object, EStructuralFeature feature, String message, Object... related) {
		clean = false;
		if (diagnostics == null) {
			return;
		}
		List<Object> data = new ArrayList<>();
		data.add(object);
		if (feature != null) {
			data.add(feature);
		}
		data.addAll(List.of(related));
		diagnostics.add(new BasicDiagnostic(constraint.severity(), KamValidator.DIAGNOSTIC_SOURCE, constraint.code(),
				message, data.toArray()));
	}

	/** Reports a number outside [min, max], both ends allowed; an unsettable feature that is unset is not assessed and passes. */
	void inRange(Constraint constraint, EObject object, EAttribute feature, double min, double max) {
		if (feature.isUnsettable() && !object.eIsSet(feature)) {
			return;
		}
		double value = ((Number) object.eGet(feature)).doubleValue();
		if (!(value >= min && value <= max)) {
			report(constraint, object, feature, NLS.bind(Messages.Validation_outOfRange, new Object[] {
					ObjectLabels.path(object), ObjectLabels.featureName(feature), Texts.number(value), Texts.number(min),
					Texts.number(max) }));
		}
	}

	/** Reports a number below {@code min}. */
	void atLeast(Constraint constraint, EObject object, EAttribute feature, double min) {
		double value = ((Number) object.eGet(feature)).doubleValue();
		if (!(value >= min)) {
			report(constraint, object, feature, NLS.bind(Messages.Validation_belowMinimum,
					new Object[] { ObjectLabels.path(object), ObjectLabels.featureName(feature), Texts.number(value),
							Texts.number(min) }));
		}
	}

	/** Reports a period whose start lies after its end. */
	void periodOrder(Constraint constraint, EObject object, EAttribute startFeature, LocalDate start, LocalDate end) {
		if (start != null && end != null && start.isAfter(end)) {
			report(constraint, object, startFeature,
					NLS.bind(Messages.Validation_periodOrder,
							new Object[] { ObjectLabels.path(object), Texts.date(start), Texts.date(end) }));
		}
	}
}
