package org.kamworkbench.core.coverage;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import org.eclipse.emf.ecore.EObject;
import org.kamworkbench.core.Texts;
import org.kamworkbench.core.Thresholds;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.Action;
import org.kamworkbench.kam.ActionStatus;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.BuyingRole;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.NamedElement;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.PlanStatus;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.RelationshipLink;

/**
 * Coverage and upkeep of the candidate and key accounts (former key accounts are left out), as of a
 * reference date:
 * <ul>
 * <li>each buying-centre role (every {@link BuyingRole} but UNKNOWN) that no contact has, or whose
 * contacts none has an owner of ours;</li>
 * <li>contacts last met more than {@code contactStalenessDays} ago, or never: the last meeting is the
 * latest of the contact's {@code lastContactDate} and the {@code lastMet} of its relationship links;</li>
 * <li>actions due before the reference date that are not DONE or CANCELLED;</li>
 * <li>draft and active account plans without a next review date, or with one before the reference date;</li>
 * <li>data updated more than {@code stalenessDays} ago or never: the account, its contacts, its units at
 * every level, its draft and active plans, and its latest result per customer unit (older results are
 * history and are not expected to change).</li>
 * </ul>
 * Both periods come from the portfolio's {@link AnalysisSettings}. A date exactly that many days ago is
 * still fresh; one day more is stale. An action or review due on the reference date is not yet overdue.
 */
public final class CoverageAnalysis {

	private CoverageAnalysis() {
	}

	/** The findings of every candidate and key account of the portfolio, account by account. */
	public static List<CoverageFinding> analyse(Portfolio portfolio, LocalDate asOf) {
		AnalysisSettings settings = Thresholds.of(portfolio);
		List<CoverageFinding> findings = new ArrayList<>();
		for (Account account : portfolio.getAccounts()) {
			if (account.getStatus() != AccountStatus.FORMER) {
				findings.addAll(analyse(account, settings, asOf));
			}
		}
		return findings;
	}

	/**
	 * The findings of one account, whatever its status: roles first, then contacts, actions, plan reviews
	 * and stale data.
	 */
	public static List<CoverageFinding> analyse(Account account, AnalysisSettings settings, LocalDate asOf) {
		List<CoverageFinding> findings = new ArrayList<>();
		roles(account, findings);
		contacts(account, settings.getContactStalenessDays(), asOf, findings);
		actions(account, asOf, findings);
		reviews(account, asOf, findings);
		staleData(account, settings.getStalenessDays(), asOf, findings);
		return findings;
	}

	private static void roles(Account account, List<CoverageFinding> findings) {
		Map<BuyingRole, List<Contact>> byRole = new EnumMap<>(BuyingRole.class);
		for (Contact contact : account.getContacts()) {
			byRole.computeIfAbsent(contact.getBuyingRole(), role -> new ArrayList<>()).add(contact);
		}
		Person kam = account.getKeyAccountManager();
		for (BuyingRole role : BuyingRole.VALUES) {
			if (role == BuyingRole.UNKNOWN) {
				continue;
			}
			List<Contact> contacts = byRole.getOrDefault(role, List.of());
			if (contacts.isEmpty()) {
				findings.add(new CoverageFinding(FindingKind.ROLE_NOT_COVERED, account, account, role, kam,
						OptionalLong.empty(), format(Messages.Coverage_roleNotCovered, name(account), roleName(role))));
			} else if (contacts.stream().allMatch(contact -> contact.getOwner() == null)) {
				findings.add(new CoverageFinding(FindingKind.ROLE_WITHOUT_OWNER, account, account, role, kam,
						OptionalLong.empty(), format(Messages.Coverage_roleWithoutOwner,
								roleName(role), name(account), names(contacts))));
			}
		}
	}

