package org.kamworkbench.core.exchange;

import java.util.function.Supplier;

/** An installed importer as its extension declares it; {@code format} is the short name the command line takes. */
public record ImporterDescriptor(String id, String name, String format, String fileExtension,
		Supplier<PortfolioImporter> importer) {
}
