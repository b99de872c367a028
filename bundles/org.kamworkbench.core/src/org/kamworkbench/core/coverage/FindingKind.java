package org.kamworkbench.core.coverage;

/** What a coverage finding is about. */
public enum FindingKind {
	/** No contact of the account has this buying-centre role. */
	ROLE_NOT_COVERED,
	/** Contacts have this buying-centre role, but none of them has an owner of ours. */
	ROLE_WITHOUT_OWNER,
	/** A contact last met longer ago than the contact staleness period. */
	CONTACT_NOT_MET,
	/** A contact with no recorded contact date at all. */
	CONTACT_NEVER_MET,
	/** An open action whose due date has passed. */
	ACTION_OVERDUE,
	/** An active or draft account plan without a next review date. */
	REVIEW_NOT_PLANNED,
	/** An active or draft account plan whose next review date has passed. */
	REVIEW_OVERDUE,
	/** Data last updated longer ago than the staleness period. */
	DATA_STALE,
	/** Data that records no update date at all. */
	DATA_NEVER_UPDATED
}
