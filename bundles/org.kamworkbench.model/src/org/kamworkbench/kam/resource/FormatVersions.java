package org.kamworkbench.kam.resource;

import org.eclipse.osgi.util.NLS;
import org.kamworkbench.kam.Portfolio;

/** Decides whether this release can read a loaded file, by what it holds and by its format version. */
final class FormatVersions {

	private FormatVersions() {
	}

	static void checkReadable(KamResource resource) throws PortfolioFormatException {
		if (resource.getContents().isEmpty()) {
			throw new PortfolioFormatException(Messages.Load_empty);
		}
		if (resource.getContents().size() > 1 || !(resource.getContents().get(0) instanceof Portfolio)) {
			throw new PortfolioFormatException(Messages.Load_notAPortfolio);
		}
		int version = resource.getPortfolio().getFormatVersion();
		if (version <= 0) {
			throw new PortfolioFormatException(Messages.Load_noVersion);
		}
		if (version > KamFormat.CURRENT_VERSION) {
			throw new PortfolioFormatException(
					NLS.bind(Messages.Load_newerVersion, version, KamFormat.CURRENT_VERSION));
		}
	}
}
