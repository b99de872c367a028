package org.kamworkbench.cli.exporting;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.exchange.Exchange;
import org.kamworkbench.core.exchange.ExportRequest;
import org.kamworkbench.core.exchange.ExportScope;
import org.kamworkbench.core.exchange.ExporterDescriptor;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Portfolio;

/**
 * {@code export FILE --format FORMAT [--account NAME] [--as-of DATE] [-o OUTFILE] [--force]}: writes the
 * portfolio, or one account's plan, with whichever exporter of that format is installed (see {@link Exchange}).
 * The file is written atomically ({@link Exchange#export}), so a failed export never leaves half a file, and an existing file is only replaced with {@code --force}. Exit codes: 0 written, 2 not
 * (the message says why).
 */
public final class ExportCommand {

	/** The command's name on the command line. */
	public static final String NAME = "export"; //$NON-NLS-1$

	private static final int WRITTEN = 0;
	private static final int NOT_WRITTEN = 2;

	private final PrintStream out;
	private final PrintStream err;
	private final Function<Path, Portfolio> loader;

	/**
	 * @param loader opens a portfolio file, or says on {@code err} why it cannot and answers {@code null}
	 */
	public ExportCommand(PrintStream out, PrintStream err, Function<Path, Portfolio> loader) {
		this.out = out;
		this.err = err;
		this.loader = loader;
	}

	/** The command's lines of the usage text. */
	public static String usage() {
		return Messages.Usage_export;
	}

	/** Runs the command on its arguments (those after {@code export}); {@code today} is the default reference date. */
	public int run(List<String> args, LocalDate today) {
		ExportArguments arguments;
		try {
			arguments = ExportArguments.parse(args, today);
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			err.println(usage());
			return NOT_WRITTEN;
		}
		if (arguments.format() == null) {
			err.println(NLS.bind(Messages.Export_noFormat, installed()));
			return NOT_WRITTEN;
		}
		ExportScope scope = arguments.account() == null ? ExportScope.PORTFOLIO : ExportScope.ACCOUNT;
		Optional<ExporterDescriptor> exporter = Exchange.exporter(arguments.format(), scope);
		if (exporter.isEmpty()) {
			return wrongFormat(arguments, scope);
		}
		Portfolio portfolio = loader.apply(arguments.file());
		if (portfolio == null) {
			return NOT_WRITTEN;
		}
		ExportRequest request;
		String what;
		if (arguments.account() == null) {
			request = ExportRequest.portfolio(portfolio, arguments.asOf(), Locale.getDefault());
			what = NLS.bind(Messages.Export_whatPortfolio, portfolio.getName());
		} else {
			Optional<Account> account = account(portfolio, arguments.account());
			if (account.isEmpty()) {
				err.println(NLS.bind(Messages.Export_unknownAccount,
						new Object[] { arguments.account(), arguments.file(), accountNames(portfolio) }));
				return NOT_WRITTEN;
			}
			request = ExportRequest.account(account.get(), arguments.asOf(), Locale.getDefault());
			what = NLS.bind(Messages.Export_whatAccount, account.get().getName());
		}
		Path target = arguments.output() != null ? arguments.output()
				: defaultTarget(arguments.file(), arguments.account(), exporter.get().fileExtension());
		return write(exporter.get(), request, target, arguments.force(), what);
	}

	private int wrongFormat(ExportArguments arguments, ExportScope scope) {
		ExportScope other = scope == ExportScope.ACCOUNT ? ExportScope.PORTFOLIO : ExportScope.ACCOUNT;
		if (Exchange.exporter(arguments.format(), other).isEmpty()) {
			err.println(NLS.bind(Messages.Export_unknownFormat, arguments.format(), installed()));
		} else if (other == ExportScope.ACCOUNT) {
			Portfolio portfolio = loader.apply(arguments.file());
			err.println(NLS.bind(Messages.Export_needsAccount, arguments.format(),
					portfolio == null ? "" : accountNames(portfolio))); //$NON-NLS-1$
		} else {
			err.println(NLS.bind(Messages.Export_noAccountWanted, arguments.format()));
		}
		return NOT_WRITTEN;
	}

