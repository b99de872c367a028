package org.kamworkbench.core.criteria;

import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.Portfolio;

/**
 * Computes the value of a selection criterion from data the portfolio holds, instead of a score given by
 * judgement. A criterion is computed when its {@code computationId} names the id of a computation contributed
 * to the extension point {@code org.kamworkbench.core.criteria}.
 * <p>
 * Rules an implementation keeps, so that the portfolio matrix stays reproducible:
 * <ul>
 * <li>It only reads the model, and the same portfolio gives the same values: no clock, no random numbers, no
 * files or network.</li>
 * <li>Values are on the criterion's scale ({@code scaleMin} to {@code scaleMax}, read from the criterion given
 * to {@link #prepare}); the scoring places them on 0-10 and reverses them for {@code LOWER_IS_BETTER}, as it does
 * with scores given by hand.</li>
 * <li>When an account lacks the data, it answers {@link ComputedValue#none(String)} with the reason: the
 * criterion is then reported as not computed, never taken as 0.</li>
 * </ul>
 * Implementations need a public constructor without arguments; one instance may serve several threads.
 */
public interface CriterionComputation {

	/**
	 * Prepares the values of {@code criterion} for the accounts of {@code portfolio}. Called once per scoring pass
	 * (the portfolio matrix, the selection grid, the command line's analysis), so whatever needs the whole
	 * portfolio (say the largest revenue of any account) is computed here once; the values are then asked per
	 * account.
	 */
	CriterionValues prepare(Portfolio portfolio, Criterion criterion);
}
