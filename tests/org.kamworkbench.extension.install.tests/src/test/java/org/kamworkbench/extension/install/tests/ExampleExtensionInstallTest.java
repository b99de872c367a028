package org.kamworkbench.extension.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The example extension as a user installs it: a copy of the materialised product, the extension's own update
 * site, and the p2 director of the product itself. Before the installation the command line reports the
 * portfolio's computed criterion as not installed; after it (a restart: every command is a new process) the
 * criterion is computed and counted, and the extension's analysis has its section.
 */
class ExampleExtensionInstallTest {

	private static final String COMPUTATION = "org.kamworkbench.example.nps.buyingCentre";
	private static final String FEATURE = "org.kamworkbench.example.nps.feature.feature.group";

	private final Path product = Path.of(System.getProperty("kam.product"));
	private final Path site = Path.of(System.getProperty("kam.extensionSite"));
	private final Path example = Path.of(System.getProperty("kam.example"));
	private final Path work = Path.of(System.getProperty("kam.work"));

	@Test
	void theExampleExtensionInstalledFromItsSiteComputesItsCriterionAndAddsItsAnalysis() throws Exception {
		Path installed = copyOfProduct();
		Path portfolio = portfolioWithTheNpsCriterion();

		String before = run(installed, "kam-cli.sh", "analyse", portfolio.toString(), "--as-of", "2026-11-26");
		assertTrue(before.contains("Computed criterion 'Buying-centre NPS': its computation '" + COMPUTATION
				+ "' is not installed, so it is not counted."), before);
		assertTrue(before.contains("WARNING  Key account selection 2026 > criterion 'Buying-centre NPS' is computed by '"
				+ COMPUTATION + "', which is not installed"), before);
		assertFalse(before.contains("Net Promoter Score of the buying centre"), before);

		String director = run(installed, "kam-workbench.sh", "-nosplash", "-application", "org.eclipse.equinox.p2.director",
				"-repository", site.toUri().toString(), "-installIU", FEATURE, "-destination", installed.toString(),
				"-profile", "DefaultProfile");
		assertTrue(director.contains("Operation completed"), director);
		assertTrue(Files.readString(installed.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"))
				.contains("org.kamworkbench.example.nps,"), "the director added the bundle to the product's configuration");

		String after = run(installed, "kam-cli.sh", "analyse", portfolio.toString(), "--as-of", "2026-11-26");
		assertTrue(after.contains("Computed criterion 'Buying-centre NPS': Net Promoter Score of the buying centre"), after);
		// the example's attitudes: Brouwer 3 supporters and 2 neutral contacts, Scandi one supporter
		assertTrue(after.contains("- Brouwer Foods Group: 60.0 (NPS +60: 3 supporter(s), 2 neutral, 0 opponent(s) among "
				+ "5 contact(s) with a known attitude)"), after);
		assertTrue(after.contains("- Scandi Seafood AS: 100.0 (NPS +100: 1 supporter(s), 0 neutral, 0 opponent(s) among "
				+ "1 contact(s) with a known attitude)"), after);
		assertNotEquals(matrixRow(before, "Scandi Seafood AS"), matrixRow(after, "Scandi Seafood AS"),
				"the computed value is counted in the matrix");
		assertEquals(List.of("Scandi Seafood AS", "Candidate", "4.6", "4.4", "streamline"),
				List.of(matrixRow(after, "Scandi Seafood AS").split("\\s{2,}")));
		assertTrue(after.contains(". Net Promoter Score of the buying centre\n   Brouwer Foods Group\n"
				+ "       Net Promoter Score: +60\n"), after);
		assertTrue(after.contains("   - Markus Braun is an opponent with influence 4 of 5: win them over, or plan around them."),
				after);
		assertTrue(after.contains("is valid: 6 account(s), 0 warning(s)."), after);

		String dutch = run(installed, "kam-cli.sh", "-nl", "nl", "analyse", portfolio.toString(), "--as-of", "2026-11-26");
		assertTrue(dutch.contains(". Net Promoter Score van het inkoopcentrum"), dutch);
		assertTrue(dutch.contains("3 voorstander(s), 2 neutraal, 0 tegenstander(s)"), dutch);
		assertEquals(List.of(), errorsLogged(installed));
	}

	private Path copyOfProduct() throws IOException {
		assertTrue(Files.isExecutable(product.resolve("kam-cli.sh")), "no materialised product in " + product);
		Path copy = work.resolve("kam-workbench");
		if (Files.exists(copy)) {
			try (Stream<Path> old = Files.walk(copy)) {
				old.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
			}
		}
		try (Stream<Path> files = Files.walk(product)) {
			for (Path from : (Iterable<Path>) files::iterator) {
				Path to = copy.resolve(product.relativize(from).toString());
				if (Files.isDirectory(from)) {
					Files.createDirectories(to);
				} else {
					Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		return copy;
	}

	/** The example portfolio with its criterion 'Relationship depth' computed by the extension instead. */
	private Path portfolioWithTheNpsCriterion() throws IOException {
		String original = Files.readString(example);
		String hand = "id=\"cr-relationship\" name=\"Relationship depth\" description=\"From bow-tie (1) to diamond (10).\"";
		assertTrue(original.contains(hand), "the example's relationship criterion changed: adapt this test");
		Path portfolio = work.resolve("nps.kam");
		Files.writeString(portfolio, original.replace(hand, "id=\"cr-relationship\" name=\"Buying-centre NPS\" "
				+ "scaleMin=\"-100.0\" scaleMax=\"100.0\" computationId=\"" + COMPUTATION + "\""));
		return portfolio;
	}

	private static String matrixRow(String report, String account) {
		return report.lines().map(String::strip).filter(line -> line.startsWith(account + "  ")).findFirst()
				.orElseThrow(() -> new AssertionError("no matrix row of " + account + " in\n" + report));
	}

	/** Runs a script of the installed product (a new process, as a restart is) and returns what it printed. */
	private String run(Path installed, String script, String... arguments) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(installed.resolve(script).toString());
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "still running: " + command);
		String text = new String(output, StandardCharsets.UTF_8);
		assertTrue(process.exitValue() == 0, "exit " + process.exitValue() + " of " + command + ":\n" + text);
		return text;
	}

	/** Error entries (severity 4) in the product's logs: a start of the extended product must log none. */
	private static List<String> errorsLogged(Path installed) throws IOException {
		List<String> errors = new ArrayList<>();
		try (Stream<Path> logs = Files.list(installed.resolve("configuration"))) {
			logs.filter(path -> path.toString().endsWith(".log")).forEach(log -> {
				try {
					Files.readAllLines(log).stream().filter(line -> line.matches("!ENTRY \\S+ 4 .*"))
							.forEach(line -> errors.add(log.getFileName() + ": " + line));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		return errors;
	}
}
