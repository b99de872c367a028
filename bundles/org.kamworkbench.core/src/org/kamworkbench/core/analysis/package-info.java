/**
 * API for analyses contributed by extensions: an {@link org.kamworkbench.core.analysis.AccountAnalysis}
 * contributed to the extension point {@code org.kamworkbench.core.analyses} reports figures and findings per
 * account, shown in the account editor's Overview page and the command line's {@code analyse} report.
 * {@link org.kamworkbench.core.analysis.Analyses} lists and runs what is installed. See docs/extending.md.
 */
package org.kamworkbench.core.analysis;
