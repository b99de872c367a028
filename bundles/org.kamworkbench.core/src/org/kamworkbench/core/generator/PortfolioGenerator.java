package org.kamworkbench.core.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.Competitor;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.CriterionKind;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KnowledgeNote;
import org.kamworkbench.kam.Offering;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.Reseller;
import org.kamworkbench.kam.Scale;
import org.kamworkbench.kam.ScaleDirection;
import org.kamworkbench.kam.ScaleKind;
import org.kamworkbench.kam.ScaleLevel;
import org.kamworkbench.kam.resource.KamFormat;

/**
 * Generates realistic portfolios of any size for benchmarks and tests: a Dutch supplier of industrial
 * refrigeration with its people, units and offerings, its scales and versioned criteria, and accounts with
 * everything the metamodel records about them (see {@link AccountGenerator}). The portfolio is valid
 * under the product's validation, and the same number of accounts and seed always give the same portfolio,
 * so a saved file is the same byte for byte. Identifiers are readable and follow the containment, e.g.
 * {@code a123-c4} for the fourth contact of account 123.
 */
public final class PortfolioGenerator {

	/** The day the generated portfolio was last updated; every date in it lies on or before this one. */
	public static final LocalDate LAST_UPDATED = LocalDate.of(2026, 11, 20);

	static final KamFactory KAM = KamFactory.eINSTANCE;

	/** Our organisation: what every account refers to. */
	record Organisation(Portfolio portfolio, Map<String, List<Person>> byRole,
			Map<String, OrganisationUnit> unitByCountry, OrganisationUnit service, List<Offering> offerings,
			Scale stages, Scale buySell, CriteriaSet criteria, List<Competitor> competitors, List<Reseller> resellers) {

		List<Person> role(String role) {
			return byRole.get(role);
		}
	}

	private PortfolioGenerator() {
	}

	/**
	 * A portfolio with {@code accounts} accounts, made from {@code seed}: the same arguments give the same
	 * portfolio.
	 */
	public static Portfolio generate(int accounts, long seed) {
		if (accounts < 0) {
			throw new IllegalArgumentException("accounts < 0: " + accounts); //$NON-NLS-1$
		}
		Draw draw = new Draw(seed);
		Organisation organisation = organisation(draw);
		AccountGenerator generator = new AccountGenerator(organisation, draw);
		for (int number = 1; number <= accounts; number++) {
			organisation.portfolio().getAccounts().add(generator.account(number));
		}
		return organisation.portfolio();
	}

