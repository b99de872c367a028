package org.kamworkbench.core.exchange;

import java.util.function.Supplier;

/**
 * An installed exporter as its extension declares it: {@code format} is the short name the command line
 * takes ({@code pdf}, {@code pptx}, {@code csv}), {@code name} the label shown to users.
 */
public record ExporterDescriptor(String id, String name, String format, String fileExtension, ExportScope scope,
		Supplier<PortfolioExporter> exporter) {
}
