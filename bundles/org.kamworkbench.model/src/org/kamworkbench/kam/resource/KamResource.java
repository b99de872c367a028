package org.kamworkbench.kam.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;
import org.kamworkbench.kam.Identified;
import org.kamworkbench.kam.NamedElement;
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
	}

	/** Loading shares repeated short texts and dates between the objects that hold them ({@link SharedValues}). */
	@Override
	protected XMLHelper createXMLHelper() {
		return new SharedValues(this);
	}

	/** Loading reads nothing from elsewhere: no model from a namespace's address, no object from another file. */
	@Override
	protected XMLLoad createXMLLoad(Map<?, ?> options) {
		return new SelfContainedLoad(createXMLHelper());
	}

	/** The portfolio this file holds, or {@code null} when it is empty. */
	public Portfolio getPortfolio() {
		return getContents().isEmpty() ? null : (Portfolio) getContents().get(0);
	}

	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		// References are identifiers; without a map each one is found by searching the whole tree, which made
		// loading quadratic (a 1.3 MB portfolio took 1.5 s instead of 0.07 s). The map serves the load only:
		// identifiers that change later while editing must not be found under their old value.
		setIntrinsicIDToEObjectMap(new FirstObjectOfEachId());
		try {
			super.doLoad(inputStream, options);
		} finally {
			setIntrinsicIDToEObjectMap(null);
		}
		FormatVersions.checkReadable(this);
	}

	/** Writes the portfolio; refuses to when the result could not be opened again (see below). */
	@Override
	public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
		refuseDanglingReferences();
		super.doSave(outputStream, options);
	}

	/**
	 * An object that was removed while others still refer to it (removed, not deleted: EMF's remove and cut
	 * leave the references) would be written as a reference to an identifier the file does not hold, and
	 * such a file is refused when it is opened. The save fails instead, and the file keeps its last version.
	 */
	@SuppressWarnings("unchecked") // eCrossReferences() iterates with a FeatureIterator, as EMF documents
	private void refuseDanglingReferences() throws IOException {
		for (Iterator<EObject> all = getAllContents(); all.hasNext();) {
			EObject object = all.next();
			for (EContentsEList.FeatureIterator<EObject> targets = (EContentsEList.FeatureIterator<EObject>) object
					.eCrossReferences().iterator(); targets.hasNext();) {
				EObject target = targets.next();
				if (target.eResource() == null && !target.eIsProxy()) {
					throw new IOException(NLS.bind(Messages.Save_danglingReference,
							new Object[] { targets.feature().getName(), shown(object), shown(target) }));
				}
			}
		}
	}

	private static String shown(EObject object) {
		if (object instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
			return named.getName();
		}
		String id = object instanceof Identified identified ? identified.getId() : null;
		return id != null ? id : object.eClass().getName();
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
		Map<Object, Object> merged = new HashMap<>(getDefaultSaveOptions());
		merged.putAll(options);
		return merged;
	}

	/** As the search of the tree did: of two objects with one identifier (a damaged file), the first. */
	private static final class FirstObjectOfEachId extends HashMap<String, EObject> {

		private static final long serialVersionUID = 1L;

		@Override
		public EObject put(String id, EObject object) {
			return putIfAbsent(id, object);
		}
	}

	/** The file on this machine behind the URI (also for workspace URIs), or {@code null}. */
	static Path localFile(URI uri) {
		URI resolved = uri == null ? null : CommonPlugin.resolve(uri);
		return resolved != null && resolved.isFile() ? Path.of(resolved.toFileString()) : null;
	}
}
