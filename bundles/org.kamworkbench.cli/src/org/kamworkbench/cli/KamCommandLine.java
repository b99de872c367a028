package org.kamworkbench.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.kamworkbench.cli.exporting.ExportCommand;

/**
 * The command line of KAM Workbench ({@code kam-cli.sh}): {@code validate FILE} and {@code analyse FILE}
 * over the same bundles as the workbench, {@code generate} to write a realistic portfolio of any size,
 * {@code benchmark} to measure opening, saving and the heap, {@code import} to read CRM records from CSV
 * ({@link ImportCommand}) and {@code export} to write a portfolio or an account plan in an installed format
 * ({@link ExportCommand}). Exit codes: 0 the portfolio is valid (or was written, measured or imported into), 1 it
 * has validation errors (or records with problems), 2 the file cannot be read or written or the arguments are
 * not understood.
 */
public class KamCommandLine implements IApplication {

	public static final int VALID = 0;
	public static final int INVALID = 1;
	public static final int UNREADABLE = 2;

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		return Integer.valueOf(run(args == null ? List.of() : Arrays.asList(args), LocalDate.now(), out, err));
	}

	/** Runs one command; {@code today} is the reference date of the analyses unless {@code --as-of} says otherwise. */
	public static int run(List<String> args, LocalDate today, PrintStream out, PrintStream err) {
		if (!args.isEmpty() && args.get(0).equals(ImportCommand.NAME)) {
			return new ImportCommand(out, err).run(args.subList(1, args.size()));
		}
		if (!args.isEmpty() && args.get(0).equals(ExportCommand.NAME)) {
			return new ExportCommand(out, err, file -> ValidateCommand.loadOrExplain(file, err))
					.run(args.subList(1, args.size()), today);
		}
		CommandLineArguments arguments;
		try {
			arguments = CommandLineArguments.parse(args, today);
		} catch (CommandLineArguments.UsageException e) {
			err.println(e.getMessage());
			err.println(Messages.Usage_text);
			err.println(ExportCommand.usage());
			return UNREADABLE;
		}
		return switch (arguments.command()) {
		case CommandLineArguments.VALIDATE -> new ValidateCommand(out, err).run(arguments.file());
		case CommandLineArguments.ANALYSE -> new AnalyseCommand(out, err).run(arguments);
		case CommandLineArguments.GENERATE -> new GenerateCommand(out, err).run(arguments);
		case CommandLineArguments.BENCHMARK -> new BenchmarkCommand(out, err).run(arguments);
		default -> {
			out.println(Messages.Usage_text);
			out.println(ExportCommand.usage());
			yield VALID;
		}
		};
	}

	@Override
	public void stop() {
		// runs to completion; nothing to interrupt
	}
}
