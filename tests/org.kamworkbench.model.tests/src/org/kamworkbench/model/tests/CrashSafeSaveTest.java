package org.kamworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.examples.ExamplePortfolio;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Identified;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.PortfolioFiles;

/**
 * Saving is crash-safe, shown by killing: a process that saves a portfolio of about 1 MB over and over,
 * alternating between two versions ({@link SaveUntilKilled}), is killed at a random moment; the file on disk
 * must then be byte for byte the complete old or the complete new version, and load as that version. Repeated
 * 200 times; the system property {@code kam.crashtest.iterations} sets another number (DEVELOPMENT.md,
 * "Reliability", has the run of 1,000).
 * <p>
 * The kill is {@link Process#destroyForcibly()}, which on Linux and macOS is SIGKILL ({@code kill -9}): no
 * shutdown hooks, no finally blocks, no flushing, as when the workbench crashes or is killed. A kill cannot
 * show what a power cut does to data not yet on disk; that is what the fsync before the rename is for.
 * <p>
 * A kill inside a save leaves that save's temporary file ({@code .portfolio.kam.<pid>-<n>.saving}); the next
 * save removes it. So after every kill at most one is there, and it is never taken for the portfolio.
 * <p>
 * The waits before the kills come from one seed, printed with the summary; {@code -Dkam.crashtest.seed=N}
 * repeats the waits of a run (where in a save a kill falls still depends on the machine's speed at the time).
 */
class CrashSafeSaveTest {

	private static final int DEFAULT_ITERATIONS = 200;
	/** Copies of the example's accounts that make a file of about 1 MB, which takes tens of ms to save. */
	private static final int COPIES = 22;
	private static final int LONGEST_WAIT_MILLIS = 300;
	/** Processes that start up while one saves: start-up takes longer than a kill and its check. */
	private static final int STARTING_AHEAD = 2;

	@TempDir
	Path folder;

	@Test
	void aSaveKilledAtARandomMomentLeavesTheCompleteOldOrNewFile() throws Exception {
		int iterations = Integer.getInteger("kam.crashtest.iterations", DEFAULT_ITERATIONS).intValue();
		// Maven passes "null" when no seed is given: Long.getLong then takes a new one
		long seed = Long.getLong("kam.crashtest.seed", System.nanoTime()).longValue();
		Random random = new Random(seed);
		long begun = System.nanoTime();

		Path source = folder.resolve("large.kam");
		PortfolioFiles.save(largePortfolio(), source);
		Portfolio portfolio = PortfolioFiles.load(source);
		SaveUntilKilled.Versions versions = new SaveUntilKilled.Versions(portfolio);
		byte[] versionA = savedAs(portfolio, versions, true);
		byte[] versionB = savedAs(portfolio, versions, false);
		int accountsA = versions.accountCount(true);
		int accountsB = versions.accountCount(false);

		// the target alone in its folder: every other file there is a temporary file of a save
		Path target = Files.createDirectories(folder.resolve("portfolios")).resolve("portfolio.kam");
		Files.write(target, versionA);
		boolean onDiskIsA = true;
		Path childErrors = folder.resolve("saving-process-errors.txt");
		SavingProcesses processes = SavingProcesses.prepare(folder, source, target, childErrors);

		List<String> damaged = new ArrayList<>();
		int keptOld = 0;
		int gotNew = 0;
		int leftTemporary = 0;
		long savingCpuNanos = 0;
		long testCpuNanos = -processCpuNanos();
		Child current = null;
		// the next processes start up while one saves and is checked; they write nothing until they are told to
		Deque<Child> starting = new ArrayDeque<>();
		int started = 0;
		try {
			for (int i = 1; i <= iterations; i++) {
				for (; started < iterations && starting.size() < STARTING_AHEAD; started++) {
					starting.add(processes.start());
				}
				current = starting.remove();
				// the first save writes the version that is not on disk, so that a completed save shows
				current.startSaving(onDiskIsA ? SaveUntilKilled.Versions.B : SaveUntilKilled.Versions.A, childErrors);
				int wait = random.nextInt(LONGEST_WAIT_MILLIS + 1);
				Thread.sleep(wait);
				if (!current.process.isAlive()) {
					fail("the saving process ended before it was killed: " + Files.readString(childErrors));
				}
				savingCpuNanos += current.process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
				current.process.destroyForcibly(); // SIGKILL
				current.process.waitFor();
				current = null;

				String kill = "kill " + i + ", " + wait + " ms after the saving began (seed " + seed + ")";
				byte[] onDisk = Files.readAllBytes(target);
				boolean isA = Arrays.equals(onDisk, versionA);
				if (!isA && !Arrays.equals(onDisk, versionB)) {
					damaged.add(kill + ": " + onDisk.length + " bytes, where A has " + versionA.length + " and B "
							+ versionB.length);
					Files.write(target, versionA);
					onDiskIsA = true;
					continue;
				}
				if (isA == onDiskIsA) {
					keptOld++;
				} else {
					gotNew++;
				}
				onDiskIsA = isA;
				Portfolio loaded = PortfolioFiles.load(target);
				assertEquals(isA ? SaveUntilKilled.Versions.A : SaveUntilKilled.Versions.B, loaded.getDescription(), kill);
				assertEquals(isA ? accountsA : accountsB, loaded.getAccounts().size(), kill);

				List<Path> temporaries = othersThan(target);
				assertTrue(temporaries.size() <= 1, () -> "temporary files pile up after " + kill + ": " + temporaries);
				for (Path temporary : temporaries) {
					String name = temporary.getFileName().toString();
					assertTrue(name.startsWith(".portfolio.kam.") && name.endsWith(".saving"),
							() -> "a temporary file that could be taken for a portfolio, after " + kill + ": " + name);
					leftTemporary++;
				}
			}
		} finally {
			if (current != null) {
				starting.add(current);
			}
			for (Child child : starting) {
				child.process.destroyForcibly().waitFor();
			}
		}
		testCpuNanos += processCpuNanos();
		System.out.println("crash-safe save: " + iterations + " kills, " + damaged.size() + " damaged files (seed "
				+ seed + "; the old version " + keptOld + " times, the new " + gotNew + " times; a killed save's temporary"
				+ " file was there after " + leftTemporary + " kills; files of " + versionA.length / 1024 + " and " + versionB.length / 1024
				+ " KiB; per kill " + (System.nanoTime() - begun) / 1_000_000 / iterations + " ms, of which CPU "
				+ savingCpuNanos / 1_000_000 / iterations + " ms in the saving process and " + testCpuNanos / 1_000_000
				/ iterations + " ms in this one; " + (System.nanoTime() - begun) / 1_000_000_000L + " s in all)");
		assertEquals(List.of(), damaged, "kills after which the file was neither version");
		if (iterations >= 20) {
			assertTrue(leftTemporary > 0 && gotNew > 0, "the kills never fell inside a save or never after one");
		}
	}

