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
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;
import org.kamworkbench.kam.Identified;
import org.kamworkbench.kam.NamedElement;
import org.kamworkbench.kam.Portfolio;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A portfolio file. Loading checks that the file holds one portfolio of a format version this release
 * reads; saving a file on disk is atomic, so a crash while saving leaves the previous version intact.
 */
public class KamResource extends XMIResourceImpl {

	/** Set while a file is read. */
	private FormatMigration migration;
	private Map<String, EObject> idsWhileLoading;
	private int versionOnDisk = KamFormat.CURRENT_VERSION;

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

	/**
	 * Loading reads nothing from elsewhere ({@link SelfContainedLoad}), and hands what older format versions wrote
	 * differently to the load's {@link FormatMigration}.
	 */
	@Override
	protected XMLLoad createXMLLoad(Map<?, ?> options) {
		return new SelfContainedLoad(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new SelfContainedLoad.SelfContainedHandler(resource, helper, this.options) {
					/**
					 * Portfolio files name attributes without prefixes, by the feature's own name: one look-up
					 * in the class instead of EMF's generic search through namespaces and name maps. What the
					 * class does not have is left to EMF, which reports it with its line and column.
					 */
					@Override
					protected void setAttribValue(EObject object, String name, String value) {
						if (migration != null && migration.takes(object, name, value)) {
							return;
						}
						EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
						if (feature instanceof EAttribute) {
							setFeatureValue(object, feature, value, -2);
						} else if (feature instanceof EReference reference && !reference.isContainment()) {
							setValueFromId(object, reference, value);
						} else {
							super.setAttribValue(object, name, value);
						}
					}

					/** Each object is entered in the identifier map as soon as its attributes are read. */
					@Override
					protected void handleObjectAttribs(EObject object) {
						super.handleObjectAttribs(object);
						if (idsWhileLoading != null && object instanceof Identified identified && identified.getId() != null) {
							idsWhileLoading.put(identified.getId(), object);
						}
					}
				};
			}
		};
	}

	/** The portfolio this file holds, or {@code null} when it is empty. */
	public Portfolio getPortfolio() {
		return getContents().isEmpty() ? null : (Portfolio) getContents().get(0);
	}

	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		// References are identifiers; without a map each one is found by searching the whole tree, which made
		// loading quadratic (a 1.3 MB portfolio took 1.5 s instead of 0.07 s). The map serves the load only:
		// identifiers that change later while editing must not be found under their old value. The load
		// handler fills it as objects are read; EMF's own intrinsic map, filled as objects are attached, made
		// attaching the finished tree walk all of it once more.
		idsWhileLoading = new FirstObjectOfEachId();
		migration = new FormatMigration();
		try {
			super.doLoad(inputStream, options);
			FormatVersions.checkReadable(this);
			migration.finish(getPortfolio(), idsWhileLoading);
			versionOnDisk = migration.fileVersion();
		} finally {
			idsWhileLoading = null;
			migration = null;
		}
	}

	/**
	 * Portfolio files identify objects by their {@code id} attribute, never by {@code xmi:id}, so attaching
	 * and detaching objects needs EMF's per-object book-keeping only for modification tracking or an
	 * identifier map. Without this, attaching a loaded tree and unloading it each walked all of it.
	 */
	@Override
	protected boolean isAttachedDetachedHelperRequired() {
		return isTrackingModification() || getIntrinsicIDToEObjectMap() != null;
	}

	/** While loading, references are resolved with one look-up in the identifiers read so far. */
	@Override
	protected EObject getEObjectByID(String id) {
		Map<String, EObject> ids = idsWhileLoading;
		return ids != null ? ids.get(id) : super.getEObjectByID(id);
	}

	/**
	 * The format version of the file as it is on disk: the one it was read in until it is saved, after that
	 * the current one. A file of an older version is migrated when read (the portfolio is in the current
	 * form), but the file keeps its old version until the user saves.
	 */
	public int getVersionOnDisk() {
		return versionOnDisk;
	}

	/** Whether the file on disk is of an older format version than the portfolio read from it. */
	public boolean isMigrated() {
		return versionOnDisk > 0 && versionOnDisk < KamFormat.CURRENT_VERSION;
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
		} else {
			prepareForSave();
			Map<?, ?> effective = options == null ? getDefaultSaveOptions() : mergedWithDefaults(options);
			AtomicFiles.write(file, out -> doSave(out, effective));
			setModified(false);
		}
		versionOnDisk = KamFormat.CURRENT_VERSION;
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
