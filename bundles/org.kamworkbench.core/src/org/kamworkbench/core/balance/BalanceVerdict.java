package org.kamworkbench.core.balance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.Texts;
import org.kamworkbench.core.kraljic.KeySupplierVerdict;
import org.kamworkbench.core.kraljic.KraljicQuadrant;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.DecisionLevel;
import org.kamworkbench.kam.PurchasingCoordination;

/**
 * Whether the relationship with an account is balanced (the article's point 3): the customer's view of
 * us beside ours of the customer, and the checks that show an unequal relationship.
 * <p>
 * The customer's view is the {@link KeySupplierVerdict} (strategic or not), ours the
 * {@link PreferencingQuadrant} (committed when {@link PreferencingQuadrant#CORE core} or
 * {@link PreferencingQuadrant#DEVELOPMENT development}, the quadrants we want to invest in):
 * <ul>
 * <li>they see us strategic, we are committed: {@link Balance#BALANCED_PARTNERSHIP};</li>
 * <li>they do not see us strategic, we are committed: {@link Balance#WE_ARE_MORE_COMMITTED};</li>
 * <li>they see us strategic, we see them exploitable or nuisance: {@link Balance#THEY_ARE_MORE_COMMITTED};</li>
 * <li>neither: {@link Balance#NO_KEY_RELATIONSHIP};</li>
 * <li>either view unknown: {@link Balance#UNKNOWN}.</li>
 * </ul>
 * The checks add reasons whatever the balance: willingness to invest and internationalisation (ours
 * against theirs, 0-10) are unequal when they differ by more than
 * {@link AnalysisSettings#getBalanceTolerance()} (a difference exactly equal to it is still balanced), and
 * are reported as not assessed when either side is unset; a customer deciding at international, regional
 * or global level with decentralised purchasing is reported, since a central agreement binds no one
 * locally; an unknown decision level or purchasing coordination is reported as missing information.
 *
 * @param balance      the verdict on commitment
 * @param customerView how the customer sees us, with its own reasons
 * @param ourView      how we see the customer, empty when supplier preferencing is not recorded
 * @param reasons      every reason in plain words: the commitment first, then the checks
 */
