/**
 * Account plans (the domain's account plan model and point 6): how complete a plan is, with
 * {@link org.kamworkbench.core.plan.PlanHealth} giving a score and naming every object that lacks
 * something.
 */
package org.kamworkbench.core.plan;
