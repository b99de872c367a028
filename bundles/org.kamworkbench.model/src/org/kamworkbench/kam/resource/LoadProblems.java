package org.kamworkbench.kam.resource;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.SAXParseException;

/** Turns what EMF and the XML parser throw into a {@link PortfolioLoadException} a user can act on. */
final class LoadProblems {

	private LoadProblems() {
	}

	static PortfolioLoadException explain(String file, Throwable thrown) {
		Throwable problem = unwrap(thrown);
		int line = 0;
		int column = 0;
		if (problem instanceof XMIException located) {
			line = located.getLine();
			column = located.getColumn();
		} else if (problem instanceof SAXParseException located) {
			line = located.getLineNumber();
			column = located.getColumnNumber();
		}
		return new PortfolioLoadException(file, line, column, reason(problem), thrown);
	}

	private static Throwable unwrap(Throwable thrown) {
		Throwable current = thrown;
		while (current instanceof Resource.IOWrappedException || current instanceof org.eclipse.emf.common.util.WrappedException
				|| (current instanceof XMIException && !isSpecific(current) && current.getCause() != null)) {
			Throwable cause = current.getCause();
			if (cause == null || cause == current) {
				break;
			}
			current = cause;
		}
		return current;
	}

	private static boolean isSpecific(Throwable problem) {
		return problem instanceof FeatureNotFoundException || problem instanceof IllegalValueException
				|| problem instanceof PackageNotFoundException || problem instanceof ClassNotFoundException
				|| problem instanceof UnresolvedReferenceException;
	}

	private static String reason(Throwable problem) {
		return switch (problem) {
		case PortfolioFormatException format -> format.getMessage();
		case NoSuchFileException missing -> Messages.Load_missing;
		case FileNotFoundException missing -> Messages.Load_missing;
		case AccessDeniedException denied -> Messages.Load_denied;
		case PackageNotFoundException wrongKind -> NLS.bind(Messages.Load_unknownNamespace, wrongKind.uri());
		case ClassNotFoundException unknown -> NLS.bind(Messages.Load_unknownType, unknown.getName());
		case FeatureNotFoundException unknown -> NLS.bind(Messages.Load_unknownFeature, unknown.getName());
		case UnresolvedReferenceException elsewhere when elsewhere.getFeature() == null -> NLS.bind(Messages.Load_referenceElsewhere,
				elsewhere.getReference());
		case UnresolvedReferenceException dangling -> NLS.bind(Messages.Load_danglingReference,
				dangling.getReference(), dangling.getFeature() == null ? "?" : dangling.getFeature().getName()); //$NON-NLS-1$
		case IllegalValueException bad -> NLS.bind(Messages.Load_illegalValue, bad.getValue(),
				bad.getFeature() == null ? "?" : bad.getFeature().getName()); //$NON-NLS-1$
		case SAXParseException parse when isDoctype(parse) -> Messages.Load_doctype;
		case SAXParseException parse -> NLS.bind(Messages.Load_notWellFormed, parse.getMessage());
		default -> NLS.bind(Messages.Load_other, String.valueOf(problem.getMessage()));
		};
	}

	private static boolean isDoctype(SAXParseException parse) {
		String message = String.valueOf(parse.getMessage());
		return message.contains("DOCTYPE") || message.contains("disallow-doctype-decl"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
