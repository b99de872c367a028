package org.kamworkbench.model.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.PortfolioFiles;

/**
 * The process {@link CrashSafeSaveTest} kills: loads a portfolio, then saves it over and over to a target
 * file, alternating between two versions that differ throughout, until it is killed. Runs on a plain class
 * path, outside OSGi, exactly as the workbench saves (through {@link PortfolioFiles#save}).
 * <p>
 * Arguments: the portfolio to load (version A) and the file to save to. Prints {@value #LOADED} once the
 * portfolio is read, then waits for a line on standard input, the version to save first ({@code A} or
 * {@code B}), before it touches the file, so that its start-up can overlap the previous run; prints
 * {@value #SAVING} just before the first save. With a third argument, a number, it saves that many times
 * and ends instead: a training run, from which the JVM builds its ahead-of-time cache.
 */
public final class SaveUntilKilled {

	static final String LOADED = "loaded";
	static final String SAVING = "saving";

	private SaveUntilKilled() {
	}

	public static void main(String[] args) throws IOException {
		Path source = Path.of(args[0]);
		Path target = Path.of(args[1]);
		Portfolio portfolio = PortfolioFiles.load(source);
		Versions versions = new Versions(portfolio);
		if (args.length > 2) {
			for (int save = 0; save < Integer.parseInt(args[2]); save++) {
				versions.show(save % 2 == 0);
				PortfolioFiles.save(portfolio, target);
			}
			return;
		}
		System.out.println(LOADED);
		System.out.flush();
		boolean a = Versions.A.equals(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine());
		System.out.println(SAVING);
		System.out.flush();
		for (;; a = !a) {
			versions.show(a);
			PortfolioFiles.save(portfolio, target);
		}
	}

	/**
	 * The two versions of a portfolio: A is the portfolio as loaded, with description "A"; B has description
	 * "B" and lacks the last third of the accounts, so it differs in content and length as well.
	 */
	static final class Versions {

		static final String A = "A";
		static final String B = "B";

		private final Portfolio portfolio;
		private final List<Account> onlyInA;

		Versions(Portfolio portfolio) {
			this.portfolio = portfolio;
			List<Account> accounts = portfolio.getAccounts();
			this.onlyInA = new ArrayList<>(accounts.subList(accounts.size() * 2 / 3, accounts.size()));
		}

		/** Turns the portfolio into version A ({@code true}) or B. */
		void show(boolean a) {
			portfolio.setDescription(a ? A : B);
			if (a && !portfolio.getAccounts().containsAll(onlyInA)) {
				portfolio.getAccounts().addAll(onlyInA);
			} else if (!a) {
				portfolio.getAccounts().removeAll(onlyInA);
			}
		}

		/** How many accounts version A ({@code true}) or B has. */
		int accountCount(boolean a) {
			int now = portfolio.getAccounts().size();
			boolean showsA = portfolio.getAccounts().containsAll(onlyInA);
			int all = showsA ? now : now + onlyInA.size();
			return a ? all : all - onlyInA.size();
		}
	}
}
