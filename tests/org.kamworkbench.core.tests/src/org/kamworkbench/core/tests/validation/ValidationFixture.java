package org.kamworkbench.core.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.kamworkbench.core.validation.Constraint;
import org.kamworkbench.core.validation.KamValidator;
import org.kamworkbench.core.validation.PortfolioValidation;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.AccountTeamMember;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.Action;
import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.BuyingRole;
import org.kamworkbench.kam.Competitor;
import org.kamworkbench.kam.CompetitorPosition;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.IndirectRevenue;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KraljicAssessment;
import org.kamworkbench.kam.KraljicDimension;
import org.kamworkbench.kam.KraljicFactorScore;
import org.kamworkbench.kam.LifetimeValueInputs;
import org.kamworkbench.kam.Objective;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.Person;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.PurchaseCategory;
import org.kamworkbench.kam.RelationshipLink;
import org.kamworkbench.kam.Reseller;
import org.kamworkbench.kam.RevenueTarget;
import org.kamworkbench.kam.Risk;
import org.kamworkbench.kam.Scale;
import org.kamworkbench.kam.ScaleKind;
import org.kamworkbench.kam.ScaleLevel;
import org.kamworkbench.kam.Score;
import org.kamworkbench.kam.Strategy;
import org.kamworkbench.kam.SupplierPreferencing;
import org.kamworkbench.kam.UnitCredit;
import org.kamworkbench.kam.resource.Identifiers;

/**
 * A complete portfolio in which every rule holds: one key account with every kind of object the validator
 * checks. Tests break one thing and expect exactly that problem.
 */
final class ValidationFixture {

	static final KamFactory KAM = KamFactory.eINSTANCE;

	final Portfolio portfolio = KAM.createPortfolio();
	final AnalysisSettings settings = KAM.createAnalysisSettings();
	final Person jan = person("Jan de Vries");
	final Person anna = person("Anna Smit");
	final OrganisationUnit benelux = KAM.createOrganisationUnit();
	final OrganisationUnit germany = KAM.createOrganisationUnit();
	final Scale stages = KAM.createScale();
	final ScaleLevel basic = KAM.createScaleLevel();
	final ScaleLevel cooperative = KAM.createScaleLevel();
	final Scale buySell = KAM.createScale();
	final ScaleLevel goodProducts = KAM.createScaleLevel();
	final ScaleLevel businessIssues = KAM.createScaleLevel();
	final CriteriaSet selection = KAM.createCriteriaSet();
	final Criterion revenue = criterion("Revenue potential", Axis.ATTRACTIVENESS, 60);
	final Criterion reputation = criterion("Reputation effects", Axis.ATTRACTIVENESS, 40);
	final Criterion service = criterion("Service quality", Axis.RELATIVE_STRENGTH, 100);
	final Competitor rival = KAM.createCompetitor();
	final Reseller wholesaler = KAM.createReseller();

	final Account brouwer = KAM.createAccount();
	final AccountUnit brouwerNl = KAM.createAccountUnit();
	final AccountUnit logistics = KAM.createAccountUnit();
	final Contact eva = KAM.createContact();
	final Contact piet = KAM.createContact();
	final RelationshipLink janMeetsEva = KAM.createRelationshipLink();
	final AccountTeamMember janInTeam = KAM.createAccountTeamMember();
	final AccountTeamMember annaInTeam = KAM.createAccountTeamMember();
	final Score revenueScore = KAM.createScore();
	final CompetitorPosition rivalAtBrouwer = KAM.createCompetitorPosition();
	final KraljicAssessment kraljic = KAM.createKraljicAssessment();
	final PurchaseCategory packaging = KAM.createPurchaseCategory();
	final KraljicFactorScore switchingCost = KAM.createKraljicFactorScore();
	final SupplierPreferencing preferencing = KAM.createSupplierPreferencing();
	final AccountPlan plan = KAM.createAccountPlan();
	final Objective growShare = KAM.createObjective();
	final Strategy strategy = KAM.createStrategy();
	final Action workshop = KAM.createAction();
	final RevenueTarget target2026 = KAM.createRevenueTarget();
	final Risk priceWar = KAM.createRisk();
	final PeriodResult result2025 = KAM.createPeriodResult();
	final IndirectRevenue viaWholesaler = KAM.createIndirectRevenue();
	final UnitCredit beneluxCredit = KAM.createUnitCredit();
	final UnitCredit germanyCredit = KAM.createUnitCredit();
	final LifetimeValueInputs lifetime = KAM.createLifetimeValueInputs();

