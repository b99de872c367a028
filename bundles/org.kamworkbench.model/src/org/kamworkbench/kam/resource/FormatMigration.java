package org.kamworkbench.kam.resource;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.kamworkbench.kam.IndirectRevenue;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.Reseller;

/**
 * Reads a file of an older format version into the current model while it is parsed: the load handler
 * hands over what the old version wrote differently, and once the whole file is read this turns it into
 * the current form. The file on disk is not touched; saving writes the current version.
 * <p>
 * Version 2 made resellers objects of the portfolio ({@link Reseller}), referred to by every indirect
 * revenue that went through them, so that one reseller is one object across periods and accounts. Version 1
 * wrote the reseller's name as text on each indirect revenue, where version 2 writes a reference. Each
 * distinct name becomes one reseller, in the order the file first names them; names are compared exactly
 * (case and spaces count), so that two resellers are never merged by mistake. An empty name was no reseller.
 */
final class FormatMigration {

	private static final String FORMAT_VERSION = "formatVersion"; //$NON-NLS-1$
	/** The attribute of an indirect revenue that held the reseller's name up to version 1. */
	private static final String RESELLER_NAME = "reseller"; //$NON-NLS-1$
	private static final int LONGEST_ID_NAME = 40;

	private int fileVersion;
	private final Map<IndirectRevenue, String> resellerNames = new LinkedHashMap<>();

	/**
	 * Whether the migration takes this attribute of the file over from the normal reading. Called for every
	 * attribute in the order of the file, so the portfolio's format version is known before its content.
	 */
	boolean takes(EObject object, String attribute, String value) {
		// called millions of times for a large file: the cheap tests first
		if (fileVersion == 1) {
			if (RESELLER_NAME.equals(attribute) && object instanceof IndirectRevenue revenue) {
				resellerNames.put(revenue, value);
				return true;
			}
		} else if (fileVersion == 0 && FORMAT_VERSION.equals(attribute) && object instanceof Portfolio) {
			fileVersion = versionOf(value);
		}
		return false;
	}

	/** A version that is not a whole number is left to the normal reading, which reports it as an illegal value. */
	private static int versionOf(String value) {
		try {
			return Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	/** The format version the file was written in, or 0 when it names none (or none readable). */
	int fileVersion() {
		return fileVersion;
	}

	/** Whether the file is of an older version this release migrates. */
	boolean migrates() {
		return fileVersion > 0 && fileVersion < KamFormat.CURRENT_VERSION;
	}

	/**
	 * Brings the read portfolio to the current version. {@code ids} holds the objects of the file by
	 * identifier; new objects get identifiers the file does not use, and are entered there too.
	 */
	void finish(Portfolio portfolio, Map<String, EObject> ids) {
		if (!migrates()) {
			return;
		}
		Map<String, Reseller> byName = new HashMap<>();
		resellerNames.forEach((revenue, name) -> {
			if (!name.isEmpty()) {
				revenue.setReseller(byName.computeIfAbsent(name, newName -> newReseller(portfolio, newName, ids)));
			}
		});
		portfolio.setFormatVersion(KamFormat.CURRENT_VERSION);
	}

	private static Reseller newReseller(Portfolio portfolio, String name, Map<String, EObject> ids) {
		Reseller reseller = KamFactory.eINSTANCE.createReseller();
		reseller.setId(freeId("reseller-" + readable(name), ids::containsKey)); //$NON-NLS-1$
		reseller.setName(name);
		portfolio.getResellers().add(reseller);
		ids.put(reseller.getId(), reseller);
		return reseller;
	}

	/** The name in lower-case letters and digits joined by hyphens, e.g. "coolserv-uk-ltd". */
	private static String readable(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "") //$NON-NLS-1$ //$NON-NLS-2$
				.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"); //$NON-NLS-1$ //$NON-NLS-2$
		plain = plain.substring(0, Math.min(plain.length(), LONGEST_ID_NAME)).replaceAll("^-+|-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return plain.isEmpty() ? "1" : plain; //$NON-NLS-1$
	}

	private static String freeId(String wanted, Predicate<String> taken) {
		String id = wanted;
		for (int n = 2; taken.test(id); n++) {
			id = wanted + "-" + n; //$NON-NLS-1$
		}
		return id;
	}
}
