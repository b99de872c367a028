package org.kamworkbench.core.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Portfolio;

/**
 * Validates a whole portfolio with {@link KamValidator}, without needing it in the global registry. EMF's
 * own messages (for instance about a value of the wrong type) name objects by their readable path too.
 */
public final class PortfolioValidation {

	private PortfolioValidation() {
	}

	/**
	 * The diagnosis of the portfolio and everything in it: severity {@link Diagnostic#OK} when nothing is
	 * wrong, otherwise one child per problem.
	 */
	public static Diagnostic validate(Portfolio portfolio) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(KamPackage.eINSTANCE, KamValidator.INSTANCE);
		Diagnostician diagnostician = new Diagnostician(registry) {
			@Override
			public String getObjectLabel(EObject eObject) {
				return ObjectLabels.path(eObject);
			}
		};
		return diagnostician.validate(portfolio);
	}
}