	ValidationFixture() {
		portfolio.setName("Our portfolio");
		portfolio.setSettings(settings);
		portfolio.getPeople().addAll(List.of(jan, anna));
		jan.setManager(anna);
		benelux.setName("Benelux");
		germany.setName("Germany");
		portfolio.getUnits().addAll(List.of(benelux, germany));

		stages.setName("McDonald");
		stages.setKind(ScaleKind.RELATIONSHIP_STAGE);
		basic.setName("basic");
		basic.setRank(2);
		cooperative.setName("cooperative");
		cooperative.setRank(3);
		stages.getLevels().addAll(List.of(basic, cooperative));
		buySell.setName("Miller Heiman");
		buySell.setKind(ScaleKind.BUY_SELL_LEVEL);
		goodProducts.setName("2 good products");
		goodProducts.setRank(2);
		businessIssues.setName("4 contributes to business issues");
		businessIssues.setRank(4);
		buySell.getLevels().addAll(List.of(goodProducts, businessIssues));
		portfolio.getScales().addAll(List.of(stages, buySell));
		portfolio.setRelationshipStageScale(stages);
		portfolio.setBuySellScale(buySell);

		selection.setName("Selection 2026");
		selection.getCriteria().addAll(List.of(revenue, reputation, service));
		portfolio.getCriteriaSets().add(selection);
		portfolio.setActiveCriteriaSet(selection);
		rival.setName("Rival BV");
		portfolio.getCompetitors().add(rival);
		wholesaler.setName("Wholesaler");
		portfolio.getResellers().add(wholesaler);

		account();
		plan();
		result();
		Identifiers.assignMissing(portfolio);
	}

	private void account() {
		brouwer.setName("Brouwer Foods");
		brouwer.setStatus(AccountStatus.KEY_ACCOUNT);
		brouwer.setKeyAccountManager(jan);
		brouwer.setExecutiveSponsor(anna);
		brouwer.setOwningUnit(benelux);
		brouwer.setOurWillingnessToInvest(7);
		brouwer.setTheirWillingnessToInvest(6);
		brouwer.setOurInternationalisation(5);
		brouwer.setTheirInternationalisation(4);
		brouwer.setRelationshipStage(basic);
		brouwer.setCurrentBuySellLevel(goodProducts);
		brouwer.setDesiredBuySellLevel(businessIssues);
		portfolio.getAccounts().add(brouwer);

		brouwerNl.setName("Brouwer NL");
		brouwerNl.setLocalImportance(8);
		brouwerNl.setLocalCommitment(6);
		brouwerNl.setOurUnit(benelux);
		logistics.setName("Brouwer NL Logistics");
		brouwerNl.getSubunits().add(logistics);
		brouwer.getUnits().add(brouwerNl);

		eva.setName("Eva Jansen");
		eva.setBuyingRole(BuyingRole.DECISION_MAKER);
		eva.setInfluence(5);
		eva.setUnit(brouwerNl);
		eva.setOwner(jan);
		piet.setName("Piet Bos");
		piet.setBuyingRole(BuyingRole.USER);
		piet.setInfluence(2);
		piet.setUnit(logistics);
		piet.setReportsTo(eva);
		brouwer.getContacts().addAll(List.of(eva, piet));
		brouwer.setCustomerSponsor(eva);

		janMeetsEva.setOurPerson(jan);
		janMeetsEva.setContact(eva);
		janMeetsEva.setStrength(4);
		brouwer.getRelationshipLinks().add(janMeetsEva);

		janInTeam.setPerson(jan);
		janInTeam.setRole("key account manager");
		janInTeam.setTimeCommitmentPercent(50);
		janInTeam.setUnit(benelux);
		annaInTeam.setPerson(anna);
		annaInTeam.setTimeCommitmentPercent(10);
		annaInTeam.setReportsTo(janInTeam);
		annaInTeam.setAccountUnit(brouwerNl);
		brouwer.getTeam().addAll(List.of(janInTeam, annaInTeam));

		revenueScore.setCriterion(revenue);
		revenueScore.setValue(7);
		revenueScore.setScoredBy(jan);
		brouwer.getScores().add(revenueScore);

		rivalAtBrouwer.setCompetitor(rival);
		rivalAtBrouwer.setShareOfWalletPercent(30);
		brouwer.getCompetitors().add(rivalAtBrouwer);

		packaging.setName("Packaging");
		packaging.setOurSharePercent(40);
		switchingCost.setDimension(KraljicDimension.SUPPLY_RISK);
		switchingCost.setFactor("switching cost");
		switchingCost.setWeight(50);
		switchingCost.setValue(8);
		packaging.getFactorScores().add(switchingCost);
		kraljic.getCategories().add(packaging);
		kraljic.setAssessedBy(jan);
		brouwer.setKraljicAssessment(kraljic);

		preferencing.setValueToUs(7);
		preferencing.setAttractivenessToUs(8);
		brouwer.setSupplierPreferencing(preferencing);

		lifetime.setMarginPercent(20);
		lifetime.setRetentionRatePercent(80);
		lifetime.setDiscountRatePercent(8);
		lifetime.setHorizonYears(5);
		brouwer.setLifetimeValueInputs(lifetime);
	}