	@SuppressWarnings("nls")
	private static Organisation organisation(Draw draw) {
		Portfolio portfolio = KAM.createPortfolio();
		portfolio.setId("portfolio");
		portfolio.setName("Van Houten Koeltechniek: key accounts 2026");
		portfolio.setDescription("Generated portfolio of a Dutch supplier of industrial refrigeration. Made up; "
				+ "any likeness to real companies or people is chance.");
		portfolio.setFormatVersion(KamFormat.CURRENT_VERSION);
		portfolio.setOrganisationName("Van Houten Koeltechniek B.V.");
		portfolio.setLastUpdated(LAST_UPDATED);
		portfolio.setSettings(KAM.createAnalysisSettings());
		portfolio.getSettings().setId("settings");

		List<OrganisationUnit> units = new ArrayList<>();
		OrganisationUnit nl = unit("u-nl", "Van Houten Koeltechniek Nederland", "NL", "Systems", units);
		OrganisationUnit north = unit("u-nl-north", "Regio Noord", "NL", "Systems", null);
		OrganisationUnit south = unit("u-nl-south", "Regio Zuid", "NL", "Systems", null);
		nl.getSubunits().addAll(List.of(north, south));
		OrganisationUnit de = unit("u-de", "Van Houten K\u00e4ltetechnik GmbH", "DE", "Systems", units);
		OrganisationUnit be = unit("u-be", "Van Houten Koeltechniek Belgi\u00eb", "BE", "Systems", units);
		OrganisationUnit fr = unit("u-fr", "Van Houten Froid Industriel SAS", "FR", "Systems", units);
		OrganisationUnit uk = unit("u-uk", "Van Houten Refrigeration Ltd", "GB", "Channel", units);
		OrganisationUnit service = unit("u-service", "Service & Onderdelen", "NL", "Service", units);
		OrganisationUnit parts = unit("u-service-parts", "Onderdelenlogistiek", "NL", "Service", null);
		service.getSubunits().add(parts);
		Map<String, OrganisationUnit> unitByCountry = Map.of("NL", nl, "DE", de, "BE", be, "FR", fr, "GB", uk);

		People people = new People(draw);
		Person director = people.add("director", "Commercial Director", "Sales", nl, null);
		Person serviceDirector = people.add("director", "Service Director", "Service", service, director);
		Person controller = people.add("finance", "Business Controller", "Finance", nl, director);
		Person countryDe = people.add("country", "Country Manager Germany", "Management", de, director);
		Person countryBe = people.add("country", "Country Manager Belgium", "Management", be, director);
		Person countryFr = people.add("country", "Country Manager France", "Management", fr, director);
		Person countryUk = people.add("country", "Channel Manager UK", "Sales", uk, director);
		for (OrganisationUnit region : List.of(nl, north, south, nl)) {
			people.add("kam", "Key Account Manager", "Sales", region, director);
		}
		people.add("kam", "International Key Account Manager", "Sales", nl, director);
		people.add("kam", "International Key Account Manager", "Sales", nl, director);
		people.add("kam", "Key Account Manager", "Sales", de, countryDe);
		people.add("kam", "Key Account Manager", "Sales", be, countryBe);
		for (Person manager : List.of(countryDe, countryDe, countryBe, countryFr, countryFr, countryUk)) {
			people.add("local", "Account Manager", "Sales", manager.getUnit(), manager);
		}
		for (OrganisationUnit region : List.of(north, south, north, south)) {
			people.add("engineer", "Application Engineer", "Engineering", region, director);
		}
		for (OrganisationUnit unit : List.of(service, service, parts)) {
			people.add("service", "Service Manager", "Service", unit, serviceDirector);
		}
		people.add("finance", "Financial Analyst", "Finance", nl, controller);
		director.setDescription("Executive sponsor of the largest accounts.");

		KnowledgeNote note = KAM.createKnowledgeNote();
		note.setId("u-nl-n1");
		note.setTitle("Who knows Kraljic here");
		note.setText("The international key account managers ran the Kraljic workshops; ask them before assessing a new account.");
		note.setAuthor(director);
		note.setDate(LocalDate.of(2026, 3, 2));
		note.getTags().addAll(List.of("kraljic", "knowledge"));
		nl.getNotes().add(note);

		List<Offering> offerings = new ArrayList<>();
		offering("o-systems", "Industrial cooling systems", "Design and installation of process and cold-storage refrigeration.", nl, offerings);
		offering("o-monitoring", "Cold-chain monitoring (IoT)", "Sensors and a monitoring service for temperature-critical goods.", nl, offerings);
		offering("o-energy", "Energy management service", null, north, offerings);
		offering("o-service", "Maintenance contracts", null, service, offerings);
		offering("o-parts", "Spare parts", null, parts, offerings);
		offering("o-heatpumps", "Heat pumps and heat recovery", null, south, offerings);

		Scale stages = scale("s-stages", "Relationship stages (McDonald)", ScaleKind.RELATIONSHIP_STAGE,
				"McDonald, Millman & Rogers (1997)", "st",
				List.of("Exploratory", "Basic", "Cooperative", "Interdependent", "Integrated"));
		Scale buySell = scale("s-buysell", "Buy-sell hierarchy (Miller Heiman)", ScaleKind.BUY_SELL_LEVEL,
				"Miller Heiman", "bs", List.of("Commodity", "Good products", "Good service and support",
						"Contributes to business issues", "Contributes to organisational issues"));
		buySell.setDescription("How the customer sees us; the customer decides the level.");

		CriteriaSet previous = criteriaSet("cs-2025", "Key account selection 2025", 1, LocalDate.of(2025, 1, 1), null,
				List.of(criterion("cs1-rev", "Revenue potential", CriterionKind.REVENUE_POTENTIAL, Axis.ATTRACTIVENESS, 40),
						criterion("cs1-profit", "Profit contribution", CriterionKind.PROFIT_CONTRIBUTION, Axis.ATTRACTIVENESS, 30),
						criterion("cs1-strategic", "Strategic fit", CriterionKind.STRATEGIC_CONTRIBUTION, Axis.ATTRACTIVENESS, 20),
						criterion("cs1-cost", "Cost to serve", CriterionKind.OWN, Axis.ATTRACTIVENESS, 10),
						criterion("cs1-product", "Product fit", CriterionKind.OWN, Axis.RELATIVE_STRENGTH, 50),
						criterion("cs1-service", "Service coverage", CriterionKind.OWN, Axis.RELATIVE_STRENGTH, 30),
						criterion("cs1-relationship", "Relationship depth", CriterionKind.OWN, Axis.RELATIVE_STRENGTH, 20)));
		CriteriaSet active = criteriaSet("cs-2026", "Key account selection 2026", 2, LocalDate.of(2026, 1, 1), previous,
				List.of(criterion("cs2-rev", "Revenue potential (3 years)", CriterionKind.REVENUE_POTENTIAL, Axis.ATTRACTIVENESS, 35),
						criterion("cs2-profit", "Profit contribution", CriterionKind.PROFIT_CONTRIBUTION, Axis.ATTRACTIVENESS, 25),
						criterion("cs2-reputation", "Learning and reputation effects", CriterionKind.REPUTATION_EFFECTS, Axis.ATTRACTIVENESS, 25),
						criterion("cs2-cost", "Cost to serve", CriterionKind.OWN, Axis.ATTRACTIVENESS, 15),
						criterion("cs2-product", "Product fit versus best competitor", CriterionKind.OWN, Axis.RELATIVE_STRENGTH, 40),
						criterion("cs2-service", "Service coverage in their countries", CriterionKind.OWN, Axis.RELATIVE_STRENGTH, 35),
						criterion("cs2-relationship", "Relationship depth", CriterionKind.OWN, Axis.RELATIVE_STRENGTH, 25)));
		active.setDescription("Revised in January 2026: reputation effects added, service coverage split from product fit.");
		for (CriteriaSet set : List.of(previous, active)) {
			Criterion cost = set.getCriteria().get(3);
			cost.setDescription("1 = cheap to serve, 10 = very expensive (many sites, special demands).");
			cost.setDirection(ScaleDirection.LOWER_IS_BETTER);
		}

		List<Competitor> competitors = new ArrayList<>();
		competitor("k-arctica", "Arctica Refrigeration", "Global player, strong in retail.", competitors);
		competitor("k-kuehltech", "K\u00fchlTech GmbH", "German Mittelstand, strong local service.", competitors);
		competitor("k-polar", "Polar Systems Ltd", "UK installer network.", competitors);
		competitor("k-frigo", "Frigo Iberica S.A.", "Low prices in southern Europe.", competitors);
		competitor("k-nordkyl", "Nordkyl AB", "Scandinavian specialist in heat recovery.", competitors);

		portfolio.getPeople().addAll(people.all);
		portfolio.getUnits().addAll(units);
		portfolio.getOfferings().addAll(offerings);
		portfolio.getScales().addAll(List.of(stages, buySell));
		portfolio.getCriteriaSets().addAll(List.of(previous, active));
		portfolio.getCompetitors().addAll(competitors);
		List<Reseller> resellers = resellers();
		portfolio.getResellers().addAll(resellers);
		portfolio.setActiveCriteriaSet(active);
		portfolio.setRelationshipStageScale(stages);
		portfolio.setBuySellScale(buySell);
		return new Organisation(portfolio, people.byRole(), unitByCountry, service, List.copyOf(offerings), stages,
				buySell, active, List.copyOf(competitors), resellers);
	}

