package org.kamworkbench.core.validation;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Texts;
import org.kamworkbench.core.Thresholds;
import org.kamworkbench.core.criteria.CriterionComputations;
import org.kamworkbench.core.selection.ComputedCriteria;
import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.KamPackage.Literals;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.Score;

/**
 * Selection criteria and scores (domain point 2): per criteria set and axis the weights sum to the
 * settings' {@code weightTotal} (within {@value Findings#ROUNDING}); an axis without criteria is not
 * checked, nor are weights while the weight total itself is not above 0. A criterion's scale runs from a lower to a higher value and its weight is not negative; a
 * score lies on its criterion's scale, both ends included. A computed criterion names an installed computation.
 */
final class SelectionConstraints {

	private SelectionConstraints() {
	}

	static void check(CriteriaSet set, Findings findings) {
		Portfolio portfolio = EcoreUtil.getRootContainer(set) instanceof Portfolio root ? root : null;
		double expected = Thresholds.of(portfolio).getWeightTotal();
		if (!(expected > 0)) {
			return; // the settings are wrong, and reported there
		}
		for (Axis axis : Axis.VALUES) {
			double sum = 0;
			boolean any = false;
			for (Criterion criterion : set.getCriteria()) {
				if (criterion.getAxis() == axis) {
					sum += criterion.getWeight();
					any = true;
				}
			}
			if (any && !(Math.abs(sum - expected) <= Findings.ROUNDING)) {
				findings.report(Constraint.CRITERIA_WEIGHT_TOTAL, set, Literals.CRITERIA_SET__CRITERIA,
						NLS.bind(Messages.Validation_weightTotal, new Object[] { axisName(axis),
								ObjectLabels.nameOrLabel(set), Texts.number(sum), Texts.number(expected) }),
						axis);
			}
		}
	}

	static void check(Criterion criterion, Findings findings) {
		if (!(criterion.getScaleMin() < criterion.getScaleMax())) {
			findings.report(Constraint.CRITERION_SCALE, criterion, Literals.CRITERION__SCALE_MIN,
					NLS.bind(Messages.Validation_criterionScale, new Object[] { ObjectLabels.path(criterion),
							Texts.number(criterion.getScaleMin()), Texts.number(criterion.getScaleMax()) }));
		}
		findings.atLeast(Constraint.CRITERION_WEIGHT, criterion, Literals.CRITERION__WEIGHT, 0);
		if (ComputedCriteria.isComputed(criterion)
				&& CriterionComputations.find(criterion.getComputationId().strip()).isEmpty()) {
			findings.report(Constraint.CRITERION_COMPUTATION_INSTALLED, criterion, Literals.CRITERION__COMPUTATION_ID,
					NLS.bind(Messages.Validation_computationNotInstalled,
							ObjectLabels.path(criterion), criterion.getComputationId().strip()));
		}
	}

	static void check(Score score, Findings findings) {
		Criterion criterion = score.getCriterion();
		if (criterion == null || !(criterion.getScaleMin() < criterion.getScaleMax())) {
			return; // reported on the score (no criterion) or on the criterion (no scale)
		}
		double value = score.getValue();
		if (!(value >= criterion.getScaleMin() && value <= criterion.getScaleMax())) {
			findings.report(Constraint.SCORE_IN_SCALE, score, Literals.SCORE__VALUE,
					NLS.bind(Messages.Validation_scoreOutOfScale,
							new Object[] { ObjectLabels.path(score), Texts.number(value),
									ObjectLabels.nameOrLabel(criterion), Texts.number(criterion.getScaleMin()),
									Texts.number(criterion.getScaleMax()) }),
					criterion);
		}
	}

	private static String axisName(Axis axis) {
		return switch (axis) {
		case ATTRACTIVENESS -> Messages.Axis_attractiveness;
		case RELATIVE_STRENGTH -> Messages.Axis_relativeStrength;
		};
	}
}
