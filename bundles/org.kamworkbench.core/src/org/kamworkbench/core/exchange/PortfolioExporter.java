package org.kamworkbench.core.exchange;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a portfolio, or one account of it, in one file format. Implementations are stateless: one instance
 * serves every export, possibly from several threads.
 */
public interface PortfolioExporter {

	/**
	 * Writes what {@code request} asks for to {@code out} (left open). The model is only read. A failure of the
	 * stream is thrown; anything the format cannot hold is left out rather than failing the export.
	 */
	void export(ExportRequest request, OutputStream out) throws IOException;
}
