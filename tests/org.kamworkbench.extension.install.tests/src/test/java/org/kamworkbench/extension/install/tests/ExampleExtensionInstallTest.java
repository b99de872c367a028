package org.kamworkbench.extension.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
	private final Path p2InstallSteps = Path.of(System.getProperty("kam.p2InstallSteps"));

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

		p2Install("p2_install", installed.resolve("kam-workbench.sh").toString(), site.toString(), FEATURE);
		p2Install("bundle_installed", installed.toString(), "org.kamworkbench.example.nps");

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
		assertEquals(List.of(), p2Install("log_errors", installed.resolve("configuration").toString()).lines().toList(),
				"error entries in the extended product's logs");
	}

	private Path copyOfProduct() throws Exception {
		assertTrue(Files.isExecutable(product.resolve("kam-cli.sh")), "no materialised product in " + product);
		Files.createDirectories(work);
		Path copy = work.resolve("kam-workbench");
		p2Install("copy_installation", product.toString(), copy.toString());
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
		return run(command);
	}

	/**
	 * Runs a step shared with the IDE's install test (a function of releng/p2-install.sh) and returns what it
	 * printed; its message says what went wrong when the step failed.
	 */
	private String p2Install(String function, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("bash", p2InstallSteps.toString(), function));
		command.addAll(List.of(arguments));
		return run(command);
	}

	private String run(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "still running: " + command);
		String text = new String(output, StandardCharsets.UTF_8);
		assertTrue(process.exitValue() == 0, "exit " + process.exitValue() + " of " + command + ":\n" + text);
		return text;
	}
}
