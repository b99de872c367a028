/**
 * The customer's purchasing portfolio (Kraljic, 1983), seen from the customer's side: where it places the
 * categories it buys ({@link org.kamworkbench.core.kraljic.KraljicClassifier}) and whether it can see us
 * as a key supplier ({@link org.kamworkbench.core.kraljic.KeySupplierVerdict}).
 */
package org.kamworkbench.core.kraljic;
