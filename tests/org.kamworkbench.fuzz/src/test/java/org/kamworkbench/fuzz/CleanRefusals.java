package org.kamworkbench.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;

import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.resource.Resource;
import org.kamworkbench.kam.resource.PortfolioLoadException;

/**
 * The documented clean error for a file that cannot be opened (README, "damaged or hostile file"): a
 * {@link PortfolioLoadException} that names the file and gives a reason, built from a problem of reading (the
 * XML parser's, EMF's or the format's own), not from a programming error such as a {@code NullPointerException}
 * that the loader's last-resort handler turned into a message.
 */
final class CleanRefusals {

	private CleanRefusals() {
	}

	static void check(PortfolioLoadException refused, Path file) {
		assertTrue(refused.getMessage().contains(file.toString()), () -> "the file is not named: " + refused.getMessage()); //$NON-NLS-1$
		String reason = refused.getReason();
		assertFalse(reason == null || reason.isBlank() || "null".equals(reason), //$NON-NLS-1$
				() -> "no reason: " + refused.getMessage()); //$NON-NLS-1$
		Throwable problem = refused.getCause();
		while ((problem instanceof WrappedException || problem instanceof Resource.IOWrappedException)
				&& problem.getCause() != null && problem.getCause() != problem) {
			problem = problem.getCause();
		}
		if (problem instanceof RuntimeException || problem instanceof Error) {
			fail("refused because of a programming error: " + refused.getMessage(), refused); //$NON-NLS-1$
		}
	}
}
