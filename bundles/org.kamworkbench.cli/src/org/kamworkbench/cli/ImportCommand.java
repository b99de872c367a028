package org.kamworkbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.exchange.Exchange;
import org.kamworkbench.core.exchange.ImportOptions;
import org.kamworkbench.core.exchange.ImportProblem;
import org.kamworkbench.core.exchange.ImportResult;
import org.kamworkbench.core.exchange.ImporterDescriptor;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.PortfolioFiles;

/**
 * {@code import PORTFOLIO FILE [--format FORMAT] [--map column=field ...] [--all-or-nothing] [--dry-run]}: reads
 * CRM records into the portfolio with the installed importer of FORMAT (default CSV, docs/csv-import.md), lists every problem as
 * {@code file:line [column]: reason}, and saves the portfolio, atomically, only when records were imported. Exit
 * codes: 0 imported without problems, 1 records had problems (the others imported, or none with
 * {@code --all-or-nothing}), 2 a file cannot be read or written or the arguments are not understood.
 */
final class ImportCommand {

	static final String NAME = "import"; //$NON-NLS-1$

	private static final String DEFAULT_FORMAT = "csv"; //$NON-NLS-1$
	private static final String FORMAT = "--format"; //$NON-NLS-1$
	private static final String MAP = "--map"; //$NON-NLS-1$
	private static final String ALL_OR_NOTHING = "--all-or-nothing"; //$NON-NLS-1$
	private static final String DRY_RUN = "--dry-run"; //$NON-NLS-1$

	private final PrintStream out;
	private final PrintStream err;

	ImportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** What the user asked for. */
	private record Request(Path portfolio, Path csv, String format, Map<String, String> columns,
			boolean allOrNothing, boolean dryRun) {
	}

	/** Runs the command on its arguments (those after {@code import}). */
	int run(List<String> args) {
		Request request;
		try {
			request = parse(args);
		} catch (CommandLineArguments.UsageException e) {
			err.println(e.getMessage());
			err.println(Messages.Usage_text);
			return KamCommandLine.UNREADABLE;
		}
		Optional<ImporterDescriptor> importer = Exchange.importer(request.format());
		if (importer.isEmpty()) {
			err.println(NLS.bind(Messages.Import_unknownFormat, request.format(), installed()));
			return KamCommandLine.UNREADABLE;
		}
		Portfolio portfolio = ValidateCommand.loadOrExplain(request.portfolio(), err);
		if (portfolio == null) {
			return KamCommandLine.UNREADABLE;
		}
		ImportResult result = read(importer.get(), request, portfolio);
		if (result == null) {
			return KamCommandLine.UNREADABLE;
		}
		for (ImportProblem problem : result.problems()) {
			out.println(problem);
		}
		int records = result.importableRecords();
		int problems = result.problems().size();
		if (request.dryRun()) {
			out.println(NLS.bind(Messages.Import_dryRun, new Object[] { records, request.csv(), request.portfolio(), problems }));
		} else if (records > 0) {
			result.applyTo(portfolio);
			try {
				PortfolioFiles.save(portfolio, request.portfolio());
			} catch (IOException e) {
				err.println(NLS.bind(Messages.Import_cannotSave, request.portfolio(), e.getMessage()));
				return KamCommandLine.UNREADABLE;
			}
			out.println(NLS.bind(Messages.Import_done, new Object[] { records, request.csv(), request.portfolio(), problems }));
		} else {
			out.println(NLS.bind(Messages.Import_nothing, new Object[] { request.csv(), problems, request.portfolio() }));
		}
		return problems == 0 ? KamCommandLine.VALID : KamCommandLine.INVALID;
	}

	/** The formats of the installed importers, e.g. "csv, xlsx". */
	private static String installed() {
		List<ImporterDescriptor> importers = Exchange.importers();
		return importers.isEmpty() ? Messages.Import_noneInstalled
				: importers.stream().map(ImporterDescriptor::format).distinct().collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	/** The importer's reading of the file, or {@code null} after saying why the file cannot be read. */
	private ImportResult read(ImporterDescriptor importer, Request request, Portfolio portfolio) {
		try (Reader reader = Files.newBufferedReader(request.csv(), StandardCharsets.UTF_8)) {
			return importer.importer().get().read(request.csv().toString(), reader, portfolio,
					new ImportOptions(request.columns(), request.allOrNothing()));
		} catch (NoSuchFileException e) {
			err.println(NLS.bind(Messages.Import_noCsv, request.csv()));
		} catch (CharacterCodingException e) {
			err.println(NLS.bind(Messages.Import_notUtf8, request.csv()));
		} catch (IOException e) {
			err.println(NLS.bind(Messages.Import_cannotRead, request.csv(), e.getMessage()));
		}
		return null;
	}

	private static Request parse(List<String> args) throws CommandLineArguments.UsageException {
		Map<String, String> columns = new LinkedHashMap<>();
		boolean allOrNothing = false;
		boolean dryRun = false;
		String format = DEFAULT_FORMAT;
		Path portfolio = null;
		Path csv = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case ALL_OR_NOTHING -> allOrNothing = true;
			case DRY_RUN -> dryRun = true;
			case FORMAT -> {
				if (i + 1 >= args.size()) {
					throw new CommandLineArguments.UsageException(NLS.bind(Messages.Usage_missingValue, FORMAT));
				}
				format = args.get(++i);
			}
			case MAP -> {
				if (i + 1 >= args.size()) {
					throw new CommandLineArguments.UsageException(NLS.bind(Messages.Usage_missingValue, MAP));
				}
				String mapping = args.get(++i);
				int equals = mapping.indexOf('=');
				if (equals <= 0) {
					throw new CommandLineArguments.UsageException(NLS.bind(Messages.Import_badMapping, mapping));
				}
				columns.put(mapping.substring(0, equals).strip(), mapping.substring(equals + 1).strip());
			}
			default -> {
				if (arg.startsWith("--")) { //$NON-NLS-1$
					throw new CommandLineArguments.UsageException(NLS.bind(Messages.Usage_unknownOption, arg));
				}
				if (portfolio == null) {
					portfolio = Path.of(arg);
				} else if (csv == null) {
					csv = Path.of(arg);
				} else {
					throw new CommandLineArguments.UsageException(NLS.bind(Messages.Import_tooManyFiles, arg));
				}
			}
			}
		}
		if (csv == null) {
			throw new CommandLineArguments.UsageException(NLS.bind(Messages.Import_needsFiles, NAME));
		}
		return new Request(portfolio, csv, format, columns, allOrNothing, dryRun);
	}
}
