/**
 * Central versus local (the article's point 4): where an account's central status and the reality in
 * its local units disagree ({@link org.kamworkbench.core.organisation.CentralLocalConflicts}).
 */
package org.kamworkbench.core.organisation;
