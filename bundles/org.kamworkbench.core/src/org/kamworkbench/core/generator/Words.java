package org.kamworkbench.core.generator;

import java.util.List;

/**
 * The small built-in word lists that generated portfolios are made of: European company and person names,
 * cities, sectors and the phrases of account plans. They are data of made-up portfolios, not texts of the
 * product, so they are not translated.
 */
@SuppressWarnings("nls")
final class Words {

	/** A customer country: its code, language, the legal forms of companies there, and names of people and places. */
	record Country(String code, String language, String phonePrefix, String domain, List<String> legalForms,
			List<String> cities, List<String> firstNames, List<String> lastNames) {
	}

	static final Country NL = new Country("NL", "nl", "+31", "nl", List.of("B.V.", "B.V.", "N.V."),
			List.of("Utrecht", "Zwolle", "Eindhoven", "Rotterdam", "Leeuwarden", "Venlo", "Tilburg", "Apeldoorn",
					"Groningen", "Breda"),
			List.of("Jan", "Sanne", "Pieter", "Femke", "Joost", "Lotte", "Bas", "Marieke", "Ruud", "Anouk", "Willem",
					"Esther", "Hendrik", "Iris", "Ahmed", "Fleur"),
			List.of("de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Jong", "Mulder", "Bos", "Vos",
					"Dekker", "Koster", "van Dijk", "Brouwer", "Hendriks", "El Amrani"));
	static final Country DE = new Country("DE", "de", "+49", "de", List.of("GmbH", "GmbH", "AG", "GmbH & Co. KG"),
			List.of("Hamburg", "Bremen", "M\u00fcnster", "Hannover", "K\u00f6ln", "Stuttgart", "N\u00fcrnberg",
					"Leipzig"),
			List.of("Claudia", "Markus", "Katrin", "Lukas", "J\u00fcrgen", "Anna", "Stefan", "Julia", "Thomas",
					"Sabine", "Florian", "Petra"),
			List.of("M\u00fcller", "Schmidt", "Schneider", "Fischer", "Weber", "Hoffmann", "Braun", "Becker",
					"Wagner", "Schulz", "Krause", "Zimmermann"));
	static final Country BE = new Country("BE", "nl", "+32", "be", List.of("NV", "BV", "SA"),
			List.of("Antwerpen", "Gent", "Brugge", "Hasselt", "Li\u00e8ge", "Namur"),
			List.of("Pieter", "Els", "Koen", "Sofie", "Wouter", "Nathalie", "Luc", "An"),
			List.of("Claes", "Peeters", "Janssens", "Maes", "Willems", "Dubois", "Lambert", "Wouters"));
	static final Country FR = new Country("FR", "fr", "+33", "fr", List.of("SAS", "SA", "SARL"),
			List.of("Lyon", "Lille", "Rennes", "Nantes", "Toulouse", "Reims"),
			List.of("Camille", "Julien", "Isabelle", "Nicolas", "C\u00e9line", "Thierry", "Sophie", "Olivier"),
			List.of("Martin", "Bernard", "Dubois", "Lef\u00e8vre", "Moreau", "Laurent", "Girard", "Roux"));
	static final Country GB = new Country("GB", "en", "+44", "co.uk", List.of("Ltd", "plc"),
			List.of("Leeds", "Bristol", "Manchester", "Birmingham", "Glasgow", "Norwich"),
			List.of("Oliver", "Emma", "James", "Charlotte", "Harry", "Sophie", "George", "Amelia"),
			List.of("Hughes", "Smith", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright"));
	static final Country ES = new Country("ES", "es", "+34", "es", List.of("S.A.", "S.L."),
			List.of("Valencia", "Zaragoza", "Sevilla", "Murcia", "Bilbao"),
			List.of("Luc\u00eda", "Javier", "Carmen", "Pablo", "Marta", "Sergio"),
			List.of("Romero", "Garc\u00eda", "Mart\u00ednez", "L\u00f3pez", "S\u00e1nchez", "Navarro"));
	static final Country IT = new Country("IT", "it", "+39", "it", List.of("S.p.A.", "S.r.l."),
			List.of("Parma", "Verona", "Bologna", "Torino", "Bergamo"),
			List.of("Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro"),
			List.of("Rossi", "Bianchi", "Ferrari", "Esposito", "Colombo", "Ricci"));
	static final Country PL = new Country("PL", "pl", "+48", "pl", List.of("Sp. z o.o.", "S.A."),
			List.of("Pozna\u0144", "Wroc\u0142aw", "\u0141\u00f3d\u017a", "Gda\u0144sk", "Krak\u00f3w"),
			List.of("Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Magdalena", "Marcin"),
			List.of("Nowak", "W\u00f3jcik", "Kowalczyk", "Mazur", "Krawczyk", "Dudek"));
	static final Country DK = new Country("DK", "da", "+45", "dk", List.of("A/S", "ApS"),
			List.of("Esbjerg", "Aarhus", "Odense", "Aalborg"),
			List.of("Mette", "Lars", "Sofie", "Anders", "Camilla", "Henrik"),
			List.of("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "S\u00f8rensen"));
	static final Country SE = new Country("SE", "sv", "+46", "se", List.of("AB"),
			List.of("G\u00f6teborg", "Malm\u00f6", "J\u00f6nk\u00f6ping", "Norrk\u00f6ping"),
			List.of("Erik", "Karin", "Johan", "Emma", "Anders", "Lena"),
			List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Lindqvist"));

	/** Countries of customer head offices, the Netherlands and Germany most often (our home markets). */
	static final List<Country> HOME_COUNTRIES = List.of(NL, NL, NL, NL, NL, DE, DE, DE, BE, BE, FR, GB, ES, IT, PL,
			DK, SE);
	static final List<Country> ALL_COUNTRIES = List.of(NL, DE, BE, FR, GB, ES, IT, PL, DK, SE);

	static final List<String> COMPANY_STEMS = List.of("Brouwer", "Nordfrisch", "Van Dijk", "Hollandia", "Rhenus",
			"Alpina", "Baltic", "Maasland", "Scheldt", "Noorderlicht", "Vlaamse", "Hanse", "Rijnmond", "Zeeland",
			"Polder", "Kempen", "Veluwe", "Twente", "Albion", "Iberia", "Adria", "Scandi", "Lusitania", "Danubia",
			"Carpathia", "Westfalen", "Friesland", "Ardennen", "Elbe", "Oder", "De Kroon", "Gouden Aar", "Zilverberg",
			"Duinrand", "Heuvelland", "Sterk", "Nova", "Vita", "Terra", "Optima");
	static final List<String> COMPANY_TRADES = List.of("Foods", "Zuivel", "Dairy", "Dranken", "Beverages",
			"Bakeries", "Pharma", "Chemie", "Chemicals", "Logistics", "Logistiek", "Cold Stores", "Seafood",
			"Vleeswaren", "Retail", "Packaging", "Papier", "Metaal", "Agro", "Ingredients");
	static final List<String> SECTORS = List.of("Food manufacturing", "Dairy and chilled foods", "Beverages",
			"Bakery", "Pharmaceuticals", "Chemicals", "Cold-chain logistics", "Food retail", "Meat processing",
			"Seafood processing", "Paper and packaging", "Agricultural cooperatives");
	static final List<String> BUSINESS_UNITS = List.of("Dairy", "Ready meals", "Chilled desserts", "Frozen foods",
			"Beverages", "Ingredients", "Distribution", "Packaging", "Active ingredients", "Generics",
			"Consumer brands", "Private label");
	static final List<String> DEPARTMENTS = List.of("Procurement", "Engineering", "Operations", "Finance",
			"Quality", "Maintenance", "Supply chain", "Board");

	/** Customer job titles from junior to senior, with the department and buying role that go with them. */
	record Role(String jobTitle, String department, String buyingRole, int seniority) {
	}

	static final List<Role> JUNIOR_ROLES = List.of(new Role("Maintenance Engineer", "Maintenance", "USER", 1),
			new Role("Production Supervisor", "Operations", "USER", 1),
			new Role("Category Buyer Technical Goods", "Procurement", "GATEKEEPER", 2),
			new Role("Quality Manager", "Quality", "INFLUENCER", 2),
			new Role("Energy Coordinator", "Engineering", "INFLUENCER", 2),
			new Role("Plant Manager", "Operations", "USER", 3),
			new Role("Head of Engineering", "Engineering", "INFLUENCER", 3),
			new Role("Supply Chain Manager", "Supply chain", "INFLUENCER", 3),
			new Role("Purchasing Manager", "Procurement", "GATEKEEPER", 3));
	static final List<Role> SENIOR_ROLES = List.of(new Role("Chief Procurement Officer", "Procurement", "DECISION_MAKER", 4),
			new Role("Chief Operating Officer", "Operations", "DECISION_MAKER", 4),
			new Role("Chief Financial Officer", "Finance", "ECONOMIC_BUYER", 5),
			new Role("Chief Executive Officer", "Board", "ECONOMIC_BUYER", 5));

	/** Purchase categories of our customers, with the offerings of ours (by index) that serve them; none for others. */
	record Category(String name, List<Integer> offerings) {
	}

	static final List<Category> CATEGORIES = List.of(new Category("Process cooling systems", List.of(0, 3)),
			new Category("Cold-storage systems", List.of(0)), new Category("Refrigeration maintenance", List.of(3)),
			new Category("Refrigeration spare parts", List.of(4)),
			new Category("Cold-chain monitoring", List.of(1, 2)), new Category("Energy management", List.of(2)),
			new Category("Heat pumps and heat recovery", List.of(5)), new Category("Packaging machinery", List.of()),
			new Category("Logistics services", List.of()), new Category("Raw materials", List.of()),
			new Category("Electricity", List.of()), new Category("IT services", List.of()));

	static final List<String> PROFIT_IMPACT_FACTORS = List.of("Purchase volume", "Share of total cost",
			"Impact on quality and growth");
	static final List<String> SUPPLY_RISK_FACTORS = List.of("Availability", "Number of suppliers (few = high risk)",
			"Switching cost");

	static final List<String> RESELLERS = List.of("TechniParts Distributie", "KoelService Partners",
			"Nordic Cooling Agents", "Iberfrio Distribuci\u00f3n", "Clima Service Italia", "ServiPlus Belgi\u00eb",
			"UK Refrigeration Wholesale");

	static final List<String> STRENGTHS = List.of("Installed base in all their plants in our home market.",
			"Our engineers are trusted by their engineering department.",
			"Fastest service response of all suppliers in their region.",
			"Energy savings documented at two of their sites.");
	static final List<String> WEAKNESSES = List.of("Thin service coverage in their southern plants.",
			"No local sales presence in two of their countries.",
			"Our prices are above their benchmark for spare parts.",
			"Few contacts above the purchasing department.");
	static final List<String> OPPORTUNITIES = List.of("Energy-saving retrofits fit the board's climate target.",
			"They plan to consolidate to fewer suppliers next year.",
			"A new plant is planned within two years.",
			"Monitoring of cold-chain quality becomes a legal demand.");
	static final List<String> THREATS = List.of("A global competitor offers a group-wide price deal.",
			"Procurement is moving to yearly tenders.", "A local installer is close to the plant managers.",
			"Budget cuts after a weak year may postpone investments.");

	/** Objectives: name, metric, unit, baseline, target. */
	record ObjectiveTemplate(String name, String metric, String unit, double baseline, double target) {
	}

	static final List<ObjectiveTemplate> OBJECTIVES = List.of(
			new ObjectiveTemplate("Grow share of wallet in process cooling", "Share of wallet", "%", 30, 45),
			new ObjectiveTemplate("Monitoring in more plants", "Plants with monitoring", "plants", 1, 4),
			new ObjectiveTemplate("Raise local commitment abroad", "Local commitment (0-10)", "score", 4, 7),
			new ObjectiveTemplate("Win the maintenance framework agreement", "Sites under contract", "sites", 2, 8),
			new ObjectiveTemplate("Improve margin after cost to serve", "Profit contribution", "%", 12, 16),
			new ObjectiveTemplate("Reach the board", "Board meetings per year", "meetings", 0, 2));
	static final List<String> STRATEGIES = List.of("Lead with energy savings", "Standardise across their plants",
			"Build relationships beyond purchasing", "Bundle service with every system",
			"Make local units part of the account team");
	static final List<String> ACTIONS = List.of("Pilot monitoring at one plant",
			"Executive meeting with their board member", "Renew the service level agreement",
			"Joint visit with the country manager", "Energy audit of the largest site",
			"Workshop on their category plan with purchasing", "Present the retrofit business case",
			"Agree a cross-border credit rule for local sales", "Reference visit to a comparable customer");
	static final List<String> RISKS = List.of("A competitor undercuts on a group-wide tender",
			"Their plants keep buying locally", "The main sponsor leaves the company",
			"Investment budget frozen for a year", "Service capacity too small for a national roll-out");
	static final List<String> MITIGATIONS = List.of("Offer a multi-year energy-performance contract.",
			"Credit local sales for the whole account.", "Build a second sponsor at board level.",
			"Phase the investment over two budget years.", "Train a partner in the region.");
	static final List<String> REVIEWS = List.of("On track; the roll-out slips one plant.",
			"Share grows, local commitment stays low.", "Good year; the new plant decision is postponed.",
			"Behind on revenue; actions refocused on service.");
	static final List<String> VISIONS = List.of(
			"Become their single refrigeration partner for all European plants.",
			"Be the partner that cuts their energy use of cooling by a fifth.",
			"Make the central agreement work in every plant.",
			"Grow from parts supplier to partner in cold-chain quality.");
	static final List<String> CUSTOMER_BUSINESS = List.of("Growing volumes; energy costs are the board's first concern.",
			"Consolidating plants after an acquisition.", "Expanding in Central Europe with two new sites.",
			"Margins under pressure from retail customers.");
	static final List<String> CUSTOMER_GOALS = List.of("Cut energy use by 20% in three years; fewer suppliers.",
			"One standard per technology across all plants.", "No unplanned downtime in the peak season.",
			"Certified cold chain for pharmaceutical customers.");

	static final List<String> NOTE_TITLES = List.of("Energy is the door opener", "Prefers one supplier per technology",
			"Decisions prepared by the engineering board", "Loyal to a competitor",
			"Budget round in September", "Plant managers decide below a threshold");
	static final List<String> NOTE_TEXTS = List.of(
			"The board discusses energy costs monthly; anything with a payback under three years gets signed.",
			"Purchasing consolidated suppliers last year and wants to go further.",
			"Proposals go to the engineering board two weeks before the purchasing decision.",
			"Worked for a competitor for years; treat technical objections as loyalty, not quality.",
			"Investments for next year are fixed in the September budget round; be early.",
			"Plants buy on their own below EUR 250,000; the central agreement binds no one locally.");
	static final List<String> TAGS = List.of("energy", "finance", "strategy", "competition", "knowledge", "kraljic",
			"relationship", "budget", "service", "local");
	static final List<String> LANGUAGE_NOTES = List.of("Meetings in the local language at head office, English with the plants.",
			"English throughout; technical documentation in the local language.",
			"Head office insists on its own language in contracts.");
	static final List<String> CULTURE_NOTES = List.of(
			"Consensus culture: decisions are prepared long before they are taken.",
			"Hierarchical: nothing moves without the board's sign-off.",
			"Plants act independently; head office sets the framework only.");
	static final List<String> RATIONALES = List.of("From the account review with the team.",
			"Based on three years of results.", "Confirmed in the workshop with their purchasing.",
			"Estimate of the key account manager.");

	private Words() {
	}
}
