/**
 * The balance between customer and supplier (the article's point 3): our supplier preferencing (Steele
 * &amp; Court) beside the customer's Kraljic view, and the checks of an unequal relationship
 * ({@link org.kamworkbench.core.balance.BalanceVerdict}).
 */
package org.kamworkbench.core.balance;
