package org.kamworkbench.core.exchange;

/** What an exporter writes: the whole portfolio, or one account (its overview, plan and results). */
public enum ExportScope {
	PORTFOLIO, ACCOUNT
}
