package org.kamworkbench.example.nps;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.criteria.ComputedValue;
import org.kamworkbench.core.criteria.CriterionComputation;
import org.kamworkbench.core.criteria.CriterionValues;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.Portfolio;

/**
 * The computed criterion: the buying centre's {@link NetPromoterScore} placed on the criterion's scale, -100 at
 * its lowest value and +100 at its highest (on a scale of -100 to 100 the value is the score itself).
 */
public class BuyingCentreNps implements CriterionComputation {

	@Override
	public CriterionValues prepare(Portfolio portfolio, Criterion criterion) {
		double min = criterion.getScaleMin();
		double span = criterion.getScaleMax() - criterion.getScaleMin();
		return account -> {
			NetPromoterScore nps = NetPromoterScore.of(account);
			if (!nps.isKnown()) {
				return ComputedValue.none(Messages.Nps_noneKnown);
			}
			return ComputedValue.of(min + (nps.score() + 100.0) / 200.0 * span,
					NLS.bind(Messages.Nps_explanation, nps.text(), nps.counts()));
		};
	}
}
