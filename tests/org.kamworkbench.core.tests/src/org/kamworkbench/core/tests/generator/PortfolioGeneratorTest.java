package org.kamworkbench.core.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.core.generator.PortfolioGenerator;
import org.kamworkbench.core.validation.PortfolioValidation;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.Axis;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.Criterion;
import org.kamworkbench.kam.Identified;
import org.kamworkbench.kam.KraljicDimension;
import org.kamworkbench.kam.PeriodResult;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.PurchaseCategory;
import org.kamworkbench.kam.UnitCredit;
import org.kamworkbench.kam.resource.PortfolioFiles;

/** Generated portfolios: valid, complete, and the same for the same seed, byte for byte once saved. */
class PortfolioGeneratorTest {

	@TempDir
	Path folder;

	@Test
	void aGeneratedPortfolioIsValidWithoutEvenAWarning() {
		Diagnostic diagnosis = PortfolioValidation.validate(PortfolioGenerator.generate(40, 11));
		assertEquals(Diagnostic.OK, diagnosis.getSeverity(),
				() -> diagnosis.getChildren().stream().map(Diagnostic::getMessage).toList().toString());
	}

	@Test
	void theSameSeedGivesTheSameFileByteForByte() throws IOException {
		Path first = folder.resolve("first.kam");
		Path second = folder.resolve("second.kam");
		Path other = folder.resolve("other.kam");
		PortfolioFiles.save(PortfolioGenerator.generate(25, 7), first);
		PortfolioFiles.save(PortfolioGenerator.generate(25, 7), second);
		PortfolioFiles.save(PortfolioGenerator.generate(25, 8), other);
		assertEquals(-1, Files.mismatch(first, second));
		assertNotEquals(-1, Files.mismatch(first, other));
	}

	@Test
	void aSavedPortfolioWithForwardReferencesLoadsBackValid() throws Exception {
		Path file = folder.resolve("generated.kam");
		PortfolioFiles.save(PortfolioGenerator.generate(30, 3), file);
		Portfolio loaded = PortfolioFiles.load(file);
		assertEquals(30, loaded.getAccounts().size());
		assertEquals(Diagnostic.OK, PortfolioValidation.validate(loaded).getSeverity());
		Contact first = loaded.getAccounts().get(29).getContacts().get(0);
		assertNotNull(first.getReportsTo(), "references written before their target are resolved");
		Path again = folder.resolve("again.kam");
		PortfolioFiles.save(loaded, again);
		assertEquals(-1, Files.mismatch(file, again), "loading and saving changes nothing");
	}

