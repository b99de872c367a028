package org.kamworkbench.exchange.csv;

import static org.kamworkbench.exchange.csv.RecordKind.ACCOUNT;
import static org.kamworkbench.exchange.csv.RecordKind.CONTACT;
import static org.kamworkbench.exchange.csv.RecordKind.RESULT;
import static org.kamworkbench.exchange.csv.RecordKind.UNIT;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The documented columns of the CSV format (docs/csv-import.md), in the order the exporter writes them, with the
 * kinds of record each applies to.
 */
enum CsvField {
	RECORD("record", ACCOUNT, UNIT, CONTACT, RESULT), //$NON-NLS-1$
	ACCOUNT_NAME("account", ACCOUNT, UNIT, CONTACT, RESULT), //$NON-NLS-1$
	ACCOUNT_ID("account id", ACCOUNT, UNIT, CONTACT, RESULT), //$NON-NLS-1$
	ID("id", UNIT, CONTACT, RESULT), //$NON-NLS-1$
	NAME("name", UNIT, CONTACT), //$NON-NLS-1$
	PARENT_UNIT("parent unit", UNIT), //$NON-NLS-1$
	UNIT_NAME("unit", CONTACT, RESULT), //$NON-NLS-1$
	STATUS("status", ACCOUNT), //$NON-NLS-1$
	SECTOR("sector", ACCOUNT), //$NON-NLS-1$
	COUNTRY("country", ACCOUNT, UNIT), //$NON-NLS-1$
	DESCRIPTION("description", ACCOUNT), //$NON-NLS-1$
	KEY_ACCOUNT_MANAGER("key account manager", ACCOUNT), //$NON-NLS-1$
	EXECUTIVE_SPONSOR("executive sponsor", ACCOUNT), //$NON-NLS-1$
	OWNING_UNIT("owning unit", ACCOUNT), //$NON-NLS-1$
	DECISION_LEVEL("decision level", ACCOUNT), //$NON-NLS-1$
	PURCHASING_COORDINATION("purchasing coordination", ACCOUNT), //$NON-NLS-1$
	BUSINESS_UNIT("business unit", UNIT), //$NON-NLS-1$
	LANGUAGE("language", UNIT, CONTACT), //$NON-NLS-1$
	LOCAL_IMPORTANCE("local importance", UNIT), //$NON-NLS-1$
	LOCAL_COMMITMENT("local commitment", UNIT), //$NON-NLS-1$
	LOCAL_REVENUE("local revenue", UNIT), //$NON-NLS-1$
	OUR_UNIT("our unit", UNIT), //$NON-NLS-1$
	LOCAL_ACCOUNT_MANAGER("local account manager", UNIT), //$NON-NLS-1$
	JOB_TITLE("job title", CONTACT), //$NON-NLS-1$
	DEPARTMENT("department", CONTACT), //$NON-NLS-1$
	EMAIL("email", CONTACT), //$NON-NLS-1$
	PHONE("phone", CONTACT), //$NON-NLS-1$
	BUYING_ROLE("buying role", CONTACT), //$NON-NLS-1$
	INFLUENCE("influence", CONTACT), //$NON-NLS-1$
	ATTITUDE("attitude", CONTACT), //$NON-NLS-1$
	REPORTS_TO("reports to", CONTACT), //$NON-NLS-1$
	OWNER("owner", CONTACT), //$NON-NLS-1$
	LAST_CONTACT("last contact", CONTACT), //$NON-NLS-1$
	PERIOD("period", RESULT), //$NON-NLS-1$
	PERIOD_START("period start", RESULT), //$NON-NLS-1$
	PERIOD_END("period end", RESULT), //$NON-NLS-1$
	DIRECT_REVENUE("direct revenue", RESULT), //$NON-NLS-1$
	COST_TO_SERVE("cost to serve", RESULT), //$NON-NLS-1$
	PROFIT_CONTRIBUTION("profit contribution", RESULT), //$NON-NLS-1$
	REVENUE_TARGET("revenue target", RESULT), //$NON-NLS-1$
	PROFIT_TARGET("profit target", RESULT), //$NON-NLS-1$
	COMMENT("comment", RESULT); //$NON-NLS-1$

	private final String column;
	private final Set<RecordKind> kinds;

	CsvField(String column, RecordKind first, RecordKind... others) {
		this.column = column;
		this.kinds = EnumSet.of(first, others);
	}

	/** The documented column name. */
	String column() {
		return column;
	}

	boolean appliesTo(RecordKind kind) {
		return kinds.contains(kind);
	}

	/** Whether the column holds an identifier, which the portfolio file refers to objects by. */
	boolean isIdentifier() {
		return this == ACCOUNT_ID || this == ID;
	}

	/** The field a column header names, ignoring case, spaces, underscores and hyphens; or {@code null}. */
	static CsvField named(String header) {
		String wanted = key(header);
		for (CsvField field : values()) {
			if (key(field.column).equals(wanted)) {
				return field;
			}
		}
		return null;
	}

	/** A header as compared: "Account ID", "account_id" and "AccountId" are the same. */
	static String key(String header) {
		return header.replace("\uFEFF", "").replaceAll("[\\s_\\-]+", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