	private static void contacts(Account account, int stalenessDays, LocalDate asOf, List<CoverageFinding> findings) {
		Map<Contact, LocalDate> lastMet = new LinkedHashMap<>();
		for (Contact contact : account.getContacts()) {
			lastMet.put(contact, contact.getLastContactDate());
		}
		for (RelationshipLink link : account.getRelationshipLinks()) {
			if (link.getContact() != null && link.getLastMet() != null && lastMet.containsKey(link.getContact())) {
				lastMet.merge(link.getContact(), link.getLastMet(), CoverageAnalysis::later);
			}
		}
		for (Map.Entry<Contact, LocalDate> entry : lastMet.entrySet()) {
			Contact contact = entry.getKey();
			Person responsible = orElse(contact.getOwner(), account.getKeyAccountManager());
			if (entry.getValue() == null) {
				findings.add(new CoverageFinding(FindingKind.CONTACT_NEVER_MET, account, contact, null, responsible,
						OptionalLong.empty(), format(Messages.Coverage_contactNeverMet, name(contact), name(account))));
				continue;
			}
			long days = ChronoUnit.DAYS.between(entry.getValue(), asOf);
			if (days > stalenessDays) {
				findings.add(new CoverageFinding(FindingKind.CONTACT_NOT_MET, account, contact, null, responsible,
						OptionalLong.of(days), format(Messages.Coverage_contactNotMet,
								name(contact), name(account), days)));
			}
		}
	}

	private static void actions(Account account, LocalDate asOf, List<CoverageFinding> findings) {
		for (AccountPlan plan : account.getPlans()) {
			for (Action action : plan.getActions()) {
				if (action.getDueDate() == null || !action.getDueDate().isBefore(asOf)
						|| action.getStatus() == ActionStatus.DONE || action.getStatus() == ActionStatus.CANCELLED) {
					continue;
				}
				long days = ChronoUnit.DAYS.between(action.getDueDate(), asOf);
				String where = format(Messages.Coverage_inPlan, name(account), name(plan));
				String message = action.getOwner() == null
						? format(Messages.Coverage_actionOverdueNoOwner,
								name(action), where, days)
						: format(Messages.Coverage_actionOverdue,
								name(action), where, days, name(action.getOwner()));
				findings.add(new CoverageFinding(FindingKind.ACTION_OVERDUE, account, action, null,
						orElse(action.getOwner(), account.getKeyAccountManager()), OptionalLong.of(days), message));
			}
		}
	}

	private static void reviews(Account account, LocalDate asOf, List<CoverageFinding> findings) {
		for (AccountPlan plan : account.getPlans()) {
			if (plan.getStatus() == PlanStatus.CLOSED) {
				continue;
			}
			Person responsible = orElse(plan.getAuthor(), account.getKeyAccountManager());
			LocalDate review = plan.getNextReviewDate();
			if (review == null) {
				findings.add(new CoverageFinding(FindingKind.REVIEW_NOT_PLANNED, account, plan, null, responsible,
						OptionalLong.empty(), format(Messages.Coverage_reviewNotPlanned, name(plan), name(account))));
			} else if (review.isBefore(asOf)) {
				long days = ChronoUnit.DAYS.between(review, asOf);
				findings.add(new CoverageFinding(FindingKind.REVIEW_OVERDUE, account, plan, null, responsible,
						OptionalLong.of(days), format(Messages.Coverage_reviewOverdue,
								name(plan), name(account), Texts.date(review), days)));
			}
		}
	}

	private static void staleData(Account account, int stalenessDays, LocalDate asOf, List<CoverageFinding> findings) {
		Person kam = account.getKeyAccountManager();
		Freshness freshness = new Freshness(account, stalenessDays, asOf, findings);
		freshness.check(account, account.getLastUpdated(), kam, Messages.Coverage_staleAccount,
				Messages.Coverage_neverUpdatedAccount);
		for (Contact contact : account.getContacts()) {
			freshness.check(contact, contact.getLastUpdated(), orElse(contact.getOwner(), kam),
					Messages.Coverage_staleContact, Messages.Coverage_neverUpdatedContact);
		}
		for (AccountUnit unit : allUnits(account)) {
			freshness.check(unit, unit.getLastUpdated(), orElse(unit.getLocalAccountManager(), kam),
					Messages.Coverage_staleUnit, Messages.Coverage_neverUpdatedUnit);
		}
		for (AccountPlan plan : account.getPlans()) {
			if (plan.getStatus() != PlanStatus.CLOSED) {
				freshness.check(plan, plan.getLastUpdated(), orElse(plan.getAuthor(), kam), Messages.Coverage_stalePlan,
						Messages.Coverage_neverUpdatedPlan);
			}
		}
		for (PeriodResult result : latestResultPerUnit(account)) {
			freshness.check(result, result.getLastUpdated(), kam, Messages.Coverage_staleResult,
					Messages.Coverage_neverUpdatedResult);
		}
	}

