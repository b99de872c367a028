package org.kamworkbench.ui.editors;

import java.time.LocalDate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Score;

/** The commands that change a score in the grid: one undoable step, whether the score existed or not. */
final class ScoreCommands {

	private ScoreCommands() {
	}

	/** The account's score on the criterion under the criterion's current version, or {@code null}. */
	static Score find(Account account, Criterion criterion) {
		int version = versionOf(criterion);
		Score found = null;
		for (Score score : account.getScores()) {
			if (score.getCriterion() == criterion && score.getCriteriaVersion() == version
					&& (found == null || later(score, found))) {
				found = score;
			}
		}
		return found;
	}

	private static boolean later(Score score, Score than) {
		return score.getDate() != null && (than.getDate() == null || score.getDate().isAfter(than.getDate()));
	}

	static int versionOf(Criterion criterion) {
		return criterion.eContainer() instanceof CriteriaSet set ? set.getVersion() : 0;
	}

	static Command setValue(EditingDomain domain, Account account, Criterion criterion, double value, LocalDate today) {
		Score existing = find(account, criterion);
		if (existing != null) {
			return SetCommand.create(domain, existing, KamPackage.Literals.SCORE__VALUE, value);
		}
		Score score = KamFactory.eINSTANCE.createScore();
		score.setCriterion(criterion);
		score.setValue(value);
		score.setDate(today);
		score.setCriteriaVersion(versionOf(criterion));
		return AddCommand.create(domain, account, KamPackage.Literals.ACCOUNT__SCORES, score);
	}
}
