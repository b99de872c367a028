/**
 * API for moving portfolios in and out of KAM Workbench. Importers and exporters are contributed through the
 * extension points {@code org.kamworkbench.core.importers} and {@code org.kamworkbench.core.exporters}; the
 * built-in CSV, PDF and PowerPoint formats use the same points. {@link Exchange} lists what is installed.
 */
package org.kamworkbench.core.exchange;