public record BalanceVerdict(Balance balance, KeySupplierVerdict customerView, Optional<PreferencingQuadrant> ourView,
		List<Reason> reasons) {

	/** Who is committed to the relationship. */
	public enum Balance {
		/** The customer sees us as a strategic supplier and we see it as a core or development account. */
		BALANCED_PARTNERSHIP,
		/** We see the customer as a core or development account, but it does not see us as strategic. */
		WE_ARE_MORE_COMMITTED,
		/** The customer sees us as strategic, but we see it as an exploitable or nuisance account. */
		THEY_ARE_MORE_COMMITTED,
		/** Neither side sees the other as key. */
		NO_KEY_RELATIONSHIP,
		/** The customer's view or ours is not known. */
		UNKNOWN;

		/** A short name of the balance, for tables and charts. */
		public String title() {
			return switch (this) {
			case BALANCED_PARTNERSHIP -> Messages.Balance_BALANCED_PARTNERSHIP_title;
			case WE_ARE_MORE_COMMITTED -> Messages.Balance_WE_ARE_MORE_COMMITTED_title;
			case THEY_ARE_MORE_COMMITTED -> Messages.Balance_THEY_ARE_MORE_COMMITTED_title;
			case NO_KEY_RELATIONSHIP -> Messages.Balance_NO_KEY_RELATIONSHIP_title;
			case UNKNOWN -> Messages.Balance_UNKNOWN_title;
			};
		}
	}

	/** What a reason is about. */
	public enum ReasonKind {
		/** The balance of commitment itself. */
		COMMITMENT,
		/** Our and the customer's willingness to invest differ by more than the tolerance. */
		UNEQUAL_WILLINGNESS_TO_INVEST,
		/** Our and the customer's internationalisation differ by more than the tolerance. */
		UNEQUAL_INTERNATIONALISATION,
		/** An international, regional or global customer that purchases decentralised. */
		WITHOUT_CENTRAL_PURCHASING,
		/** Something the verdict needs is not assessed or not recorded. */
		MISSING_INFORMATION
	}

	/** One reason of the verdict, with its sentence in the user's language. */
	public record Reason(ReasonKind kind, String message) {
		public Reason {
			Objects.requireNonNull(kind);
			Objects.requireNonNull(message);
		}
	}

	public BalanceVerdict {
		Objects.requireNonNull(balance);
		Objects.requireNonNull(customerView);
		Objects.requireNonNull(ourView);
		reasons = List.copyOf(reasons);
	}

	/** Judges the account with the given thresholds and tolerance, e.g. {@code Thresholds.of(portfolio)}. */
	public static BalanceVerdict judge(Account account, AnalysisSettings settings) {
		KeySupplierVerdict customerView = KeySupplierVerdict.judge(account, settings);
		Optional<PreferencingQuadrant> ourView = new SupplierPreferencingClassifier(settings).classify(account);
		List<Reason> reasons = new ArrayList<>();
		Balance balance = commitment(customerView, ourView, reasons);
		double tolerance = settings.getBalanceTolerance();
		compare(reasons, ReasonKind.UNEQUAL_WILLINGNESS_TO_INVEST, tolerance,
				account.isSetOurWillingnessToInvest(), account.getOurWillingnessToInvest(),
				account.isSetTheirWillingnessToInvest(), account.getTheirWillingnessToInvest(),
				Messages.Balance_weInvestMore, Messages.Balance_theyInvestMore,
				Messages.Balance_ourWillingnessNotAssessed, Messages.Balance_theirWillingnessNotAssessed);
		compare(reasons, ReasonKind.UNEQUAL_INTERNATIONALISATION, tolerance,
				account.isSetOurInternationalisation(), account.getOurInternationalisation(),
				account.isSetTheirInternationalisation(), account.getTheirInternationalisation(),
				Messages.Balance_weMoreInternational, Messages.Balance_theyMoreInternational,
				Messages.Balance_ourInternationalisationNotAssessed,
				Messages.Balance_theirInternationalisationNotAssessed);
		purchasing(account.getDecisionLevel(), account.getPurchasingCoordination(), reasons);
		return new BalanceVerdict(balance, customerView, ourView, reasons);
	}

	/** The reasons' sentences, in order. */
	public List<String> messages() {
		return reasons.stream().map(Reason::message).toList();
	}

	/** The reasons of one kind, in order. */
	public List<Reason> reasons(ReasonKind kind) {
		return reasons.stream().filter(reason -> reason.kind() == kind).toList();
	}

	private static Balance commitment(KeySupplierVerdict customerView, Optional<PreferencingQuadrant> ourView,
			List<Reason> reasons) {
		boolean customerUnknown = customerView.outcome() == KeySupplierVerdict.Outcome.UNKNOWN;
		if (customerUnknown || ourView.isEmpty()) {
			reasons.add(new Reason(ReasonKind.COMMITMENT, NLS.bind(Messages.Balance_unknown)));
			if (customerUnknown) {
				reasons.add(new Reason(ReasonKind.MISSING_INFORMATION, NLS.bind(Messages.Balance_customerViewUnknown)));
			}
			if (ourView.isEmpty()) {
				reasons.add(new Reason(ReasonKind.MISSING_INFORMATION, NLS.bind(Messages.Balance_ourViewUnknown)));
			}
			return Balance.UNKNOWN;
		}
		boolean theySeeUsStrategic = customerView.outcome() == KeySupplierVerdict.Outcome.KEY_SUPPLIER_POSSIBLE;
		PreferencingQuadrant ours = ourView.get();
		boolean weAreCommitted = ours == PreferencingQuadrant.CORE || ours == PreferencingQuadrant.DEVELOPMENT;
		// not strategic means every category of ours is placed, so there is a main quadrant
		KraljicQuadrant theirs = theySeeUsStrategic ? KraljicQuadrant.STRATEGIC
				: customerView.mainQuadrant().orElseThrow();
		Balance balance;
		String message;
		if (theySeeUsStrategic) {
			balance = weAreCommitted ? Balance.BALANCED_PARTNERSHIP : Balance.THEY_ARE_MORE_COMMITTED;
			message = weAreCommitted ? Messages.Balance_balanced : Messages.Balance_theyMoreCommitted;
		} else {
			balance = weAreCommitted ? Balance.WE_ARE_MORE_COMMITTED : Balance.NO_KEY_RELATIONSHIP;
			message = weAreCommitted ? Messages.Balance_weMoreCommitted : Messages.Balance_noKeyRelationship;
		}
		reasons.add(new Reason(ReasonKind.COMMITMENT, NLS.bind(message, theirs.asItem(), ours.asAccount())));
		return balance;
	}

	private static void compare(List<Reason> reasons, ReasonKind kind, double tolerance, boolean ourSet, double our,
			boolean theirSet, double their, String weMore, String theyMore, String ourMissing, String theirMissing) {
		if (!ourSet) {
			reasons.add(new Reason(ReasonKind.MISSING_INFORMATION, NLS.bind(ourMissing)));
		}
		if (!theirSet) {
			reasons.add(new Reason(ReasonKind.MISSING_INFORMATION, NLS.bind(theirMissing)));
		}
		if (ourSet && theirSet && Math.abs(our - their) > tolerance) {
			reasons.add(new Reason(kind, NLS.bind(our > their ? weMore : theyMore, Texts.decimal(our),
					Texts.decimal(their), Texts.decimal(tolerance))));
		}
	}

	private static void purchasing(DecisionLevel level, PurchasingCoordination coordination, List<Reason> reasons) {
		if (level == DecisionLevel.UNKNOWN) {
			reasons.add(new Reason(ReasonKind.MISSING_INFORMATION, NLS.bind(Messages.Balance_decisionLevelUnknown)));
		}
		if (coordination == PurchasingCoordination.UNKNOWN) {
			reasons.add(new Reason(ReasonKind.MISSING_INFORMATION, NLS.bind(Messages.Balance_coordinationUnknown)));
		}
		String levelName = switch (level) {
		case INTERNATIONAL -> Messages.Balance_level_INTERNATIONAL;
		case REGIONAL -> Messages.Balance_level_REGIONAL;
		case GLOBAL -> Messages.Balance_level_GLOBAL;
		case NATIONAL, UNKNOWN -> null; // a national customer needs no central purchasing across countries
		};
		if (levelName != null && coordination == PurchasingCoordination.DECENTRALISED) {
			reasons.add(new Reason(ReasonKind.WITHOUT_CENTRAL_PURCHASING,
					NLS.bind(Messages.Balance_withoutCentralPurchasing, NLS.bind(levelName))));
		}
	}
}