	private int write(ExporterDescriptor exporter, ExportRequest request, Path target, boolean force, String what) {
		if (Files.isDirectory(target)) {
			err.println(NLS.bind(Messages.Export_isFolder, target));
			return NOT_WRITTEN;
		}
		if (Files.exists(target) && !force) {
			err.println(NLS.bind(Messages.Export_exists, target));
			return NOT_WRITTEN;
		}
		try {
			Exchange.export(exporter, request, target);
		} catch (IOException | RuntimeException e) {
			err.println(NLS.bind(Messages.Export_cannotWrite, target, e.getMessage() == null ? e : e.getMessage()));
			return NOT_WRITTEN;
		}
		out.println(NLS.bind(Messages.Export_written, new Object[] { target, what, exporter.name() }));
		return WRITTEN;
	}

	/** Exact name first, then ignoring case, so that "brouwer foods group" finds "Brouwer Foods Group". */
	private static Optional<Account> account(Portfolio portfolio, String name) {
		Optional<Account> exact = portfolio.getAccounts().stream().filter(a -> name.equals(a.getName())).findFirst();
		return exact.isPresent() ? exact
				: portfolio.getAccounts().stream().filter(a -> name.equalsIgnoreCase(a.getName())).findFirst();
	}

	private static String accountNames(Portfolio portfolio) {
		return portfolio.getAccounts().stream().map(account -> "'" + account.getName() + "'") //$NON-NLS-1$ //$NON-NLS-2$
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	/** The installed formats and what each writes, e.g. "csv (the whole portfolio), pdf (one account: ...)". */
	static String installed() {
		List<ExporterDescriptor> exporters = Exchange.exporters();
		if (exporters.isEmpty()) {
			return Messages.Export_noneInstalled;
		}
		return exporters.stream()
				.map(e -> NLS.bind(e.scope() == ExportScope.ACCOUNT ? Messages.Export_formatForAccount
						: Messages.Export_formatForPortfolio, e.format()))
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	/** Beside the portfolio: "delta-koeltechniek.csv", or "delta-koeltechniek-brouwer-foods-group.pdf". */
	static Path defaultTarget(Path portfolio, String account, String extension) {
		String name = portfolio.getFileName().toString().replaceFirst("\\.kam$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		if (account != null) {
			name += "-" + account.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.replaceAll("(^-|-$)", ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return portfolio.toAbsolutePath().resolveSibling(name + "." + extension); //$NON-NLS-1$
	}

	/** What the user asked to export. */
	record ExportArguments(Path file, String format, String account, LocalDate asOf, Path output, boolean force) {

		static ExportArguments parse(List<String> args, LocalDate today) {
			Path file = null;
			String format = null;
			String account = null;
			LocalDate asOf = today;
			Path output = null;
			boolean force = false;
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				switch (arg) {
				case "--format" -> format = valueAfter(args, i++); //$NON-NLS-1$
				case "--account" -> account = valueAfter(args, i++); //$NON-NLS-1$
				case "--as-of" -> asOf = date(valueAfter(args, i++)); //$NON-NLS-1$
				case "-o", "--output" -> output = Path.of(valueAfter(args, i++)); //$NON-NLS-1$ //$NON-NLS-2$
				case "--force" -> force = true; //$NON-NLS-1$
				default -> {
					if (arg.startsWith("-")) { //$NON-NLS-1$
						throw new IllegalArgumentException(NLS.bind(Messages.Export_unknownOption, arg));
					}
					if (file != null) {
						throw new IllegalArgumentException(NLS.bind(Messages.Export_oneFile, file, arg));
					}
					file = Path.of(arg);
				}
				}
			}
			if (file == null) {
				throw new IllegalArgumentException(NLS.bind(Messages.Export_noFile));
			}
			return new ExportArguments(file, format, account, asOf, output, force);
		}

		private static String valueAfter(List<String> args, int index) {
			if (index + 1 >= args.size()) {
				throw new IllegalArgumentException(NLS.bind(Messages.Export_missingValue, args.get(index)));
			}
			return args.get(index + 1);
		}

		private static LocalDate date(String text) {
			try {
				return LocalDate.parse(text);
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.Export_badDate, text));
			}
		}
	}
}
