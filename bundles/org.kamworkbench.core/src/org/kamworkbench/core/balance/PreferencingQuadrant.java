package org.kamworkbench.core.balance;

import org.eclipse.osgi.util.NLS;

/**
 * A quadrant of supplier preferencing (Steele &amp; Court, 1996): how we, the supplier, see an account,
 * by its attractiveness to us (vertical) and the relative value of its business to us (horizontal).
 */
public enum PreferencingQuadrant {
	/** High attractiveness, high value: we nurture and defend the account. */
	CORE,
	/** High attractiveness, low value: we develop the business with the account. */
	DEVELOPMENT,
	/** Low attractiveness, high value: we take the margin while it lasts. */
	EXPLOITABLE,
	/** Low attractiveness, low value: we give the account little attention. */
	NUISANCE;

	/** The quadrant of an account that is (or is not) high on each dimension. */
	public static PreferencingQuadrant of(boolean highAttractiveness, boolean highValue) {
		if (highAttractiveness) {
			return highValue ? CORE : DEVELOPMENT;
		}
		return highValue ? EXPLOITABLE : NUISANCE;
	}

	/** The quadrant's heading, e.g. "Core". */
	public String title() {
		return NLS.bind(switch (this) {
		case CORE -> Messages.Preferencing_CORE_title;
		case DEVELOPMENT -> Messages.Preferencing_DEVELOPMENT_title;
		case EXPLOITABLE -> Messages.Preferencing_EXPLOITABLE_title;
		case NUISANCE -> Messages.Preferencing_NUISANCE_title;
		});
	}

	/** One account of the quadrant inside a sentence, e.g. "a core account". */
	public String asAccount() {
		return NLS.bind(switch (this) {
		case CORE -> Messages.Preferencing_CORE_account;
		case DEVELOPMENT -> Messages.Preferencing_DEVELOPMENT_account;
		case EXPLOITABLE -> Messages.Preferencing_EXPLOITABLE_account;
		case NUISANCE -> Messages.Preferencing_NUISANCE_account;
		});
	}

	/** What a supplier does with an account in this quadrant, as one sentence. */
	public String supplierBehaviour() {
		return NLS.bind(switch (this) {
		case CORE -> Messages.Preferencing_CORE_supplier;
		case DEVELOPMENT -> Messages.Preferencing_DEVELOPMENT_supplier;
		case EXPLOITABLE -> Messages.Preferencing_EXPLOITABLE_supplier;
		case NUISANCE -> Messages.Preferencing_NUISANCE_supplier;
		});
	}
}