	@Test
	void identifiersAreReadableUniqueAndFollowTheContainment() {
		Portfolio portfolio = PortfolioGenerator.generate(12, 5);
		Account account = portfolio.getAccounts().get(11);
		assertEquals("a12", account.getId());
		assertEquals("a12-c1", account.getContacts().get(0).getId());
		assertEquals("a12-r2025-01", account.getResults().get(0).getId());
		Set<String> ids = new HashSet<>();
		int objects = 0;
		for (Iterator<EObject> all = portfolio.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Identified identified) {
				objects++;
				assertTrue(ids.add(identified.getId()), identified.getId());
			}
		}
		assertTrue(objects > 12 * 100, "about 130 objects per account: " + objects);
	}

	@Test
	void theOrganisationHasAVersionedCriteriaSetOfFourAndThreeCriteriaWeighingHundredEach() {
		Portfolio portfolio = PortfolioGenerator.generate(1, 1);
		CriteriaSet active = portfolio.getActiveCriteriaSet();
		assertNotNull(active.getSupersedes());
		assertTrue(active.getVersion() > active.getSupersedes().getVersion());
		for (Axis axis : Axis.VALUES) {
			List<Criterion> criteria = active.getCriteria().stream().filter(c -> c.getAxis() == axis).toList();
			assertEquals(axis == Axis.ATTRACTIVENESS ? 4 : 3, criteria.size());
			assertEquals(100.0, criteria.stream().mapToDouble(Criterion::getWeight).sum(), 1e-9);
		}
		assertTrue(portfolio.getPeople().size() >= 20);
		assertTrue(portfolio.getUnits().stream().anyMatch(unit -> !unit.getSubunits().isEmpty()));
		assertEquals(2, portfolio.getScales().size());
	}

	@Test
	void everyAccountHasEverythingAKeyAccountManagerRecords() {
		Portfolio portfolio = PortfolioGenerator.generate(30, 2026);
		for (Account account : portfolio.getAccounts()) {
			String name = account.getName();
			assertTrue(between(2, account.getUnits().size(), 4), name);
			assertTrue(between(5, account.getContacts().size(), 10), name);
			assertTrue(between(3, account.getTeam().size(), 5), name);
			assertEquals(portfolio.getActiveCriteriaSet().getCriteria().size(), account.getScores().stream()
					.filter(score -> score.getCriteriaVersion() == portfolio.getActiveCriteriaSet().getVersion()).count());
			List<Contact> contacts = account.getContacts();
			for (Contact contact : contacts.subList(0, contacts.size() - 1)) {
				assertTrue(contacts.indexOf(contact.getReportsTo()) > contacts.indexOf(contact),
						"reports to a contact later in the file: " + contact.getId());
				assertNotNull(contact.getOwner());
			}
			assertNull(contacts.get(contacts.size() - 1).getReportsTo());
			assertEquals(account.getCustomerSponsor(), contacts.get(contacts.size() - 1));
			assertTrue(between(2, account.getKraljicAssessment().getCategories().size(), 4), name);
			for (PurchaseCategory category : account.getKraljicAssessment().getCategories()) {
				for (KraljicDimension dimension : KraljicDimension.VALUES) {
					assertEquals(3, category.getFactorScores().stream().filter(f -> f.getDimension() == dimension).count());
				}
			}
			assertNotNull(account.getSupplierPreferencing());
			assertTrue(between(1, account.getCompetitors().size(), 3), name);
			AccountPlan plan = account.getPlans().get(0);
			assertTrue(plan.getSwot().size() >= 4 && !plan.getObjectives().isEmpty() && !plan.getStrategies().isEmpty()
					&& plan.getActions().size() >= 3 && !plan.getRevenueTargets().isEmpty() && !plan.getRisks().isEmpty()
					&& !plan.getReviews().isEmpty(), name);
			plan.getActions().forEach(action -> assertTrue(action.getOwner() != null && action.getDueDate() != null));
			assertEquals(12, account.getResults().size());
			for (PeriodResult result : account.getResults()) {
				assertEquals(100.0, result.getCredits().stream().mapToDouble(UnitCredit::getSharePercent).sum(), 1e-9);
			}
			assertTrue(between(1, account.getNotes().size(), 3) && !account.getNotes().get(0).getTags().isEmpty());
			assertNotNull(account.getLifetimeValueInputs());
			assertTrue(account.getRelationshipLinks().size() >= contacts.size());
		}
		assertTrue(portfolio.getAccounts().stream().flatMap(account -> account.getUnits().stream())
				.map(AccountUnit::getSubunits).anyMatch(subunits -> !subunits.isEmpty()), "some units have subunits");
		assertTrue(portfolio.getAccounts().stream().flatMap(account -> account.getResults().stream())
				.anyMatch(result -> !result.getIndirectRevenues().isEmpty()), "some results have indirect revenue");
		assertTrue(portfolio.getAccounts().stream().flatMap(account -> account.getResults().stream())
				.flatMap(result -> result.getIndirectRevenues().stream())
				.allMatch(indirect -> portfolio.getResellers().contains(indirect.getReseller())),
				"indirect revenue goes through one of the portfolio's resellers");
	}

	@Test
	void aNegativeNumberOfAccountsIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> PortfolioGenerator.generate(-1, 1));
		assertTrue(PortfolioGenerator.generate(0, 1).getAccounts().isEmpty());
	}

	private static boolean between(int low, int value, int high) {
		return value >= low && value <= high;
	}
}
