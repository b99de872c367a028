package org.kamworkbench.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.kamworkbench.cli.KamCommandLine;

/** One run of the command line in this process: its exit code and what it printed to each stream. */
record Printed(int code, String out, String err) {

	/** Runs {@code args} with {@code today} as the reference date of the analyses. */
	static Printed run(LocalDate today, String... args) {
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		int code = KamCommandLine.run(List.of(args), today, new PrintStream(stdout, true, StandardCharsets.UTF_8),
				new PrintStream(stderr, true, StandardCharsets.UTF_8));
		return new Printed(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
	}
}
