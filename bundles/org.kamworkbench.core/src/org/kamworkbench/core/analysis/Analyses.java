package org.kamworkbench.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.internal.Contributions;
import org.kamworkbench.kam.Account;

/**
 * The account analyses installed in the running platform (extension point {@value #POINT}), read from the
 * extension registry on every call, and running them so that one failing extension cannot break the report.
 */
public final class Analyses {

	/** The extension point's full id. */
	public static final String POINT = "org.kamworkbench.core.analyses"; //$NON-NLS-1$

	private Analyses() {
	}

	/** Installed analyses, ordered by id; a contribution without id, name or class is left out and logged. */
	public static List<AnalysisDescriptor> installed() {
		List<AnalysisDescriptor> installed = new ArrayList<>();
		for (IConfigurationElement element : Contributions.elements(POINT, "analysis")) { //$NON-NLS-1$
			if (Contributions.complete(element, "id", "name", "class")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				installed.add(new AnalysisDescriptor(element.getAttribute("id"), element.getAttribute("name"), //$NON-NLS-1$ //$NON-NLS-2$
						element.getContributor().getName(), Contributions.instances(element, AccountAnalysis.class)));
			}
		}
		installed.sort(Comparator.comparing(AnalysisDescriptor::id));
		return List.copyOf(installed);
	}

	/**
	 * Runs {@code analysis} on {@code account}. When the analysis fails, the error goes to the log and the report
	 * holds one finding that says so.
	 */
	public static AnalysisReport run(AnalysisDescriptor analysis, Account account, LocalDate asOf) {
		try {
			AnalysisReport report = analysis.analysis().get().analyse(account, asOf);
			if (report == null) {
				throw new IllegalStateException("no report returned"); //$NON-NLS-1$
			}
			return report;
		} catch (RuntimeException | LinkageError e) {
			Contributions.logFailure(analysis.contributor(), analysis.id(), e);
			return new AnalysisReport(List.of(),
					List.of(NLS.bind(Messages.Analysis_failed, analysis.name(), String.valueOf(e.getMessage()))));
		}
	}
}
