package org.kamworkbench.core.tests.selection;

import java.time.LocalDate;
import java.util.Locale;

import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.ScaleDirection;
import org.kamworkbench.kam.Score;

/**
 * Small portfolios for the selection tests: one active criteria set (version 2) and explicit settings, with
 * helpers to add criteria, accounts and scores.
 */
final class SelectionFixture {

	static final int VERSION = 2;

	final KamFactory kam = KamFactory.eINSTANCE;
	final Portfolio portfolio = kam.createPortfolio();
	final AnalysisSettings settings = kam.createAnalysisSettings();
	final CriteriaSet criteria = kam.createCriteriaSet();

	private Criterion attractiveness;
	private Criterion strength;

	SelectionFixture() {
		portfolio.setName("Test portfolio");
		portfolio.setSettings(settings);
		criteria.setName("Selection 2026");
		criteria.setVersion(VERSION);
		portfolio.getCriteriaSets().add(criteria);
		portfolio.setActiveCriteriaSet(criteria);
	}

	/**
	 * A fixture with one criterion per axis on a 0-10 scale weighing 100, so an account's axis score is the
	 * value it is given with {@link #account(String, AccountStatus, double, double)}.
	 */
	static SelectionFixture oneCriterionPerAxis() {
		SelectionFixture fixture = new SelectionFixture();
		fixture.attractiveness = fixture.criterion("Revenue potential", Axis.ATTRACTIVENESS, 100);
		fixture.strength = fixture.criterion("Our position against the best competitor", Axis.RELATIVE_STRENGTH, 100);
		return fixture;
	}

	/** A criterion on a 0-10 scale, higher is better. */
	Criterion criterion(String name, Axis axis, double weight) {
		return criterion(criteria, name, axis, weight, 0, 10, ScaleDirection.HIGHER_IS_BETTER);
	}

	Criterion criterion(CriteriaSet set, String name, Axis axis, double weight, double min, double max,
			ScaleDirection direction) {
		Criterion criterion = kam.createCriterion();
		criterion.setName(name);
		criterion.setAxis(axis);
		criterion.setWeight(weight);
		criterion.setScaleMin(min);
		criterion.setScaleMax(max);
		criterion.setDirection(direction);
		set.getCriteria().add(criterion);
		return criterion;
	}

	Account account(String name, AccountStatus status) {
		Account account = kam.createAccount();
		account.setName(name);
		account.setStatus(status);
		portfolio.getAccounts().add(account);
		return account;
	}

	/** An account scored on the one criterion per axis of {@link #oneCriterionPerAxis()}. */
	Account account(String name, AccountStatus status, double attractivenessScore, double strengthScore) {
		Account account = account(name, status);
		score(account, attractiveness, attractivenessScore);
		score(account, strength, strengthScore);
		return account;
	}

	/** A score under the current criteria version. */
	Score score(Account account, Criterion criterion, double value) {
		return score(account, criterion, value, VERSION);
	}

	Score score(Account account, Criterion criterion, double value, int version) {
		Score score = kam.createScore();
		score.setCriterion(criterion);
		score.setValue(value);
		score.setCriteriaVersion(version);
		account.getScores().add(score);
		return score;
	}

	Score score(Account account, Criterion criterion, double value, LocalDate date) {
		Score score = score(account, criterion, value);
		score.setDate(date);
		return score;
	}

	Criterion attractivenessCriterion() {
		return attractiveness;
	}

	Criterion strengthCriterion() {
		return strength;
	}

	/** Whether the messages under test are the Dutch ones (NLS follows the default locale). */
	static boolean dutch() {
		return "nl".equals(Locale.getDefault().getLanguage()); //$NON-NLS-1$
	}
}
