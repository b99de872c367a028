package org.kamworkbench.core.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Texts;
import org.kamworkbench.core.Thresholds;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.AnalysisSettings;

/**
 * Conflicts between an account's central status and the reality in its local units (the article's
 * point 4), found in every unit of the account, subunits included (depth first, in order).
 * <p>
 * A local importance or commitment (0-10) is high when it lies on the high side of
 * {@link AnalysisSettings#getAttractivenessThreshold()}, the same boundary that separates attractive
 * accounts in the account portfolio; a value exactly on it falls on
 * {@link AnalysisSettings#getBoundarySide()} (see {@link Thresholds#isHigh}). "Low" means not high.
 * <ul>
 * <li>A {@link AccountStatus#KEY_ACCOUNT key account} whose unit has low local importance:
 * {@link Kind#CENTRAL_KEY_LOCALLY_UNIMPORTANT}; low local commitment:
 * {@link Kind#CENTRAL_KEY_LOCALLY_UNCOMMITTED}.</li>
 * <li>A {@link AccountStatus#CANDIDATE candidate} or {@link AccountStatus#FORMER former} key account whose
 * unit has high local importance: {@link Kind#LOCALLY_IMPORTANT_NOT_KEY}. Local commitment does not
 * matter here: it is commitment to serving the unit as part of a key account.</li>
 * <li>A value that matters but is unset is reported as {@link Kind#NOT_ASSESSED}, never as a conflict.</li>
 * </ul>
 */
public final class CentralLocalConflicts {

	/** What was found in a unit. */
	public enum Kind {
		/** The account is key centrally, but the unit matters little to our local organisation. */
		CENTRAL_KEY_LOCALLY_UNIMPORTANT,
		/** The account is key centrally, but our local organisation is hardly committed to the unit. */
		CENTRAL_KEY_LOCALLY_UNCOMMITTED,
		/** The unit matters a lot locally, but the account is not a key account centrally. */
		LOCALLY_IMPORTANT_NOT_KEY,
		/** A local importance or commitment that decides a conflict is not assessed. */
		NOT_ASSESSED;

		/** Whether this is a conflict between central status and local reality (not missing information). */
		public boolean isConflict() {
			return this != NOT_ASSESSED;
		}
	}

	/**
	 * One finding in one unit.
	 *
	 * @param kind    what was found
	 * @param unit    the unit it was found in
	 * @param value   the local importance or commitment that led to it; empty when not assessed
	 * @param message a sentence naming the unit with its country and business unit
	 */
	public record Finding(Kind kind, AccountUnit unit, OptionalDouble value, String message) {
		public Finding {
			Objects.requireNonNull(kind);
			Objects.requireNonNull(unit);
			Objects.requireNonNull(value);
			Objects.requireNonNull(message);
		}
	}

	private CentralLocalConflicts() {
	}

	/** All findings in the account's units, with the threshold and boundary side of the settings. */
	public static List<Finding> find(Account account, AnalysisSettings settings) {
		List<Finding> findings = new ArrayList<>();
		for (AccountUnit unit : account.getUnits()) {
			inspect(account, unit, settings, findings);
		}
		return List.copyOf(findings);
	}

	/** Only the conflicts, without the values that are not assessed. */
	public static List<Finding> conflicts(Account account, AnalysisSettings settings) {
		return find(account, settings).stream().filter(finding -> finding.kind().isConflict()).toList();
	}

	private static void inspect(Account account, AccountUnit unit, AnalysisSettings settings, List<Finding> findings) {
		String accountName = Messages.name(account.getName());
		String unitName = describe(unit);
		double threshold = settings.getAttractivenessThreshold();
		String thresholdText = Texts.decimal(threshold);
		if (account.getStatus() == AccountStatus.KEY_ACCOUNT) {
			if (!unit.isSetLocalImportance()) {
				findings.add(notAssessed(unit, Messages.Conflict_importanceNotAssessed, unitName));
			} else if (!Thresholds.isHigh(unit.getLocalImportance(), threshold, settings.getBoundarySide())) {
				findings.add(new Finding(Kind.CENTRAL_KEY_LOCALLY_UNIMPORTANT, unit,
						OptionalDouble.of(unit.getLocalImportance()),
						NLS.bind(Messages.Conflict_locallyUnimportant, unitName,
								Texts.decimal(unit.getLocalImportance()), thresholdText, accountName)));
			}
			if (!unit.isSetLocalCommitment()) {
				findings.add(notAssessed(unit, Messages.Conflict_commitmentNotAssessed, unitName));
			} else if (!Thresholds.isHigh(unit.getLocalCommitment(), threshold, settings.getBoundarySide())) {
				findings.add(new Finding(Kind.CENTRAL_KEY_LOCALLY_UNCOMMITTED, unit,
						OptionalDouble.of(unit.getLocalCommitment()),
						NLS.bind(Messages.Conflict_locallyUncommitted, unitName,
								Texts.decimal(unit.getLocalCommitment()), thresholdText, accountName)));
			}
		} else if (!unit.isSetLocalImportance()) {
			findings.add(notAssessed(unit, Messages.Conflict_importanceNotAssessed, unitName));
		} else if (Thresholds.isHigh(unit.getLocalImportance(), threshold, settings.getBoundarySide())) {
			findings.add(new Finding(Kind.LOCALLY_IMPORTANT_NOT_KEY, unit, OptionalDouble.of(unit.getLocalImportance()),
					NLS.bind(Messages.Conflict_locallyImportantNotKey, unitName,
							Texts.decimal(unit.getLocalImportance()), thresholdText, accountName)));
		}
		for (AccountUnit subunit : unit.getSubunits()) {
			inspect(account, subunit, settings, findings);
		}
	}

	private static Finding notAssessed(AccountUnit unit, String message, String unitName) {
		return new Finding(Kind.NOT_ASSESSED, unit, OptionalDouble.empty(), NLS.bind(message, unitName));
	}

	/** The unit as a user recognises it: its name, with its country and business unit when known. */
	private static String describe(AccountUnit unit) {
		String details = Stream.of(unit.getCountry(), unit.getBusinessUnit())
				.filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", ")); //$NON-NLS-1$
		String name = Messages.name(unit.getName());
		return details.isEmpty() ? NLS.bind(Messages.Unit_plain, name)
				: NLS.bind(Messages.Unit_withDetails, name, details);
	}
}
