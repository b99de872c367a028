package org.kamworkbench.core.exchange;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * Implemented by importers of sources with named columns (CSV, spreadsheets), so that an import wizard can show
 * how the source's columns are matched to the importer's documented fields and let the user map the others
 * through {@link ImportOptions#columns()}.
 */
public interface ColumnMapping {

	/** A column of the source's header, and the documented field it is matched to by name ({@code ""}: none). */
	record Column(String name, String field) {
	}

	/** The documented fields, in the order of the importer's documentation. */
	List<String> fields();

	/**
	 * The columns of {@code source}'s header, in their order, each matched by name. A source without a readable
	 * header gives an empty list; only a failure to read the stream is thrown.
	 */
	List<Column> columns(Reader source) throws IOException;
}
