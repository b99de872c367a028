package org.kamworkbench.core.results;

import org.kamworkbench.kam.OrganisationUnit;

/**
 * The credit one of our units receives for an account's result.
 *
 * @param unit         our unit
 * @param sharePercent its share of the result, in percent
 * @param credit       total attributed revenue times the share
 */
public record UnitCreditShare(OrganisationUnit unit, double sharePercent, double credit) {
}
