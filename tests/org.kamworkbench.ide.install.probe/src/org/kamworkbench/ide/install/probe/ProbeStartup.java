package org.kamworkbench.ide.install.probe;

import java.nio.file.Path;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the checks once the IDE's workbench is up, and only when the installation test asks for them
 * by naming a report file ({@code -Dkam.ide.probe.report=FILE}); otherwise the probe does nothing.
 */
public class ProbeStartup implements IStartup {

	/** Where the checks write their results. */
	static final String REPORT_PROPERTY = "kam.ide.probe.report"; //$NON-NLS-1$
	/** Leaves the IDE open after the checks, with the editors, Properties and Problems showing (for screenshots). */
	static final String KEEP_OPEN_PROPERTY = "kam.ide.probe.keepOpen"; //$NON-NLS-1$

	@Override
	public void earlyStartup() {
		String report = System.getProperty(REPORT_PROPERTY);
		if (report == null || report.isBlank()) {
			return;
		}
		boolean keepOpen = Boolean.getBoolean(KEEP_OPEN_PROPERTY);
		PlatformUI.getWorkbench().getDisplay()
				.asyncExec(() -> new InstalledToolsChecks(Path.of(report)).runAll(keepOpen));
	}
}
