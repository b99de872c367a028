package org.kamworkbench.core.generator;

import static org.kamworkbench.core.generator.PortfolioGenerator.KAM;
import static org.kamworkbench.core.generator.PortfolioGenerator.LAST_UPDATED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.kamworkbench.core.generator.PortfolioGenerator.Organisation;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.AccountTeamMember;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.Attitude;
import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.BuyingRole;
import org.kamworkbench.kam.Competitor;
import org.kamworkbench.kam.CompetitorPosition;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.DecisionLevel;
import org.kamworkbench.kam.KnowledgeNote;
import org.kamworkbench.kam.KraljicAssessment;
import org.kamworkbench.kam.KraljicDimension;
import org.kamworkbench.kam.KraljicFactorScore;
import org.kamworkbench.kam.LifetimeValueInputs;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.PurchaseCategory;
import org.kamworkbench.kam.PurchasingCoordination;
import org.kamworkbench.kam.RelationshipLink;
import org.kamworkbench.kam.ScaleDirection;
import org.kamworkbench.kam.Score;
import org.kamworkbench.kam.SupplierPreferencing;

/**
 * One generated account with everything the metamodel records about it. What the validation checks holds
 * by construction: references stay within the account, contacts report to contacts listed after them
 * (forward references, as in files people keep), scores and shares lie in their ranges, credit shares
 * sum to 100 and every criterion of the active set is scored. The plan and the results are made by
 * {@link AccountPlanGenerator} and {@link ResultsGenerator}.
 */
@SuppressWarnings("nls")
final class AccountGenerator {

	/** What the plan and results of an account are made from. */
	record AccountParts(Account account, String id, Person manager, Person sponsor, List<Person> team,
			List<AccountUnit> topUnits, double annualRevenue) {
	}

