/**
 * Realistic portfolios of any size, in the product's own format, for benchmarks and tests: the same seed
 * always gives the same portfolio, byte for byte once saved ({@link PortfolioGenerator}).
 */
package org.kamworkbench.core.generator;
