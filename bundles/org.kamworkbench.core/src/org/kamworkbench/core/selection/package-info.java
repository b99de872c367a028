/**
 * Selection of key accounts: weighted selection scores per portfolio axis ({@link SelectionScoring}),
 * McDonald's directional policy matrix ({@link PortfolioMatrix}), selection flags ({@link SelectionFlags})
 * and how sensitive the quadrants are to the weights ({@link SensitivityAnalysis}). All scores are on 0-10;
 * every threshold comes from the portfolio's analysis settings.
 */
package org.kamworkbench.core.selection;