	private static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);

	private final Organisation organisation;
	private final Draw draw;
	private final AccountPlanGenerator plans;
	private final ResultsGenerator results;

	AccountGenerator(Organisation organisation, Draw draw) {
		this.organisation = organisation;
		this.draw = draw;
		this.plans = new AccountPlanGenerator(draw);
		this.results = new ResultsGenerator(organisation, draw);
	}

	Account account(int number) {
		String id = "a" + number;
		Words.Country home = draw.one(Words.HOME_COUNTRIES);
		String company = draw.one(Words.COMPANY_STEMS) + " " + draw.one(Words.COMPANY_TRADES);
		Account account = KAM.createAccount();
		account.setId(id);
		account.setName(company + " " + draw.one(home.legalForms()));
		account.setSector(draw.one(Words.SECTORS));
		account.setCountry(home.code());
		double roll = draw.between(0, 99);
		account.setStatus(roll < 6 ? AccountStatus.KEY_ACCOUNT : roll < 9 ? AccountStatus.FORMER : AccountStatus.CANDIDATE);

		Person manager = draw.one(organisation.role("kam"));
		Person sponsor = draw.one(organisation.role("director"));
		account.setKeyAccountManager(manager);
		account.setExecutiveSponsor(sponsor);
		account.setOwningUnit(ourUnit(home.code()));

		List<AccountUnit> topUnits = units(account, id, home, company, manager);
		List<AccountUnit> allUnits = flatten(topUnits);
		account.setDecisionLevel(topUnits.size() > 2 ? DecisionLevel.GLOBAL
				: draw.one(List.of(DecisionLevel.NATIONAL, DecisionLevel.INTERNATIONAL, DecisionLevel.REGIONAL)));
		account.setPurchasingCoordination(draw.one(List.of(PurchasingCoordination.CENTRAL,
				PurchasingCoordination.DECENTRALISED, PurchasingCoordination.MIXED)));
		account.setOurWillingnessToInvest(draw.score(2, 9));
		account.setTheirWillingnessToInvest(draw.score(2, 9));
		account.setOurInternationalisation(draw.score(3, 8));
		account.setTheirInternationalisation(draw.score(1, 10));
		int stage = draw.between(0, 4);
		int current = draw.between(0, 3);
		account.setRelationshipStage(organisation.stages().getLevels().get(stage));
		account.setCurrentBuySellLevel(organisation.buySell().getLevels().get(current));
		account.setDesiredBuySellLevel(organisation.buySell().getLevels().get(draw.between(current, 4)));
		account.setLanguageNotes(draw.one(Words.LANGUAGE_NOTES));
		account.setCultureNotes(draw.one(Words.CULTURE_NOTES));
		account.setLastUpdated(draw.date(LocalDate.of(2026, 2, 1), LAST_UPDATED));
		if (draw.chance(0.3)) {
			account.setDescription(company + " has " + allUnits.size() + " sites in " + topUnits.size()
					+ " countries; " + account.getPurchasingCoordination().getLiteral().toLowerCase(Locale.ROOT) + " purchasing.");
		}

		List<Person> team = team(account, id, manager, allUnits);
		contacts(account, id, company, home, manager, sponsor, team, allUnits);
		scores(account, id, manager);
		kraljic(account, id, manager);
		preferencing(account, id, sponsor);
		competitors(account, id);
		double annualRevenue = draw.amount(300_000, 6_000_000, 10_000);
		AccountParts parts = new AccountParts(account, id, manager, sponsor, team, topUnits, annualRevenue);
		account.getPlans().add(plans.plan(parts));
		account.getResults().addAll(results.year(parts));
		notes(account.getNotes(), id, team, 1, 3);
		lifetimeValue(account, id, annualRevenue);
		return account;
	}

	private OrganisationUnit ourUnit(String country) {
		OrganisationUnit unit = organisation.unitByCountry().get(country);
		return unit != null ? unit : organisation.unitByCountry().get("NL");
	}

	/** 2 to 4 units, the first at the head office; some have plants below them. */
	private List<AccountUnit> units(Account account, String id, Words.Country home, String company, Person manager) {
		int count = draw.between(2, 4);
		List<Words.Country> countries = new ArrayList<>();
		countries.add(home);
		List<Words.Country> abroad = new ArrayList<>(Words.ALL_COUNTRIES);
		abroad.remove(home);
		countries.addAll(draw.distinct(abroad, count - 1));
		List<AccountUnit> units = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String unitId = id + "-u" + (i + 1);
			AccountUnit unit = unit(unitId, company, countries.get(i), manager);
			if (i == 0) {
				unit.setName(company + " " + draw.one(countries.get(i).cities()) + " (head office)");
			}
			if (draw.chance(0.3)) {
				int plants = draw.between(1, 2);
				for (int j = 1; j <= plants; j++) {
					AccountUnit plant = unit(unitId + "-" + j, company, countries.get(i), manager);
					plant.setName(company + " " + draw.one(countries.get(i).cities()) + " plant");
					plant.setBusinessUnit(unit.getBusinessUnit());
					plant.setLocalRevenue(draw.amount(50_000, 600_000, 10_000));
					unit.getSubunits().add(plant);
				}
			}
			if (draw.chance(0.1)) {
				notes(unit.getNotes(), unitId, List.of(manager), 1, 1);
			}
			units.add(unit);
		}
		account.getUnits().addAll(units);
		return units;
	}

	private AccountUnit unit(String id, String company, Words.Country country, Person manager) {
		AccountUnit unit = KAM.createAccountUnit();
		unit.setId(id);
		unit.setName(company + " " + draw.one(country.cities()));
		unit.setCountry(country.code());
		unit.setBusinessUnit(draw.one(Words.BUSINESS_UNITS));
		unit.setLanguage(country.language());
		unit.setLocalImportance(draw.score(2, 10));
		unit.setLocalCommitment(draw.score(2, 10));
		unit.setLocalRevenue(draw.amount(100_000, 3_000_000, 10_000));
		OrganisationUnit ours = organisation.unitByCountry().get(country.code());
		unit.setOurUnit(ours != null ? ours : organisation.unitByCountry().get("NL"));
		unit.setLocalAccountManager(localManager(country.code(), manager));
		if (draw.chance(0.2)) {
			unit.setCultureNotes(draw.one(Words.CULTURE_NOTES));
		}
		if (draw.chance(0.1)) {
			unit.setLocalAgreementNotes("The local organisation follows the central agreement only for systems, not for service.");
		}
		unit.setLastUpdated(draw.date(LocalDate.of(2026, 1, 15), LAST_UPDATED));
		return unit;
	}

	private Person localManager(String country, Person fallback) {
		List<Person> locals = organisation.role("local").stream().filter(person -> country.equals(person.getCountry()))
				.toList();
		return locals.isEmpty() ? fallback : draw.one(locals);
	}

	private static List<AccountUnit> flatten(List<AccountUnit> units) {
		List<AccountUnit> all = new ArrayList<>();
		for (AccountUnit unit : units) {
			all.add(unit);
			all.addAll(flatten(unit.getSubunits()));
		}
		return all;
	}

	/** The key account manager and 2 to 4 colleagues, who report to the key account manager. */
	private List<Person> team(Account account, String id, Person manager, List<AccountUnit> units) {
		List<Person> candidates = new ArrayList<>();
		candidates.addAll(organisation.role("engineer"));
		candidates.addAll(organisation.role("service"));
		candidates.addAll(organisation.role("finance"));
		for (AccountUnit unit : units) {
			organisation.role("local").stream().filter(person -> person.getCountry().equals(unit.getCountry()))
					.filter(person -> !candidates.contains(person)).forEach(candidates::add);
		}
		List<Person> people = new ArrayList<>();
		people.add(manager);
		people.addAll(draw.distinct(candidates, draw.between(2, 4)));
		AccountTeamMember lead = null;
		for (int i = 0; i < people.size(); i++) {
			Person person = people.get(i);
			AccountTeamMember member = KAM.createAccountTeamMember();
			member.setId(id + "-t" + (i + 1));
			member.setPerson(person);
			member.setDiscipline(person.getDiscipline());
			member.setCountry(person.getCountry());
			member.setUnit(person.getUnit());
			if (lead == null) {
				member.setRole("Key account manager");
				member.setTimeCommitmentPercent(draw.amount(20, 60, 5));
				lead = member;
			} else {
				member.setRole(role(person));
				member.setTimeCommitmentPercent(draw.amount(5, 30, 5));
				member.setReportsTo(lead);
				if (organisation.role("local").contains(person)) {
					member.setLocalManager(person.getManager());
					units.stream().filter(unit -> unit.getCountry().equals(person.getCountry())).findFirst()
							.ifPresent(member::setAccountUnit);
				}
			}
			account.getTeam().add(member);
		}
		return List.copyOf(people);
	}

	private String role(Person person) {
		return switch (person.getDiscipline()) {
		case "Engineering" -> "Application engineer";
		case "Service" -> "Service lead";
		case "Finance" -> "Business controller";
		default -> "Local account manager " + person.getCountry();
		};
	}

	/**
	 * 5 to 10 contacts from junior to senior; each reports to a more senior contact listed after it, the
	 * most senior (last) is the customer sponsor. Each has an owner among our team and a relationship with
	 * them.
	 */
	private void contacts(Account account, String id, String company, Words.Country home, Person manager,
			Person sponsor, List<Person> team, List<AccountUnit> units) {
		int count = draw.between(5, 10);
		int seniors = count >= 7 ? 2 : 1;
		List<Words.Role> roles = new ArrayList<>();
		for (int i = 0; i < count - seniors; i++) {
			roles.add(draw.one(Words.JUNIOR_ROLES));
		}
		roles.addAll(draw.distinct(Words.SENIOR_ROLES, seniors));
		roles.sort(Comparator.comparingInt(Words.Role::seniority));
		String domain = Names.domain(company, home.domain());
		List<Contact> contacts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Words.Role role = roles.get(i);
			boolean senior = role.seniority() >= 4;
			AccountUnit unit = senior ? units.get(0) : draw.one(units);
			Words.Country country = PortfolioGenerator.country(unit.getCountry());
			String first = draw.one(country.firstNames());
			String last = draw.one(country.lastNames());
			Contact contact = KAM.createContact();
			contact.setId(id + "-c" + (i + 1));
			contact.setName(Names.person(first, last));
			contact.setJobTitle(role.jobTitle());
			contact.setDepartment(role.department());
			contact.setEmail(Names.email(first, last, domain));
			contact.setPhone(draw.phone(country.phonePrefix()));
			contact.setLanguage(country.language());
			contact.setUnit(unit);
			contact.setBuyingRole(BuyingRole.valueOf(role.buyingRole()));
			contact.setInfluence(Math.max(1, Math.min(5, role.seniority() + draw.between(-1, 1))));
			contact.setAttitude(draw.one(List.of(Attitude.SUPPORTER, Attitude.SUPPORTER, Attitude.NEUTRAL,
					Attitude.NEUTRAL, Attitude.OPPONENT, Attitude.UNKNOWN)));
			contact.setOwner(senior ? draw.one(List.of(manager, sponsor)) : draw.one(team));
			contact.setLastContactDate(draw.date(LocalDate.of(2026, 1, 15), LAST_UPDATED));
			contact.setLastUpdated(contact.getLastContactDate());
			if (draw.chance(0.15)) {
				notes(contact.getNotes(), contact.getId(), team, 1, 1);
			}
			contacts.add(contact);
		}
		for (int i = 0; i < count - 1; i++) {
			contacts.get(i).setReportsTo(contacts.get(draw.between(i + 1, Math.min(i + 3, count - 1))));
		}
		account.getContacts().addAll(contacts);
		account.setCustomerSponsor(contacts.get(count - 1));
		int links = 0;
		for (Contact contact : contacts) {
			account.getRelationshipLinks().add(link(id + "-l" + ++links, contact.getOwner(), contact));
			if (contact.getInfluence() >= 4 && contact.getOwner() != manager) {
				account.getRelationshipLinks().add(link(id + "-l" + ++links, manager, contact));
			}
		}
	}

	private RelationshipLink link(String id, Person ourPerson, Contact contact) {
		RelationshipLink link = KAM.createRelationshipLink();
		link.setId(id);
		link.setOurPerson(ourPerson);
		link.setContact(contact);
		link.setMeetingsPerYear(draw.one(List.of(1, 2, 4, 6, 12, 24)));
		link.setStrength(draw.between(1, 5));
		link.setLastMet(contact.getLastContactDate().minusDays(draw.between(0, 60)));
		if (draw.chance(0.1)) {
			link.setComment("Met at the yearly supplier day.");
		}
		link.setLastUpdated(contact.getLastUpdated());
		return link;
	}

	/** A score on every criterion of the active set; some accounts keep a score from the previous version. */
	private void scores(Account account, String id, Person manager) {
		double attractiveness = draw.score(2, 9);
		double strength = draw.score(2, 9);
		LocalDate date = draw.date(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 28));
		CriteriaSet active = organisation.criteria();
		int count = 0;
		for (Criterion criterion : active.getCriteria()) {
			double centre = criterion.getAxis() == Axis.ATTRACTIVENESS ? attractiveness : strength;
			if (criterion.getDirection() == ScaleDirection.LOWER_IS_BETTER) {
				centre = 10 - centre;
			}
			Score score = score(id + "-s" + ++count, criterion, centre, date, manager, active.getVersion());
			if (draw.chance(0.2)) {
				score.setRationale(draw.one(Words.RATIONALES));
			}
			account.getScores().add(score);
		}
		if (active.getSupersedes() != null && draw.chance(0.2)) {
			Criterion old = active.getSupersedes().getCriteria().get(0);
			Score kept = score(id + "-s" + ++count, old, attractiveness, date.minusYears(1), manager,
					active.getSupersedes().getVersion());
			kept.setRationale("Scored under the 2025 criteria; kept for history.");
			account.getScores().add(kept);
		}
	}

	private Score score(String id, Criterion criterion, double centre, LocalDate date, Person scoredBy, int version) {
		Score score = KAM.createScore();
		score.setId(id);
		score.setCriterion(criterion);
		score.setValue(clamp(centre + draw.score(-2, 2), criterion.getScaleMin(), criterion.getScaleMax()));
		score.setDate(date);
		score.setScoredBy(scoredBy);
		score.setCriteriaVersion(version);
		return score;
	}

	/** The customer's view: 2 to 4 purchase categories, with three factors on each Kraljic dimension. */
	private void kraljic(Account account, String id, Person manager) {
		KraljicAssessment assessment = KAM.createKraljicAssessment();
		assessment.setId(id + "-k");
		assessment.setDate(draw.date(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 31)));
		assessment.setAssessedBy(manager);
		assessment.setRationale("Workshop with their purchasing, using their own category plan.");
		int number = 0;
		for (Words.Category kind : draw.distinct(Words.CATEGORIES, draw.between(2, 4))) {
			String categoryId = id + "-k" + ++number;
			PurchaseCategory category = KAM.createPurchaseCategory();
			category.setId(categoryId);
			category.setName(kind.name());
			category.setSpend(draw.amount(100_000, 8_000_000, 10_000));
			for (int offering : kind.offerings()) {
				category.getOfferings().add(organisation.offerings().get(offering));
			}
			if (!kind.offerings().isEmpty()) {
				category.setOurSharePercent(draw.amount(5, 70, 5));
			}
			factors(category, categoryId + "-pi", KraljicDimension.PROFIT_IMPACT, Words.PROFIT_IMPACT_FACTORS,
					List.of(40.0, 30.0, 30.0));
			factors(category, categoryId + "-sr", KraljicDimension.SUPPLY_RISK, Words.SUPPLY_RISK_FACTORS,
					List.of(30.0, 40.0, 30.0));
			assessment.getCategories().add(category);
		}
		account.setKraljicAssessment(assessment);
	}

	private void factors(PurchaseCategory category, String idPrefix, KraljicDimension dimension, List<String> names,
			List<Double> weights) {
		double centre = draw.score(1, 9);
		for (int i = 0; i < names.size(); i++) {
			KraljicFactorScore factor = KAM.createKraljicFactorScore();
			factor.setId(idPrefix + (i + 1));
			factor.setDimension(dimension);
			factor.setFactor(names.get(i));
			factor.setWeight(weights.get(i));
			factor.setValue(clamp(centre + draw.score(-1.5, 1.5), 0, 10));
			category.getFactorScores().add(factor);
		}
	}

	private void preferencing(Account account, String id, Person sponsor) {
		SupplierPreferencing preferencing = KAM.createSupplierPreferencing();
		preferencing.setId(id + "-sp");
		preferencing.setValueToUs(draw.score(1, 10));
		preferencing.setAttractivenessToUs(draw.score(1, 10));
		preferencing.setRationale(draw.one(Words.RATIONALES));
		preferencing.setDate(draw.date(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30)));
		preferencing.setAssessedBy(sponsor);
		account.setSupplierPreferencing(preferencing);
	}

	/** 1 to 3 competitors with 5 to 30 percent of the wallet each; the first has the largest share and is the best. */
	private void competitors(Account account, String id) {
		List<Competitor> competitors = draw.distinct(organisation.competitors(), draw.between(1, 3));
		List<Double> shares = new ArrayList<>();
		for (int i = 0; i < competitors.size(); i++) {
			shares.add(draw.amount(5, 30, 5));
		}
		shares.sort(Comparator.reverseOrder());
		for (int i = 0; i < competitors.size(); i++) {
			CompetitorPosition position = KAM.createCompetitorPosition();
			position.setId(id + "-cp" + (i + 1));
			position.setCompetitor(competitors.get(i));
			position.setShareOfWalletPercent(shares.get(i));
			position.setBestCompetitor(i == 0);
			if (i == 0 && draw.chance(0.3)) {
				position.setComment("Holds the plants abroad.");
			}
			account.getCompetitors().add(position);
		}
	}

	/** {@code min} to {@code max} knowledge notes with 1 to 3 tags, by one of {@code authors}. */
	void notes(List<KnowledgeNote> notes, String ownerId, List<Person> authors, int min, int max) {
		int count = draw.between(min, max);
		for (int i = 1; i <= count; i++) {
			int which = draw.between(0, Words.NOTE_TITLES.size() - 1);
			KnowledgeNote note = KAM.createKnowledgeNote();
			note.setId(ownerId + "-n" + i);
			note.setTitle(Words.NOTE_TITLES.get(which));
			note.setText(Words.NOTE_TEXTS.get(which));
			note.setAuthor(draw.one(authors));
			note.setDate(draw.date(YEAR_START, LAST_UPDATED));
			note.getTags().addAll(draw.distinct(Words.TAGS, draw.between(1, 3)));
			notes.add(note);
		}
	}

	private void lifetimeValue(Account account, String id, double annualRevenue) {
		LifetimeValueInputs inputs = KAM.createLifetimeValueInputs();
		inputs.setId(id + "-clv");
		inputs.setAnnualRevenue(annualRevenue);
		inputs.setAnnualGrowthPercent(draw.amount(-2, 10, 0.5));
		inputs.setMarginPercent(draw.amount(8, 25, 1));
		inputs.setRetentionRatePercent(draw.amount(70, 95, 1));
		inputs.setDiscountRatePercent(draw.amount(6, 10, 0.5));
		inputs.setHorizonYears(draw.between(3, 10));
		inputs.setAcquisitionCost(draw.amount(0, 100_000, 5_000));
		inputs.setAssumptions("Margin after cost to serve; retention from the contract renewals of the last years.");
		inputs.setPreparedBy(organisation.role("finance").get(0));
		inputs.setLastUpdated(draw.date(YEAR_START, LAST_UPDATED));
		account.setLifetimeValueInputs(inputs);
	}

	static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}
}
