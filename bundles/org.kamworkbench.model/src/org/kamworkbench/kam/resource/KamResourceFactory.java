package org.kamworkbench.kam.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** Creates the resources of {@code *.kam} files (registered for the extension in plugin.xml). */
public class KamResourceFactory extends XMIResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		return new KamResource(uri);
	}
}
