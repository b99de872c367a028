/**
 * Headless analyses of a KAM portfolio. Each analysis is one small class in a sub-package named after
 * the domain model it implements; every threshold comes from {@link org.kamworkbench.core.Thresholds}.
 */
package org.kamworkbench.core;
