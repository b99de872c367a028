/**
 * Coverage and upkeep of key accounts (domain points 6 and 8): buying-centre roles nobody of ours
 * covers, contacts not met for a long time, overdue actions, data nobody keeps up to date and account
 * plans without a planned review.
 */
package org.kamworkbench.core.coverage;
