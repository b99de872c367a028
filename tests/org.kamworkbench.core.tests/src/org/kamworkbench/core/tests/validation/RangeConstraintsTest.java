package org.kamworkbench.core.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kamworkbench.core.validation.Constraint;

/** Every value on a fixed scale: both ends are valid, a step beyond either end is an error that says the range. */
class RangeConstraintsTest {

	/** One checked value: how to set it, on which object, which rule, its range, and how the message names it. */
	record Case(String name, Constraint constraint, Function<ValidationFixture, EObject> subject,
			BiConsumer<ValidationFixture, Double> set, double min, double max, double step, String expectedStart) {

		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Case> cases() {
		return Stream.of(
				new Case("our willingness to invest", Constraint.BALANCE_ASSESSMENT_RANGE, f -> f.brouwer,
						(f, v) -> f.brouwer.setOurWillingnessToInvest(v), 0, 10, 0.01,
						"account 'Brouwer Foods': our willingness to invest is "),
				new Case("their willingness to invest", Constraint.BALANCE_ASSESSMENT_RANGE, f -> f.brouwer,
						(f, v) -> f.brouwer.setTheirWillingnessToInvest(v), 0, 10, 0.01,
						"account 'Brouwer Foods': their willingness to invest is "),
				new Case("our internationalisation", Constraint.BALANCE_ASSESSMENT_RANGE, f -> f.brouwer,
						(f, v) -> f.brouwer.setOurInternationalisation(v), 0, 10, 0.01,
						"account 'Brouwer Foods': our internationalisation is "),
				new Case("their internationalisation", Constraint.BALANCE_ASSESSMENT_RANGE, f -> f.brouwer,
						(f, v) -> f.brouwer.setTheirInternationalisation(v), 0, 10, 0.01,
						"account 'Brouwer Foods': their internationalisation is "),
				new Case("local importance", Constraint.LOCAL_ASSESSMENT_RANGE, f -> f.brouwerNl,
						(f, v) -> f.brouwerNl.setLocalImportance(v), 0, 10, 0.01,
						"Brouwer Foods > customer unit 'Brouwer NL': local importance is "),
				new Case("local commitment", Constraint.LOCAL_ASSESSMENT_RANGE, f -> f.logistics,
						(f, v) -> f.logistics.setLocalCommitment(v), 0, 10, 0.01,
						"Brouwer Foods > Brouwer NL > customer unit 'Brouwer NL Logistics': local commitment is "),
				new Case("value to us", Constraint.PREFERENCING_RANGE, f -> f.preferencing,
						(f, v) -> f.preferencing.setValueToUs(v), 0, 10, 0.01,
						"Brouwer Foods > supplier preferencing: value to us is "),
				new Case("attractiveness to us", Constraint.PREFERENCING_RANGE, f -> f.preferencing,
						(f, v) -> f.preferencing.setAttractivenessToUs(v), 0, 10, 0.01,
						"Brouwer Foods > supplier preferencing: attractiveness to us is "),
				new Case("Kraljic factor", Constraint.KRALJIC_FACTOR_VALUE, f -> f.switchingCost,
						(f, v) -> f.switchingCost.setValue(v), 0, 10, 0.01,
						"Brouwer Foods > Kraljic assessment > Packaging > Kraljic factor 'switching cost': value is "),
				new Case("influence", Constraint.CONTACT_INFLUENCE_RANGE, f -> f.eva,
						(f, v) -> f.eva.setInfluence(v.intValue()), 0, 5, 1,
						"Brouwer Foods > contact 'Eva Jansen': influence is "),
				new Case("relationship strength", Constraint.LINK_STRENGTH_RANGE, f -> f.janMeetsEva,
						(f, v) -> f.janMeetsEva.setStrength(v.intValue()), 0, 5, 1,
						"Brouwer Foods > relationship 'Jan de Vries \u2013 Eva Jansen': strength is "),
				new Case("our share of a category", Constraint.SHARE_PERCENT_RANGE, f -> f.packaging,
						(f, v) -> f.packaging.setOurSharePercent(v), 0, 100, 0.01,
						"Brouwer Foods > Kraljic assessment > purchase category 'Packaging': our share (%) is "),
				new Case("share of wallet", Constraint.SHARE_PERCENT_RANGE, f -> f.rivalAtBrouwer,
						(f, v) -> f.rivalAtBrouwer.setShareOfWalletPercent(v), 0, 100, 0.01,
						"Brouwer Foods > competitor position 'Rival BV': share of wallet (%) is "),
				new Case("time commitment", Constraint.TIME_COMMITMENT_RANGE, f -> f.annaInTeam,
						(f, v) -> f.annaInTeam.setTimeCommitmentPercent(v), 0, 100, 0.01,
						"Brouwer Foods > team member 'Anna Smit': time commitment (%) is "),
				new Case("attribution share", Constraint.ATTRIBUTION_SHARE_RANGE, f -> f.viaWholesaler,
						(f, v) -> f.viaWholesaler.setAttributionSharePercent(v), 0, 100, 0.01,
						"Brouwer Foods > 2025 > indirect revenue 'Wholesaler': attribution share (%) is "),
				new Case("risk likelihood", Constraint.RISK_RATING_RANGE, f -> f.priceWar,
						(f, v) -> f.priceWar.setLikelihood(v.intValue()), 0, 5, 1,
						"Brouwer Foods > Plan 2026 > risk 'Price war': likelihood is "),
				new Case("risk impact", Constraint.RISK_RATING_RANGE, f -> f.priceWar,
						(f, v) -> f.priceWar.setImpact(v.intValue()), 0, 5, 1,
						"Brouwer Foods > Plan 2026 > risk 'Price war': impact is "),
				new Case("margin", Constraint.LIFETIME_VALUE_PERCENT_RANGE, f -> f.lifetime,
						(f, v) -> f.lifetime.setMarginPercent(v), 0, 100, 0.01,
						"Brouwer Foods > lifetime value inputs: margin (%) is "),
				new Case("retention rate", Constraint.LIFETIME_VALUE_PERCENT_RANGE, f -> f.lifetime,
						(f, v) -> f.lifetime.setRetentionRatePercent(v), 0, 100, 0.01,
						"Brouwer Foods > lifetime value inputs: retention rate (%) is "),
				new Case("discount rate", Constraint.LIFETIME_VALUE_PERCENT_RANGE, f -> f.lifetime,
						(f, v) -> f.lifetime.setDiscountRatePercent(v), 0, 100, 0.01,
						"Brouwer Foods > lifetime value inputs: discount rate (%) is "),
				new Case("attractiveness threshold", Constraint.SETTING_RANGE, f -> f.settings,
						(f, v) -> f.settings.setAttractivenessThreshold(v), 0, 10, 0.01,
						"analysis settings: attractiveness threshold is "),
				new Case("balance tolerance", Constraint.SETTING_RANGE, f -> f.settings,
						(f, v) -> f.settings.setBalanceTolerance(v), 0, 10, 0.01,
						"analysis settings: balance tolerance is "),
				new Case("sensitivity variation", Constraint.SETTING_RANGE, f -> f.settings,
						(f, v) -> f.settings.setSensitivityWeightVariationPercent(v), 0, 100, 0.01,
						"analysis settings: sensitivity weight variation (%) is "));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void bothEndsOfTheRangeAreValid(Case check) {
		ValidationFixture fixture = new ValidationFixture();
		check.set().accept(fixture, check.min());
		fixture.assertValid();
		check.set().accept(fixture, check.max());
		fixture.assertValid();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void justBelowTheRangeIsAnErrorNamingTheObjectAndTheRange(Case check) {
		assertOutOfRange(check, check.min() - check.step());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void justAboveTheRangeIsAnErrorNamingTheObjectAndTheRange(Case check) {
		assertOutOfRange(check, check.max() + check.step());
	}

	private static void assertOutOfRange(Case check, double value) {
		ValidationFixture fixture = new ValidationFixture();
		check.set().accept(fixture, value);
		Diagnostic problem = fixture.onlyProblem(check.constraint(), check.subject().apply(fixture));
		String range = "; enter a value from 0 to " + (int) check.max() + ".";
		String message = problem.getMessage();
		assertEquals(true, message.startsWith(check.expectedStart()) && message.endsWith(range), message);
	}

	@Test
	void unassessedValuesAreNotChecked() {
		ValidationFixture fixture = new ValidationFixture();
		fixture.brouwer.unsetOurWillingnessToInvest();
		fixture.brouwer.unsetTheirInternationalisation();
		fixture.brouwerNl.unsetLocalImportance();
		fixture.logistics.unsetLocalCommitment();
		fixture.assertValid();
	}

	@Test
	void aNegativeKraljicWeightIsAnErrorButZeroIsAllowed() {
		ValidationFixture fixture = new ValidationFixture();
		fixture.switchingCost.setWeight(0);
		fixture.assertValid();
		fixture.switchingCost.setWeight(-1);
		Diagnostic problem = fixture.onlyProblem(Constraint.KRALJIC_FACTOR_WEIGHT, fixture.switchingCost);
		assertEquals(
				"Brouwer Foods > Kraljic assessment > Packaging > Kraljic factor 'switching cost': weight is -1; enter 0 or more.",
				problem.getMessage());
	}
}
