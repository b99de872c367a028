package org.kamworkbench.core.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.kamworkbench.core.validation.Constraint;
import org.kamworkbench.core.validation.KamValidator;
import org.kamworkbench.core.validation.ObjectLabels;
import org.kamworkbench.core.validation.PortfolioValidation;
import org.kamworkbench.kam.KamPackage;

class PortfolioValidationTest {

	private final ValidationFixture fixture = new ValidationFixture();

	@Test
	void aCompletePortfolioIsValid() {
		Diagnostic diagnosis = PortfolioValidation.validate(fixture.portfolio);
		assertEquals(Diagnostic.OK, diagnosis.getSeverity(), () -> ValidationFixture.messages(diagnosis.getChildren()).toString());
		assertTrue(diagnosis.getChildren().isEmpty());
	}

	@Test
	void everyProblemInThePortfolioIsReportedWithTheWorstSeverityOnTop() {
		fixture.workshop.setOwner(null);
		fixture.growShare.setDueDate(null);
		Diagnostic diagnosis = PortfolioValidation.validate(fixture.portfolio);
		assertEquals(Diagnostic.ERROR, diagnosis.getSeverity());
		Set<Integer> codes = diagnosis.getChildren().stream().map(Diagnostic::getCode).collect(Collectors.toSet());
		assertEquals(Set.of(Constraint.ACTION_OWNER.code(), Constraint.OBJECTIVE_DUE_DATE.code()), codes);
	}

	@Test
	void onlyWarningsGiveAWarning() {
		fixture.growShare.setDueDate(null);
		assertEquals(Diagnostic.WARNING, PortfolioValidation.validate(fixture.portfolio).getSeverity());
	}

	@Test
	void registeringPutsTheValidatorInTheGlobalRegistryOnce() {
		Object before = EValidator.Registry.INSTANCE.get(KamPackage.eINSTANCE);
		try {
			KamValidator.register();
			KamValidator.register();
			assertSame(KamValidator.INSTANCE, EValidator.Registry.INSTANCE.get(KamPackage.eINSTANCE));

			fixture.workshop.setOwner(null);
			Diagnostic diagnosis = Diagnostician.INSTANCE.validate(fixture.portfolio);
			assertEquals(List.of(Constraint.ACTION_OWNER.code()),
					diagnosis.getChildren().stream().map(Diagnostic::getCode).toList());
		} finally {
			if (before == null) {
				EValidator.Registry.INSTANCE.remove(KamPackage.eINSTANCE);
			} else {
				EValidator.Registry.INSTANCE.put(KamPackage.eINSTANCE, before);
			}
		}
	}

	@Test
	void theValidatorAloneReportsIntoAChainAndSaysWhetherTheObjectPassed() {
		BasicDiagnostic chain = new BasicDiagnostic();
		assertTrue(KamValidator.INSTANCE.validate(fixture.workshop, chain, null));
		fixture.workshop.setOwner(null);
		assertFalse(KamValidator.INSTANCE.validate(fixture.workshop, chain, null));
		assertEquals(1, chain.getChildren().size());
	}

	@Test
	void everyConstraintHasItsOwnStableCodeAndASeverityAUserUnderstands() {
		List<Integer> codes = Arrays.stream(Constraint.values()).map(Constraint::code).toList();
		assertEquals(codes.size(), Set.copyOf(codes).size());
		for (Constraint constraint : Constraint.values()) {
			assertSame(constraint, Constraint.ofCode(constraint.code()).orElseThrow());
			assertTrue(constraint.severity() == Diagnostic.ERROR || constraint.severity() == Diagnostic.WARNING);
		}
		assertEquals(101, Constraint.CRITERIA_WEIGHT_TOTAL.code());
		assertTrue(Constraint.ofCode(0).isEmpty());
	}

	@Test
	void objectsAreNamedByAReadablePathFromTheirAccount() {
		assertEquals("Brouwer Foods > Plan 2026 > objective 'Grow share'", ObjectLabels.path(fixture.growShare));
		assertEquals("account 'Brouwer Foods'", ObjectLabels.path(fixture.brouwer));
		assertEquals("Brouwer Foods > team member 'Anna Smit'", ObjectLabels.path(fixture.annaInTeam));
		assertEquals("Brouwer Foods > score 'Revenue potential'", ObjectLabels.path(fixture.revenueScore));
		assertEquals("Brouwer Foods > Kraljic assessment > Packaging > Kraljic factor 'switching cost'",
				ObjectLabels.path(fixture.switchingCost));
		assertEquals("Brouwer Foods > result '2025'", ObjectLabels.path(fixture.result2025));
		fixture.growShare.setName(" ");
		assertEquals("Brouwer Foods > Plan 2026 > objective (unnamed)", ObjectLabels.path(fixture.growShare));
	}
}
