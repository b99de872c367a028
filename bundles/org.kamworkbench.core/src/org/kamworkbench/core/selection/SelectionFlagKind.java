package org.kamworkbench.core.selection;

/** What a selection flag is about. */
public enum SelectionFlagKind {
	/** A key account whose attractiveness does not reach the selection threshold. */
	KEY_ACCOUNT_BELOW_THRESHOLD,
	/** A candidate whose attractiveness reaches the selection threshold: a strong candidate, not yet key. */
	STRONG_CANDIDATE,
	/** A key account or candidate without a score on some criteria of the current version. */
	MISSING_SCORES,
	/** A key account or candidate for which a computed criterion has no value; the message says why. */
	NOT_COMPUTED,
	/** Fewer key accounts than the rule of thumb recommends. */
	TOO_FEW_KEY_ACCOUNTS,
	/** More key accounts than the rule of thumb recommends. */
	TOO_MANY_KEY_ACCOUNTS,
	/** Fewer criteria on an axis than the rule of thumb recommends. */
	TOO_FEW_CRITERIA,
	/** More criteria on an axis than the rule of thumb recommends. */
	TOO_MANY_CRITERIA,
	/** The weights of an axis do not sum to the expected total. */
	WEIGHTS_NOT_AT_TOTAL
}
