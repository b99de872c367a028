package org.kamworkbench.kam.resource;

import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Loading that reads nothing but the file. EMF's loader, given a namespace it does not know, fetches a model
 * from that address (over the network, or a class named in a {@code java:} address), and keeps a reference to
 * an object in another file as a proxy that is fetched from its address when it is first used. A portfolio
 * file holds everything it refers to, so both are refused instead: opening a file never reaches out, which
 * a hostile file could use to learn that it was opened or to reach hosts behind a firewall (found by fuzzing).
 */
class SelfContainedLoad extends XMILoadImpl {

	SelfContainedLoad(XMLHelper helper) {
		super(helper);
	}

	/**
	 * EMF reads the encoding from the XML declaration with code of its own, which throws an index out of bounds
	 * on a declaration such as {@code encoding?>} (found by fuzzing). Then the XML parser reads the declaration
	 * itself and says what is wrong in it, and where.
	 */
	@SuppressWarnings("deprecation") // EMF calls it while OPTION_USE_DEPRECATED_METHODS is on, its default
	@Override
	protected String getEncoding() throws IOException {
		try {
			return super.getEncoding();
		} catch (RuntimeException unreadable) {
			return null;
		}
	}

	@Override
	protected DefaultHandler makeDefaultHandler() {
		return new SelfContainedHandler(resource, helper, options);
	}

	static class SelfContainedHandler extends SAXXMIHandler {

		SelfContainedHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
			super(resource, helper, options);
		}

		/** Only the packages registered in this installation (the portfolio format's own, EMF's). */
		@Override
		protected EPackage getPackageForURI(String uriString) {
			if (uriString == null) {
				return null;
			}
			EPackage registered = packageRegistry.getEPackage(uriString);
			if (registered == null || registered.eIsProxy()) {
				error(new PackageNotFoundException(uriString, getLocation(), getLineNumber(), getColumnNumber()));
				return null;
			}
			return registered;
		}

		@Override
		protected void handleProxy(InternalEObject proxy, String uriLiteral) {
			error(new UnresolvedReferenceException(uriLiteral, getLocation(), getLineNumber(), getColumnNumber()));
		}
	}
}
