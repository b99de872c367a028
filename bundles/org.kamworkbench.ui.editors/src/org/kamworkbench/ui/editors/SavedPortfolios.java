package org.kamworkbench.ui.editors;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.PortfolioFiles;
import org.kamworkbench.kam.resource.PortfolioLoadException;

/**
 * Portfolio files as saved on disk, read once and kept while the file stays the same. Only read: nothing
 * here is ever written back. A file that cannot be read counts as holding no portfolio.
 */
final class SavedPortfolios {

	/** What was read from a file at one modification stamp; {@code portfolio} is null when it could not be read. */
	private record Reading(long stamp, Portfolio portfolio) {
	}

	private final Map<IFile, Reading> readings = new HashMap<>();

	/** The portfolio in the file as it is on disk now, or {@code null} when it cannot be read. */
	synchronized Portfolio get(IFile file) {
		long stamp = file.getModificationStamp();
		Reading reading = readings.get(file);
		if (reading == null || reading.stamp() != stamp) {
			reading = new Reading(stamp, read(file));
			readings.put(file, reading);
		}
		return reading.portfolio();
	}

	/** The file whose reading holds the portfolio, or {@code null}. */
	synchronized IFile fileOf(Portfolio portfolio) {
		for (Map.Entry<IFile, Reading> entry : readings.entrySet()) {
			if (entry.getValue().portfolio() == portfolio) {
				return entry.getKey();
			}
		}
		return null;
	}

	/** Drops what was read from the file, e.g. because it changed or is gone. */
	synchronized void forget(IFile file) {
		readings.remove(file);
	}

	synchronized void clear() {
		readings.clear();
	}

	private static Portfolio read(IFile file) {
		IPath location = file.getLocation();
		if (!file.exists() || location == null) {
			return null;
		}
		try {
			return PortfolioFiles.load(location.toPath());
		} catch (PortfolioLoadException | RuntimeException e) {
			return null; // the editor explains why when the user opens the file
		}
	}
}
