package org.kamworkbench.core.selection;

import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Axis;

/**
 * One point of attention in the selection of key accounts.
 *
 * @param account the account it is about; {@code null} for advice on the whole portfolio
 * @param axis    the portfolio axis it is about (criteria and weight advice); {@code null} otherwise
 * @param kind    what it is about
 * @param message the sentence to show
 */
public record SelectionFlag(Account account, Axis axis, SelectionFlagKind kind, String message) {
}
