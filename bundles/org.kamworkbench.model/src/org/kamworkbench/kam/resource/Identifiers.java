package org.kamworkbench.kam.resource;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.kamworkbench.kam.Identified;

/** Every object a file refers to carries a stable identifier; new objects get theirs here. */
public final class Identifiers {

	private Identifiers() {
	}

	/** Gives each identifiable object below and including {@code root} that has none a new unique one. */
	public static void assignMissing(EObject root) {
		assign(root);
		for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
			assign(all.next());
		}
	}

	private static void assign(EObject object) {
		if (object instanceof Identified identified && (identified.getId() == null || identified.getId().isBlank())) {
			identified.setId(EcoreUtil.generateUUID());
		}
	}
}
