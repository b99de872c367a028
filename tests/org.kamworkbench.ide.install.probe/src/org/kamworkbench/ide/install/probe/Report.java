package org.kamworkbench.ide.install.probe;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the checks found, one line per check ({@code PASS name} or {@code FAIL name: why}), closed by a
 * summary line; the installation test reads it. A failing check stops the ones that build on it.
 */
final class Report {

	/** A check: a step a user takes, and what must then be true. */
	interface Check {
		void run() throws Exception;
	}

	private final Path file;
	private final List<String> lines = new ArrayList<>();
	private int passed;
	private int failed;

	Report(Path file) {
		this.file = file;
	}

	/** Runs the check unless an earlier one failed (later checks build on earlier ones); true when it passed. */
	boolean check(String name, Check check) {
		if (failed > 0) {
			lines.add("SKIP " + name + ": an earlier check failed"); //$NON-NLS-1$ //$NON-NLS-2$
			return false;
		}
		try {
			check.run();
			lines.add("PASS " + name); //$NON-NLS-1$
			passed++;
			return true;
		} catch (Exception | AssertionError e) {
			StringWriter trace = new StringWriter();
			e.printStackTrace(new PrintWriter(trace));
			lines.add("FAIL " + name + ": " + e.getMessage() + System.lineSeparator() + trace); //$NON-NLS-1$ //$NON-NLS-2$
			failed++;
			return false;
		}
	}

	void write() {
		List<String> all = new ArrayList<>(lines);
		all.add("probe: " + passed + " passed, " + failed + " failed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try {
			Files.write(file, all, StandardCharsets.UTF_8);
		} catch (IOException e) {
			// the test then finds no report and says so
			e.printStackTrace();
		}
	}
}
