package org.kamworkbench.core.analysis;

import java.util.function.Supplier;

/** An installed analysis as its extension declares it; {@code name} is the section title users see. */
public record AnalysisDescriptor(String id, String name, String contributor, Supplier<AccountAnalysis> analysis) {
}
