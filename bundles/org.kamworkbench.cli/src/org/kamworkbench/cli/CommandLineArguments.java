package org.kamworkbench.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

/**
 * What the user asked for: a command, the portfolio file, and the options of the command. Parsing fails
 * with a message that says which argument is wrong.
 *
 * @param accounts the numbers of accounts of {@code generate} (one) and {@code benchmark} (one or more)
 * @param output the file {@code generate} writes
 * @param force whether {@code generate} may replace an existing file
 * @param folder where {@code benchmark} keeps its files, or {@code null} for a temporary folder
 */
record CommandLineArguments(String command, Path file, LocalDate asOf, long seed, List<Integer> accounts, Path output,
		boolean force, Path folder) {

	static final String VALIDATE = "validate"; //$NON-NLS-1$
	static final String ANALYSE = "analyse"; //$NON-NLS-1$
	static final String GENERATE = "generate"; //$NON-NLS-1$
	static final String BENCHMARK = "benchmark"; //$NON-NLS-1$
	static final String HELP = "help"; //$NON-NLS-1$
	static final long DEFAULT_SEED = 2002;
	/** The portfolio sizes {@code benchmark} measures unless {@code --accounts} names others. */
	static final List<Integer> BENCHMARK_ACCOUNTS = List.of(1_000, 10_000);

	private static final String AS_OF = "--as-of"; //$NON-NLS-1$
	private static final String SEED = "--seed"; //$NON-NLS-1$
	private static final String ACCOUNTS = "--accounts"; //$NON-NLS-1$
	private static final String OUTPUT = "--output"; //$NON-NLS-1$
	private static final String FORCE = "--force"; //$NON-NLS-1$
	private static final String FOLDER = "--folder"; //$NON-NLS-1$
	/** The commands each option applies to. */
	private static final Map<String, List<String>> OPTIONS = Map.of(AS_OF, List.of(VALIDATE, ANALYSE), SEED,
			List.of(VALIDATE, ANALYSE, GENERATE, BENCHMARK), ACCOUNTS, List.of(GENERATE, BENCHMARK), OUTPUT,
			List.of(GENERATE), FORCE, List.of(GENERATE), FOLDER, List.of(BENCHMARK));

	/** The user's arguments were not understood; the message says why. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	static CommandLineArguments parse(List<String> args, LocalDate today) throws UsageException {
		if (args.isEmpty() || List.of(HELP, "--help", "-h").contains(args.get(0))) { //$NON-NLS-1$ //$NON-NLS-2$
			return new CommandLineArguments(HELP, null, today, DEFAULT_SEED, List.of(), null, false, null);
		}
		String command = args.get(0);
		if (!List.of(VALIDATE, ANALYSE, GENERATE, BENCHMARK).contains(command)) {
			throw new UsageException(NLS.bind(Messages.Usage_unknownCommand, command));
		}
		boolean onFile = command.equals(VALIDATE) || command.equals(ANALYSE);
		Path file = null;
		LocalDate asOf = today;
		long seed = DEFAULT_SEED;
		List<Integer> accounts = null;
		Path output = null;
		boolean force = false;
		Path folder = null;
		for (int i = 1; i < args.size(); i++) {
			String arg = args.get(i);
			if (OPTIONS.containsKey(arg) && !OPTIONS.get(arg).contains(command)) {
				throw new UsageException(NLS.bind(Messages.Usage_optionNotFor, arg, command));
			}
			switch (arg) {
			case AS_OF -> asOf = date(valueAfter(args, i++, arg));
			case SEED -> seed = number(valueAfter(args, i++, arg));
			case ACCOUNTS -> accounts = counts(valueAfter(args, i++, arg));
			case OUTPUT -> output = Path.of(valueAfter(args, i++, arg));
			case FORCE -> force = true;
			case FOLDER -> folder = Path.of(valueAfter(args, i++, arg));
			default -> {
				if (arg.startsWith("--")) { //$NON-NLS-1$
					throw new UsageException(NLS.bind(Messages.Usage_unknownOption, arg));
				}
				if (!onFile) {
					throw new UsageException(NLS.bind(Messages.Usage_noFileArgument, command, arg));
				}
				if (file != null) {
					throw new UsageException(NLS.bind(Messages.Usage_oneFile, file, arg));
				}
				file = Path.of(arg);
			}
			}
		}
		if (onFile && file == null) {
			throw new UsageException(NLS.bind(Messages.Usage_noFile, command));
		}
		if (command.equals(GENERATE)) {
			if (accounts == null) {
				throw new UsageException(NLS.bind(Messages.Usage_needsOption, command, ACCOUNTS + " N")); //$NON-NLS-1$
			}
			if (accounts.size() != 1) {
				throw new UsageException(NLS.bind(Messages.Usage_oneCount, command));
			}
			if (output == null) {
				throw new UsageException(NLS.bind(Messages.Usage_needsOption, command, OUTPUT + " FILE")); //$NON-NLS-1$
			}
		}
		if (command.equals(BENCHMARK) && accounts == null) {
			accounts = BENCHMARK_ACCOUNTS;
		}
		return new CommandLineArguments(command, file, asOf, seed, accounts == null ? List.of() : accounts, output,
				force, folder);
	}

	private static String valueAfter(List<String> args, int index, String option) throws UsageException {
		if (index + 1 >= args.size()) {
			throw new UsageException(NLS.bind(Messages.Usage_missingValue, option));
		}
		return args.get(index + 1);
	}

	private static LocalDate date(String text) throws UsageException {
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new UsageException(NLS.bind(Messages.Usage_badDate, text));
		}
	}

	private static long number(String text) throws UsageException {
		try {
			return Long.parseLong(text);
		} catch (NumberFormatException e) {
			throw new UsageException(NLS.bind(Messages.Usage_badSeed, text));
		}
	}

	/** Numbers of accounts, separated by commas: each a whole number of 1 or more. */
	private static List<Integer> counts(String text) throws UsageException {
		List<Integer> counts = new ArrayList<>();
		for (String part : text.split(",", -1)) { //$NON-NLS-1$
			try {
				int count = Integer.parseInt(part.strip());
				if (count < 1) {
					throw new NumberFormatException();
				}
				counts.add(count);
			} catch (NumberFormatException e) {
				throw new UsageException(NLS.bind(Messages.Usage_badCount, part));
			}
		}
		return List.copyOf(counts);
	}
}
