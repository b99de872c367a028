package org.kamworkbench.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * What the user asked for: a command, the portfolio file, and the options of {@code analyse}. Parsing
 * fails with a message that says which argument is wrong.
 */
record CommandLineArguments(String command, Path file, LocalDate asOf, long seed) {

	static final String VALIDATE = "validate"; //$NON-NLS-1$
	static final String ANALYSE = "analyse"; //$NON-NLS-1$
	static final String HELP = "help"; //$NON-NLS-1$
	static final long DEFAULT_SEED = 2002;

	/** The user's arguments were not understood; the message says why. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	static CommandLineArguments parse(List<String> args, LocalDate today) throws UsageException {
		if (args.isEmpty() || List.of(HELP, "--help", "-h").contains(args.get(0))) { //$NON-NLS-1$ //$NON-NLS-2$
			return new CommandLineArguments(HELP, null, today, DEFAULT_SEED);
		}
		String command = args.get(0);
		if (!command.equals(VALIDATE) && !command.equals(ANALYSE)) {
			throw new UsageException(NLS.bind(Messages.Usage_unknownCommand, command));
		}
		Path file = null;
		LocalDate asOf = today;
		long seed = DEFAULT_SEED;
		for (int i = 1; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--as-of" -> asOf = date(valueAfter(args, i++, arg)); //$NON-NLS-1$
			case "--seed" -> seed = number(valueAfter(args, i++, arg)); //$NON-NLS-1$
			default -> {
				if (arg.startsWith("--")) { //$NON-NLS-1$
					throw new UsageException(NLS.bind(Messages.Usage_unknownOption, arg));
				}
				if (file != null) {
					throw new UsageException(NLS.bind(Messages.Usage_oneFile, file, arg));
				}
				file = Path.of(arg);
			}
			}
		}
		if (file == null) {
			throw new UsageException(NLS.bind(Messages.Usage_noFile, command));
		}
		return new CommandLineArguments(command, file, asOf, seed);
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
}