	/** Our people, with names drawn from the countries of their units. */
	private static final class People {
		private final Draw draw;
		private final List<Person> all = new ArrayList<>();
		private final Map<String, List<Person>> byRole = new LinkedHashMap<>();

		People(Draw draw) {
			this.draw = draw;
		}

		@SuppressWarnings("nls")
		Person add(String role, String jobTitle, String discipline, OrganisationUnit unit, Person manager) {
			Words.Country country = country(unit.getCountry());
			Person person = KAM.createPerson();
			person.setId("p" + (all.size() + 1));
			String first = draw.one(country.firstNames());
			String last = draw.one(country.lastNames());
			person.setName(Names.person(first, last));
			person.setJobTitle(jobTitle);
			person.setDiscipline(discipline);
			person.setCountry(country.code());
			person.setEmail(Names.email(first, last, "vanhouten-koeltechniek.nl"));
			person.setPhone(draw.phone(country.phonePrefix()));
			person.getLanguages().add(country.language());
			if (!"en".equals(country.language())) {
				person.getLanguages().add("en");
			}
			if (draw.chance(0.4)) {
				person.getLanguages().add(draw.one(List.of("de", "fr", "es")));
			}
			person.setUnit(unit);
			person.setManager(manager);
			all.add(person);
			byRole.computeIfAbsent(role, key -> new ArrayList<>()).add(person);
			return person;
		}

