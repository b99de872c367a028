package org.kamworkbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.generator.PortfolioGenerator;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.PortfolioFiles;

/**
 * {@code generate --accounts N [--seed S] --output FILE [--force]}: writes a realistic portfolio of N accounts
 * made from the seed; the same seed gives the same file. An existing file is only replaced with {@code --force}.
 */
final class GenerateCommand {

	private final PrintStream out;
	private final PrintStream err;

	GenerateCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(CommandLineArguments arguments) {
		Path output = arguments.output();
		if (Files.isDirectory(output)) {
			err.println(NLS.bind(Messages.Generate_isFolder, output));
			return KamCommandLine.UNREADABLE;
		}
		if (Files.exists(output) && !arguments.force()) {
			err.println(NLS.bind(Messages.Generate_exists, output));
			return KamCommandLine.UNREADABLE;
		}
		int accounts = arguments.accounts().get(0);
		Portfolio portfolio = PortfolioGenerator.generate(accounts, arguments.seed());
		try {
			PortfolioFiles.save(portfolio, output);
		} catch (IOException e) {
			err.println(NLS.bind(Messages.Generate_cannotWrite, output, e.getMessage()));
			return KamCommandLine.UNREADABLE;
		}
		out.println(NLS.bind(Messages.Generate_written,
				new Object[] { output, BenchmarkCommand.count(accounts), BenchmarkCommand.count(objects(portfolio)),
						arguments.seed() }));
		return KamCommandLine.VALID;
	}

	/** The portfolio and everything in it. */
	static long objects(Portfolio portfolio) {
		long count = 1;
		for (Iterator<?> all = portfolio.eAllContents(); all.hasNext(); all.next()) {
			count++;
		}
		return count;
	}
}
