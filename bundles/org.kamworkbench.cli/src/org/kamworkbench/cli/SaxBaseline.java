package org.kamworkbench.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.kamworkbench.kam.resource.KamFormat;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The practical lower limit of reading a portfolio: the JDK's SAX parser with a handler that does nothing,
 * namespace-aware and with the same secure features as the portfolio format's own loading.
 */
final class SaxBaseline {

	private SaxBaseline() {
	}

	static void parse(Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setValidating(false);
			for (Map.Entry<String, Boolean> feature : parserFeatures().entrySet()) {
				factory.setFeature(feature.getKey(), feature.getValue());
			}
			factory.newSAXParser().parse(in, new DefaultHandler());
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException(e);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Boolean> parserFeatures() {
		return (Map<String, Boolean>) KamFormat.loadOptions().get(XMLResource.OPTION_PARSER_FEATURES);
	}
}
