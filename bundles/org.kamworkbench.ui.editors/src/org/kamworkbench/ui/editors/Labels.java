package org.kamworkbench.ui.editors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.NamedElement;
import org.kamworkbench.kam.provider.KamEditPlugin;

/** Texts of model values as users read them, from the edit bundle's translated strings. */
final class Labels {

	private Labels() {
	}

	static String of(Enumerator literal, EEnum type) {
		return KamEditPlugin.INSTANCE.getString("_UI_" + type.getName() + "_" + literal.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	static String name(NamedElement element) {
		return element == null || element.getName() == null ? "" : element.getName(); //$NON-NLS-1$
	}

	static String status(Account account) {
		return of(account.getStatus(), org.kamworkbench.kam.KamPackage.Literals.ACCOUNT_STATUS);
	}
}
