package org.kamworkbench.ui.editors;

import java.time.LocalDate;
import java.util.List;

import org.kamworkbench.kam.CriteriaSet;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.Scale;
import org.kamworkbench.kam.ScaleKind;
import org.kamworkbench.kam.ScaleLevel;

/**
 * The portfolio a new organisation starts from: no accounts yet, but the scales the domain knows
 * (McDonald's relationship stages, Miller Heiman's buy-sell hierarchy) as data the user may change, the
 * default analysis settings, and a first, empty version of the selection criteria under which scores
 * will be given. Identifiers and the format version are written when it is saved.
 */
final class StarterPortfolio {

	/** Published sources of the two scales: names of books and firms, the same in every language. */
	private static final String STAGES_SOURCE = "McDonald, Millman & Rogers (1997)"; //$NON-NLS-1$
	private static final String BUY_SELL_SOURCE = "Miller Heiman"; //$NON-NLS-1$

	private StarterPortfolio() {
	}

	static Portfolio create(String name, String organisationName, LocalDate today) {
		KamFactory factory = KamFactory.eINSTANCE;
		Portfolio portfolio = factory.createPortfolio();
		portfolio.setName(name);
		portfolio.setOrganisationName(organisationName);
		portfolio.setLastUpdated(today);
		portfolio.setSettings(factory.createAnalysisSettings());

		Scale stages = scale(Messages.Starter_stages, null, ScaleKind.RELATIONSHIP_STAGE, STAGES_SOURCE,
				List.of(Messages.Starter_stage1, Messages.Starter_stage2, Messages.Starter_stage3,
						Messages.Starter_stage4, Messages.Starter_stage5));
		Scale buySell = scale(Messages.Starter_buySell, Messages.Starter_buySellDescription, ScaleKind.BUY_SELL_LEVEL,
				BUY_SELL_SOURCE, List.of(Messages.Starter_buySell1, Messages.Starter_buySell2,
						Messages.Starter_buySell3, Messages.Starter_buySell4, Messages.Starter_buySell5));
		portfolio.getScales().add(stages);
		portfolio.getScales().add(buySell);
		portfolio.setRelationshipStageScale(stages);
		portfolio.setBuySellScale(buySell);

		CriteriaSet criteria = factory.createCriteriaSet();
		criteria.setName(Messages.Starter_criteriaSet);
		criteria.setVersion(1);
		criteria.setValidFrom(today);
		portfolio.getCriteriaSets().add(criteria);
		portfolio.setActiveCriteriaSet(criteria);
		return portfolio;
	}

	/** A scale whose levels are ranked 1, 2, ... in the order given. */
	private static Scale scale(String name, String description, ScaleKind kind, String source, List<String> levels) {
		Scale scale = KamFactory.eINSTANCE.createScale();
		scale.setName(name);
		scale.setDescription(description);
		scale.setKind(kind);
		scale.setSource(source);
		for (String levelName : levels) {
			ScaleLevel level = KamFactory.eINSTANCE.createScaleLevel();
			level.setName(levelName);
			level.setRank(scale.getLevels().size() + 1);
			scale.getLevels().add(level);
		}
		return scale;
	}
}
