package org.kamworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.validation.PortfolioValidation;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.KamFormat;
import org.kamworkbench.kam.resource.KamResource;
import org.kamworkbench.kam.resource.PortfolioFiles;
import org.kamworkbench.kam.resource.PortfolioLoadException;

/** {@code validate FILE}: reads the portfolio and lists every problem the validation finds. */
final class ValidateCommand {

	private final PrintStream out;
	private final PrintStream err;

	ValidateCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(Path file) {
		Portfolio portfolio = loadOrExplain(file, err);
		return portfolio == null ? KamCommandLine.UNREADABLE : report(file, portfolio);
	}

	/**
	 * The portfolio in the file, or {@code null} after saying on {@code err} why it cannot be read; a file
	 * of an older format version is read, with a note that it is.
	 */
	static Portfolio loadOrExplain(Path file, PrintStream err) {
		try {
			Portfolio portfolio = PortfolioFiles.load(file);
			KamResource resource = (KamResource) portfolio.eResource();
			if (resource.isMigrated()) {
				err.println(NLS.bind(Messages.Read_olderVersion,
						new Object[] { file, resource.getVersionOnDisk(), KamFormat.CURRENT_VERSION }));
			}
			return portfolio;
		} catch (PortfolioLoadException e) {
			err.println(e.getMessage());
			return null;
		}
	}

	/** Prints the validation of a loaded portfolio; returns the exit code it deserves. */
	int report(Path file, Portfolio portfolio) {
		Diagnostic result = PortfolioValidation.validate(portfolio);
		int errors = 0;
		int warnings = 0;
		for (Diagnostic problem : result.getChildren()) {
			if (problem.getSeverity() >= Diagnostic.ERROR) {
				errors++;
				out.println(NLS.bind(Messages.Validate_error, problem.getMessage()));
			} else if (problem.getSeverity() >= Diagnostic.WARNING) {
				warnings++;
				out.println(NLS.bind(Messages.Validate_warning, problem.getMessage()));
			}
		}
		if (errors > 0) {
			out.println(NLS.bind(Messages.Validate_invalid, new Object[] { file, errors, warnings }));
			return KamCommandLine.INVALID;
		}
		out.println(NLS.bind(Messages.Validate_valid, new Object[] { file, portfolio.getAccounts().size(), warnings }));
		return KamCommandLine.VALID;
	}
}