	/** Reports data of one account updated too long ago or never. */
	private record Freshness(Account account, int stalenessDays, LocalDate asOf, List<CoverageFinding> findings) {

		void check(EObject subject, LocalDate lastUpdated, Person responsible, String stale, String never) {
			if (lastUpdated == null) {
				findings.add(new CoverageFinding(FindingKind.DATA_NEVER_UPDATED, account, subject, null, responsible,
						OptionalLong.empty(), format(never, name(subject), name(account))));
				return;
			}
			long days = ChronoUnit.DAYS.between(lastUpdated, asOf);
			if (days > stalenessDays) {
				findings.add(new CoverageFinding(FindingKind.DATA_STALE, account, subject, null, responsible,
						OptionalLong.of(days),
						format(stale, name(subject), name(account), days)));
			}
		}
	}

	private static List<AccountUnit> allUnits(Account account) {
		List<AccountUnit> units = new ArrayList<>();
		for (AccountUnit unit : account.getUnits()) {
			collect(unit, units);
		}
		return units;
	}

	private static void collect(AccountUnit unit, List<AccountUnit> units) {
		units.add(unit);
		for (AccountUnit subunit : unit.getSubunits()) {
			collect(subunit, units);
		}
	}

	/** Per customer unit (or the whole group), the result of the latest period; undated results count as oldest. */
	private static List<PeriodResult> latestResultPerUnit(Account account) {
		Map<AccountUnit, PeriodResult> latest = new LinkedHashMap<>();
		for (PeriodResult result : account.getResults()) {
			latest.merge(result.getAccountUnit(), result, (known, other) -> isLater(other, known) ? other : known);
		}
		return List.copyOf(latest.values());
	}

	private static boolean isLater(PeriodResult candidate, PeriodResult known) {
		LocalDate start = candidate.getPeriodStart();
		LocalDate knownStart = known.getPeriodStart();
		return knownStart == null || start != null && !start.isBefore(knownStart);
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a == null || b != null && b.isAfter(a) ? b : a;
	}

	private static Person orElse(Person preferred, Person fallback) {
		return preferred != null ? preferred : fallback;
	}

	private static String names(List<Contact> contacts) {
		return String.join(", ", contacts.stream().map(CoverageAnalysis::name).toList()); //$NON-NLS-1$
	}

	static String name(EObject object) {
		String name = switch (object) {
		case PeriodResult result -> result.getPeriodLabel() != null && !result.getPeriodLabel().isBlank()
				? result.getPeriodLabel()
				: result.getPeriodStart() != null ? result.getPeriodStart().toString() : null;
		case NamedElement named -> named.getName();
		default -> null;
		};
		return name == null || name.isBlank() ? Messages.Coverage_unnamed : name.strip();
	}

	private static String roleName(BuyingRole role) {
		return switch (role) {
		case DECISION_MAKER -> Messages.Coverage_role_decisionMaker;
		case ECONOMIC_BUYER -> Messages.Coverage_role_economicBuyer;
		case INFLUENCER -> Messages.Coverage_role_influencer;
		case USER -> Messages.Coverage_role_user;
		case GATEKEEPER -> Messages.Coverage_role_gatekeeper;
		case UNKNOWN -> Messages.Coverage_role_unknown;
		};
	}

	/** Message formatting with plural choices ({@code {2,choice,1#1 day|1<{2} days}}), in the user's language. */
	private static String format(String pattern, Object... arguments) {
		return new MessageFormat(pattern, Locale.getDefault(Locale.Category.FORMAT)).format(arguments);
	}
}
