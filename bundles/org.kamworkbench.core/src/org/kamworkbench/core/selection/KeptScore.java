package org.kamworkbench.core.selection;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.Score;

/**
 * A score given under another version of the criteria than the one being applied. It is kept, so history
 * stays true, but not counted: the criteria or weights it was judged against may have changed since.
 *
 * @param score          the score as recorded
 * @param version        the criteria version it was given under
 * @param currentVersion the version of the criteria set being applied
 */
public record KeptScore(Score score, int version, int currentVersion) {

	/** The criterion the score was given on. */
	public Criterion criterion() {
		return score.getCriterion();
	}

	/** For example "Revenue potential: score kept under version 1, not counted in version 2". */
	public String message() {
		return NLS.bind(Messages.Scoring_keptUnderVersion,
				new Object[] { criterion().getName(), Integer.valueOf(version), Integer.valueOf(currentVersion) });
	}
}