		Map<String, List<Person>> byRole() {
			Map<String, List<Person>> copy = new LinkedHashMap<>();
			byRole.forEach((role, members) -> copy.put(role, List.copyOf(members)));
			return copy;
		}
	}

	static Words.Country country(String code) {
		for (Words.Country country : Words.ALL_COUNTRIES) {
			if (country.code().equals(code)) {
				return country;
			}
		}
		throw new IllegalArgumentException(code);
	}

	private static OrganisationUnit unit(String id, String name, String country, String businessUnit,
			List<OrganisationUnit> topLevel) {
		OrganisationUnit unit = KAM.createOrganisationUnit();
		unit.setId(id);
		unit.setName(name);
		unit.setCountry(country);
		unit.setBusinessUnit(businessUnit);
		if (topLevel != null) {
			topLevel.add(unit);
		}
		return unit;
	}

	private static void offering(String id, String name, String description, OrganisationUnit unit,
			List<Offering> offerings) {
		Offering offering = KAM.createOffering();
		offering.setId(id);
		offering.setName(name);
		offering.setDescription(description);
		offering.setUnit(unit);
		offerings.add(offering);
	}

	private static Scale scale(String id, String name, ScaleKind kind, String source, String levelPrefix,
			List<String> levels) {
		Scale scale = KAM.createScale();
		scale.setId(id);
		scale.setName(name);
		scale.setKind(kind);
		scale.setSource(source);
		for (int rank = 1; rank <= levels.size(); rank++) {
			ScaleLevel level = KAM.createScaleLevel();
			level.setId(levelPrefix + "-" + rank); //$NON-NLS-1$
			level.setName(levels.get(rank - 1));
			level.setRank(rank);
			scale.getLevels().add(level);
		}
		return scale;
	}

	private static CriteriaSet criteriaSet(String id, String name, int version, LocalDate validFrom,
			CriteriaSet supersedes, List<Criterion> criteria) {
		CriteriaSet set = KAM.createCriteriaSet();
		set.setId(id);
		set.setName(name);
		set.setVersion(version);
		set.setValidFrom(validFrom);
		set.setSupersedes(supersedes);
		set.getCriteria().addAll(criteria);
		return set;
	}

	private static Criterion criterion(String id, String name, CriterionKind kind, Axis axis, double weight) {
		Criterion criterion = KAM.createCriterion();
		criterion.setId(id);
		criterion.setName(name);
		criterion.setKind(kind);
		criterion.setAxis(axis);
		criterion.setWeight(weight);
		return criterion;
	}

	/** The resellers some accounts also buy through, each once in the portfolio. */
	private static List<Reseller> resellers() {
		List<Reseller> resellers = new ArrayList<>();
		for (int i = 0; i < Words.RESELLERS.size(); i++) {
			Reseller reseller = KAM.createReseller();
			reseller.setId("rs" + (i + 1));
			reseller.setName(Words.RESELLERS.get(i));
			resellers.add(reseller);
		}
		return List.copyOf(resellers);
	}

	private static void competitor(String id, String name, String description, List<Competitor> competitors) {
		Competitor competitor = KAM.createCompetitor();
		competitor.setId(id);
		competitor.setName(name);
		competitor.setDescription(description);
		competitors.add(competitor);
	}
}
