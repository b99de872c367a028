package org.kamworkbench.core.analysis;

import java.time.LocalDate;

import org.kamworkbench.kam.Account;

/**
 * An analysis of one account, contributed to the extension point {@code org.kamworkbench.core.analyses}: what it
 * finds appears in a section of the account editor's Overview page and in the command line's {@code analyse}
 * report.
 * <p>
 * An implementation only reads the model (the portfolio is the account's container), uses no date but
 * {@code asOf} (so the same file and date give the same report), and writes its texts in the user's language
 * (an {@code NLS} messages class of the contributing bundle). It needs a public constructor without arguments;
 * one instance may serve several threads.
 */
public interface AccountAnalysis {

	/** What the analysis finds for {@code account} on {@code asOf}; an empty report when it has nothing to say. */
	AnalysisReport analyse(Account account, LocalDate asOf);
}
