package org.kamworkbench.core.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.kamworkbench.core.validation.Constraint;

class AccountConstraintsTest {

	private final ValidationFixture fixture = new ValidationFixture();

	@Test
	void aStageFromAnotherScaleIsAWarningNamingBothScaleAndStage() {
		fixture.brouwer.setRelationshipStage(fixture.goodProducts);
		Diagnostic problem = fixture.onlyProblem(Constraint.RELATIONSHIP_STAGE_SCALE, fixture.brouwer);
		assertEquals("account 'Brouwer Foods': relationship stage '2 good products' is not a level of the scale "
				+ "'McDonald'; choose a level from that scale.", problem.getMessage());
		assertSame(fixture.goodProducts, problem.getData().get(2));
	}

	@Test
	void aStageWithoutAPortfolioScaleIsAWarning() {
		fixture.portfolio.setRelationshipStageScale(null);
		Diagnostic problem = fixture.onlyProblem(Constraint.RELATIONSHIP_STAGE_SCALE, fixture.brouwer);
		assertEquals("account 'Brouwer Foods': relationship stage 'basic' is set, but the portfolio has no "
				+ "relationship stage scale; choose the scale the organisation uses.", problem.getMessage());
	}

	@Test
	void anAccountWithoutStageIsValid() {
		fixture.brouwer.setRelationshipStage(null);
		fixture.portfolio.setRelationshipStageScale(null);
		fixture.assertValid();
	}

	@Test
	void aBuySellLevelFromAnotherScaleIsAWarning() {
		fixture.brouwer.setDesiredBuySellLevel(fixture.cooperative);
		Diagnostic problem = fixture.onlyProblem(Constraint.BUY_SELL_LEVEL_SCALE, fixture.brouwer);
		assertEquals("account 'Brouwer Foods': desired buy-sell level 'cooperative' is not a level of the scale "
				+ "'Miller Heiman'; choose a level from that scale.", problem.getMessage());
	}
}
