package org.kamworkbench.kam.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.kamworkbench.kam.Portfolio;

/**
 * A portfolio file. Loading checks that the file holds one portfolio of a format version this release
 * reads; saving a file on disk is atomic, so a crash while saving leaves the previous version intact.
 */
public class KamResource extends XMIResourceImpl {

	public KamResource(URI uri) {
		super(uri);
		getDefaultLoadOptions().putAll(KamFormat.loadOptions());
		getDefaultSaveOptions().putAll(KamFormat.saveOptions());
		// Objects are found by their id attribute. Without this map EMF searches the whole tree for every
		// reference it resolves, also the deferred ones at the end of a load: quadratic, 250 s for 1,000
		// accounts. EMF keeps the map up to date as objects are added and removed.
		setIntrinsicIDToEObjectMap(new HashMap<>());
	}

	/** Loading shares repeated short texts and dates between the objects that hold them ({@link SharedValues}). */
	@Override
	protected XMLHelper createXMLHelper() {
		return new SharedValues(this);
	}

	/** The portfolio this file holds, or {@code null} when it is empty. */
	public Portfolio getPortfolio() {
		return getContents().isEmpty() ? null : (Portfolio) getContents().get(0);
	}

	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		super.doLoad(inputStream, options);
		FormatVersions.checkReadable(this);
	}

	@Override
	public void save(Map<?, ?> options) throws IOException {
		Path file = localFile(getURI());
		if (file == null) {
			super.save(options);
			return;
		}
		prepareForSave();
		Map<?, ?> effective = options == null ? getDefaultSaveOptions() : mergedWithDefaults(options);
		AtomicFiles.write(file, out -> doSave(out, effective));
		setModified(false);
	}

	/** Stamps the format version and gives every new object its identifier before it is written. */
	private void prepareForSave() {
		for (EObject root : getContents()) {
			if (root instanceof Portfolio portfolio && portfolio.getFormatVersion() != KamFormat.CURRENT_VERSION) {
				portfolio.setFormatVersion(KamFormat.CURRENT_VERSION);
			}
			Identifiers.assignMissing(root);
		}
	}

	private Map<Object, Object> mergedWithDefaults(Map<?, ?> options) {
		Map<Object, Object> merged = new java.util.HashMap<>(getDefaultSaveOptions());
		merged.putAll(options);
		return merged;
	}

	/** The file on this machine behind the URI (also for workspace URIs), or {@code null}. */
	static Path localFile(URI uri) {
		URI resolved = uri == null ? null : CommonPlugin.resolve(uri);
		return resolved != null && resolved.isFile() ? Path.of(resolved.toFileString()) : null;
	}
}
