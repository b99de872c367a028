package org.kamworkbench.core.coverage;

import java.util.OptionalLong;

import org.eclipse.emf.ecore.EObject;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.BuyingRole;
import org.kamworkbench.kam.Person;

/**
 * One gap in the coverage or upkeep of an account.
 *
 * @param kind        what the finding is about
 * @param account     the account it concerns
 * @param subject     the object to look at: the contact, action, plan, unit or result; the account itself
 *                    for role findings and for the account's own data
 * @param role        the buying-centre role for role findings, otherwise {@code null}
 * @param responsible who should act: the object's own person (the contact's or action's owner, the
 *                    plan's author, the unit's local account manager) when recorded, else the key
 *                    account manager; {@code null} when neither is recorded
 * @param days        days since the contact was last met or the data updated, or days overdue; empty
 *                    when there is no date
 * @param message     one localized sentence naming the object, e.g. "Contact Eva Jansen (Brouwer Foods)
 *                    not met for 143 days."
 */
public record CoverageFinding(FindingKind kind, Account account, EObject subject, BuyingRole role, Person responsible,
		OptionalLong days, String message) {
}
