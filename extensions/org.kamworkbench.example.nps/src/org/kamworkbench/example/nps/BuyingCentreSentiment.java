package org.kamworkbench.example.nps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.core.analysis.AccountAnalysis;
import org.kamworkbench.core.analysis.AnalysisReport;
import org.kamworkbench.core.analysis.AnalysisReport.Figure;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Attitude;
import org.kamworkbench.kam.Contact;

/**
 * The analysis: the buying centre's Net Promoter Score with its counts, and what to act on.
 * <ul>
 * <li>An opponent with influence 4 or 5 (of 5): a detractor who can block decisions.</li>
 * <li>A supporter not contacted in the {@value #KEEP_IN_TOUCH_DAYS} days before the reference date, or never: a
 * promoter the team may lose.</li>
 * </ul>
 */
public class BuyingCentreSentiment implements AccountAnalysis {

	/** Influence from which an opponent can block a decision (influence runs from 1 to 5). */
	static final int HIGH_INFLUENCE = 4;
	/** Days after which a supporter not contacted again is reported. */
	static final int KEEP_IN_TOUCH_DAYS = 180;

	@Override
	public AnalysisReport analyse(Account account, LocalDate asOf) {
		if (account.getContacts().isEmpty()) {
			return AnalysisReport.empty();
		}
		NetPromoterScore nps = NetPromoterScore.of(account);
		List<Figure> figures = new ArrayList<>();
		figures.add(new Figure(Messages.Figure_score, nps.isKnown() ? nps.text() : Messages.Figure_unknown));
		figures.add(new Figure(Messages.Figure_counts, NLS.bind(Messages.Figure_countsValue, new Object[] {
				Integer.valueOf(nps.promoters()), Integer.valueOf(nps.passives()), Integer.valueOf(nps.detractors()),
				Integer.valueOf(nps.unknown()) })));
		List<String> findings = new ArrayList<>();
		LocalDate keepInTouchFrom = asOf.minusDays(KEEP_IN_TOUCH_DAYS);
		for (Contact contact : account.getContacts()) {
			if (contact.getAttitude() == Attitude.OPPONENT && contact.getInfluence() >= HIGH_INFLUENCE) {
				findings.add(NLS.bind(Messages.Finding_influentialOpponent, contact.getName(),
						Integer.valueOf(contact.getInfluence())));
			} else if (contact.getAttitude() == Attitude.SUPPORTER && (contact.getLastContactDate() == null
					|| contact.getLastContactDate().isBefore(keepInTouchFrom))) {
				findings.add(contact.getLastContactDate() == null
						? NLS.bind(Messages.Finding_supporterNeverContacted, contact.getName())
						: NLS.bind(Messages.Finding_supporterOutOfTouch, new Object[] { contact.getName(),
								contact.getLastContactDate(), Integer.valueOf(KEEP_IN_TOUCH_DAYS) }));
			}
		}
		return new AnalysisReport(figures, findings);
	}
}
