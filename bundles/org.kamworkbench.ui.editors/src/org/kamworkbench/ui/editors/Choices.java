package org.kamworkbench.ui.editors;

import java.util.ArrayList;
import java.util.List;

import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.OrganisationUnit;
import org.kamworkbench.kam.Portfolio;

/** What the drop-downs of the account pages offer: units at every level, depth first, as the trees show them. */
final class Choices {

	private Choices() {
	}

	/** The customer's units of the account, subunits after their unit. */
	static List<AccountUnit> units(Account account) {
		List<AccountUnit> units = new ArrayList<>();
		if (account != null) {
			account.getUnits().forEach(unit -> collect(unit, units));
		}
		return units;
	}

	private static void collect(AccountUnit unit, List<AccountUnit> units) {
		units.add(unit);
		unit.getSubunits().forEach(subunit -> collect(subunit, units));
	}

	/** Our organisation's units, subunits after their unit. */
	static List<OrganisationUnit> ourUnits(Portfolio portfolio) {
		List<OrganisationUnit> units = new ArrayList<>();
		portfolio.getUnits().forEach(unit -> collect(unit, units));
		return units;
	}

	private static void collect(OrganisationUnit unit, List<OrganisationUnit> units) {
		units.add(unit);
		unit.getSubunits().forEach(subunit -> collect(subunit, units));
	}
}
