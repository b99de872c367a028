/**
 * Validation of a portfolio: {@link org.kamworkbench.core.validation.KamValidator} checks the rules the
 * metamodel cannot express ({@link org.kamworkbench.core.validation.Constraint} lists them, each with a
 * stable code and severity); every message names the object and says how to fix it.
 * {@link org.kamworkbench.core.validation.PortfolioValidation} runs it over a whole portfolio.
 */
package org.kamworkbench.core.validation;