	private void plan() {
		plan.setName("Plan 2026");
		plan.setPeriodStart(LocalDate.of(2026, 1, 1));
		plan.setPeriodEnd(LocalDate.of(2026, 12, 31));
		plan.setAuthor(jan);
		growShare.setName("Grow share");
		growShare.setTarget(40);
		growShare.setDueDate(LocalDate.of(2026, 12, 31));
		growShare.setOwner(jan);
		strategy.setName("Become the packaging partner");
		strategy.getObjectives().add(growShare);
		workshop.setName("Innovation workshop");
		workshop.setOwner(jan);
		workshop.setDueDate(LocalDate.of(2026, 3, 1));
		workshop.setObjective(growShare);
		workshop.setStrategy(strategy);
		target2026.setPeriodLabel("2026");
		target2026.setPeriodStart(LocalDate.of(2026, 1, 1));
		target2026.setPeriodEnd(LocalDate.of(2026, 12, 31));
		target2026.setRevenue(1_000_000);
		target2026.setAccountUnit(brouwerNl);
		priceWar.setName("Price war");
		priceWar.setLikelihood(3);
		priceWar.setImpact(4);
		priceWar.setOwner(anna);
		plan.getObjectives().add(growShare);
		plan.getStrategies().add(strategy);
		plan.getActions().add(workshop);
		plan.getRevenueTargets().add(target2026);
		plan.getRisks().add(priceWar);
		brouwer.getPlans().add(plan);
	}

	private void result() {
		result2025.setPeriodLabel("2025");
		result2025.setPeriodStart(LocalDate.of(2025, 1, 1));
		result2025.setPeriodEnd(LocalDate.of(2025, 12, 31));
		result2025.setAccountUnit(brouwerNl);
		result2025.setDirectRevenue(900_000);
		viaWholesaler.setReseller(wholesaler);
		viaWholesaler.setRevenue(100_000);
		viaWholesaler.setAttributionSharePercent(50);
		result2025.getIndirectRevenues().add(viaWholesaler);
		beneluxCredit.setUnit(benelux);
		beneluxCredit.setSharePercent(70);
		germanyCredit.setUnit(germany);
		germanyCredit.setSharePercent(30);
		result2025.getCredits().addAll(List.of(beneluxCredit, germanyCredit));
		brouwer.getResults().add(result2025);
	}

	private Person person(String name) {
		Person person = KAM.createPerson();
		person.setName(name);
		return person;
	}

	private Criterion criterion(String name, Axis axis, double weight) {
		Criterion criterion = KAM.createCriterion();
		criterion.setName(name);
		criterion.setAxis(axis);
		criterion.setWeight(weight);
		return criterion;
	}

	/** The problems validation finds in the fixture's portfolio. */
	List<Diagnostic> problems() {
		return PortfolioValidation.validate(portfolio).getChildren();
	}

	/**
	 * The one problem validation finds, checked to be of {@code constraint}: its code, its severity and our
	 * source; {@code subject} is the first element of its data.
	 */
	Diagnostic onlyProblem(Constraint constraint, Object subject) {
		List<Diagnostic> problems = problems();
		assertEquals(1, problems.size(), () -> "expected one problem, got " + messages(problems));
		Diagnostic problem = problems.get(0);
		assertEquals(constraint.code(), problem.getCode(), problem::getMessage);
		assertEquals(constraint.severity(), problem.getSeverity(), problem::getMessage);
		assertEquals(KamValidator.DIAGNOSTIC_SOURCE, problem.getSource());
		assertSame(subject, problem.getData().get(0));
		return problem;
	}

	/** Asserts that validation finds nothing. */
	void assertValid() {
		List<Diagnostic> problems = problems();
		assertEquals(List.of(), messages(problems));
	}

	static List<String> messages(List<Diagnostic> problems) {
		return problems.stream().map(Diagnostic::getMessage).toList();
	}
}