	private static long processCpuNanos() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime()
				: 0;
	}

	/** The example portfolio with its accounts copied {@value #COPIES} times under new identifiers. */
	private Portfolio largePortfolio() throws IOException {
		Path example = folder.resolve(ExamplePortfolio.FILE_NAME);
		ExamplePortfolio.copyTo(example);
		Portfolio portfolio = PortfolioFiles.load(example);
		List<Account> originals = List.copyOf(portfolio.getAccounts());
		for (int copy = 1; copy <= COPIES; copy++) {
			// copied together, so that references between the accounts point to the copies
			Collection<Account> copies = EcoreUtil.copyAll(originals);
			for (Account account : copies) {
				account.setName(account.getName() + " " + copy);
				for (Iterator<EObject> all = EcoreUtil.getAllContents(List.of(account)); all.hasNext();) {
					if (all.next() instanceof Identified identified) {
						identified.setId(identified.getId() + "-" + copy);
					}
				}
			}
			portfolio.getAccounts().addAll(copies);
		}
		portfolio.setDescription(SaveUntilKilled.Versions.A);
		return portfolio;
	}

	private byte[] savedAs(Portfolio portfolio, SaveUntilKilled.Versions versions, boolean a) throws IOException {
		versions.show(a);
		Path file = folder.resolve(a ? "version-a.kam" : "version-b.kam");
		PortfolioFiles.save(portfolio, file);
		return Files.readAllBytes(file);
	}

	private static List<Path> othersThan(Path target) throws IOException {
		try (Stream<Path> files = Files.list(target.getParent())) {
			return files.filter(file -> !file.equals(target)).toList();
		}
	}

	/** A started {@link SaveUntilKilled}, loading its portfolio, then waiting to be told to save. */
	private static final class Child {

		final Process process;
		private final BufferedReader output;
		private final OutputStream input;

		private Child(Process process) {
			this.process = process;
			this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			this.input = process.getOutputStream();
		}

		/** Waits until the portfolio is loaded, then lets the process save, {@code first} first. */
		void startSaving(String first, Path errors) throws IOException {
			await(SaveUntilKilled.LOADED, errors);
			input.write((first + "\n").getBytes(StandardCharsets.UTF_8));
			input.flush();
			await(SaveUntilKilled.SAVING, errors);
		}

		private void await(String line, Path errors) throws IOException {
			String read = output.readLine();
			if (!line.equals(read)) {
				fail("the saving process said " + read + " instead of " + line + ": " + Files.readString(errors));
			}
		}
	}

	/** How the saving processes are started: the same Java, a class path of jars, and start-up options. */
	private record SavingProcesses(List<String> command, Path errors) {

		/**
		 * Puts together the class path and, on Java 25 and later, trains the JVM's ahead-of-time cache (JEP 514)
		 * with one run that loads and saves: the cache saves each process a third of its start-up.
		 */
		static SavingProcesses prepare(Path folder, Path source, Path target, Path errors) throws Exception {
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			// a short-lived process: the quick compiler alone and a small heap start it sooner
			command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-XX:-UsePerfData"));
			String classPath = classPath(Files.createDirectories(folder.resolve("classpath")));
			if (Runtime.version().feature() >= 25) {
				Path cache = folder.resolve("saving.aot");
				List<String> training = new ArrayList<>(command);
				training.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-cp", classPath, SaveUntilKilled.class.getName(),
						source.toString(), folder.resolve("training.kam").toString(), "6"));
				Process trained = new ProcessBuilder(training).redirectErrorStream(true)
						.redirectOutput(folder.resolve("training.txt").toFile()).start();
				if (trained.waitFor() == 0 && Files.isRegularFile(cache)) {
					command.add("-XX:AOTCache=" + cache);
				} else {
					System.out.println("crash-safe save: no ahead-of-time cache, the processes start slower: "
							+ Files.readString(folder.resolve("training.txt")));
				}
			}
			command.addAll(List.of("-cp", classPath, SaveUntilKilled.class.getName(), source.toString(),
					target.toString()));
			return new SavingProcesses(command, errors);
		}

		Child start() throws IOException {
			return new Child(new ProcessBuilder(command).redirectError(errors.toFile()).start());
		}
	}

	/**
	 * What the saving process needs, outside OSGi, as jars in {@code folder}: this fragment, the model bundle,
	 * EMF's common, ecore and XMI bundles and the framework (for NLS). Only jars, because the ahead-of-time cache
	 * takes nothing else; and without their signatures, because checking them takes the JVM a quarter of a
	 * second at every start.
	 */
	private static String classPath(Path folder) throws IOException, URISyntaxException {
		Set<String> entries = new LinkedHashSet<>();
		for (Class<?> type : List.of(SaveUntilKilled.class, Portfolio.class, URI.class, EObject.class,
				XMIResource.class, NLS.class)) {
			Path entry = classPathEntry(type);
			Path jar = folder.resolve(entries.size() + "-" + entry.getFileName() + (Files.isDirectory(entry) ? ".jar" : ""));
			entries.add(asUnsignedJar(entry, jar).toString());
		}
		return String.join(File.pathSeparator, entries);
	}

	/**
	 * The jar or folder {@code type} is loaded from. Not the bundle's location: a fragment's classes belong to
	 * its host bundle, and a bundle run from its project (Tycho's tests, PDE) has them in an output folder
	 * ({@code target/classes}) below its location. The class file itself says where it is.
	 */
	private static Path classPathEntry(Class<?> type) throws IOException, URISyntaxException {
		String classFile = type.getName().replace('.', '/') + ".class";
		String found = FileLocator.resolve(type.getClassLoader().getResource(classFile)).toString();
		if (found.startsWith("jar:") && found.endsWith("!/" + classFile)) {
			found = found.substring("jar:".length(), found.length() - classFile.length() - "!/".length());
		} else if (found.startsWith("file:") && found.endsWith("/" + classFile)) {
			found = found.substring(0, found.length() - classFile.length());
		} else {
			throw new IOException("cannot put " + type.getName() + " on a class path: it is loaded from " + found);
		}
		return Path.of(URIUtil.toURI(new URL(found)));
	}

	/** Writes {@code jar} with what the jar {@code entry} holds (but its signature) or the folder {@code entry}. */
	private static Path asUnsignedJar(Path entry, Path jar) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
			if (Files.isDirectory(entry)) {
				try (Stream<Path> files = Files.walk(entry)) {
					for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
						out.putNextEntry(new ZipEntry(entry.relativize(file).toString().replace(File.separatorChar, '/')));
						Files.copy(file, out);
						out.closeEntry();
					}
				}
				return jar;
			}
			try (ZipInputStream in = new ZipInputStream(Files.newInputStream(entry))) {
				for (ZipEntry file = in.getNextEntry(); file != null; file = in.getNextEntry()) {
					if (!file.getName().matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")) {
						out.putNextEntry(new ZipEntry(file.getName()));
						in.transferTo(out);
						out.closeEntry();
					}
				}
			}
		}
		return jar;
	}
}
