package org.kamworkbench.core.exchange;

import java.util.Map;
import java.util.Objects;

/**
 * How to import: {@code columns} maps a column of the source that the importer does not know by name to the
 * documented field it holds (an empty value ignores the column); with {@code allOrNothing} a single bad record
 * stops the whole import, otherwise the valid records are imported and the bad ones reported.
 */
public record ImportOptions(Map<String, String> columns, boolean allOrNothing) {

	public ImportOptions {
		columns = Map.copyOf(Objects.requireNonNull(columns, "columns"));
	}

	/** Columns matched by name only; valid records imported, bad ones reported. */
	public static ImportOptions defaults() {
		return new ImportOptions(Map.of(), false);
	}
}
