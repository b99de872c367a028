package org.kamworkbench.example.nps;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Attitude;
import org.kamworkbench.kam.Contact;

/**
 * The Net Promoter Score of an account's buying centre, taken from the attitudes the account team recorded:
 * supporters are the promoters, opponents the detractors, neutral contacts the passives. NPS = (promoters -
 * detractors) / contacts with a known attitude * 100, from -100 to +100. Contacts whose attitude is unknown are
 * left out; without any known attitude there is no score.
 */
record NetPromoterScore(int promoters, int passives, int detractors, int unknown) {

	static NetPromoterScore of(Account account) {
		return of(account.getContacts());
	}

	static NetPromoterScore of(List<Contact> contacts) {
		int promoters = 0, passives = 0, detractors = 0, unknown = 0;
		for (Contact contact : contacts) {
			Attitude attitude = contact.getAttitude();
			if (attitude == Attitude.SUPPORTER) {
				promoters++;
			} else if (attitude == Attitude.NEUTRAL) {
				passives++;
			} else if (attitude == Attitude.OPPONENT) {
				detractors++;
			} else {
				unknown++;
			}
		}
		return new NetPromoterScore(promoters, passives, detractors, unknown);
	}

	int known() {
		return promoters + passives + detractors;
	}

	boolean isKnown() {
		return known() > 0;
	}

	/** The score from -100 to +100; only when {@link #isKnown()}. */
	double score() {
		return (promoters - detractors) * 100.0 / known();
	}

	/** The score as people write it: a whole number with its sign, "+25", "-10", "0". */
	String text() {
		long rounded = Math.round(score());
		return rounded > 0 ? "+" + rounded : Long.toString(rounded); //$NON-NLS-1$
	}

	/** For example "3 supporters, 1 neutral and 1 opponent among 5 contacts with a known attitude". */
	String counts() {
		return NLS.bind(Messages.Nps_counts, new Object[] { Integer.valueOf(promoters), Integer.valueOf(passives),
				Integer.valueOf(detractors), Integer.valueOf(known()) });
	}
}
