package org.kamworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.examples.ExamplePortfolio;
import org.kamworkbench.kam.IndirectRevenue;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.Reseller;
import org.kamworkbench.kam.resource.KamFormat;
import org.kamworkbench.kam.resource.KamResource;
import org.kamworkbench.kam.resource.PortfolioFiles;
import org.kamworkbench.kam.resource.PortfolioLoadException;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Files of format version 1, where the reseller of indirect revenue was a name, open as version 2, where
 * resellers are objects of the portfolio: the shipped example as it was in version 1 becomes the shipped
 * example of version 2, nothing of the old file is lost, and the old file is only replaced when saved.
 */
class FormatMigrationTest {

	private static final String VERSION_1_EXAMPLE = "delta-koeltechniek-v1.kam";
	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String ROOT_V1 = "<kam:Portfolio xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:kam=\"http://www.kamworkbench.org/kam/1.0\" id=\"p\" formatVersion=\"1\">\n";

	@TempDir
	Path folder;

	private Path old;
	private byte[] oldBytes;

	@BeforeEach
	void copyTheVersion1Example() throws IOException {
		old = folder.resolve(VERSION_1_EXAMPLE);
		try (InputStream in = FormatMigrationTest.class.getResourceAsStream(VERSION_1_EXAMPLE)) {
			Files.copy(in, old);
		}
		oldBytes = Files.readAllBytes(old);
	}

	@Test
	void theVersion1ExampleOpensAsTheCurrentExample() throws IOException {
		Portfolio migrated = PortfolioFiles.load(old);

		KamResource resource = (KamResource) migrated.eResource();
		assertTrue(resource.isMigrated());
		assertEquals(1, resource.getVersionOnDisk());
		assertEquals(KamFormat.CURRENT_VERSION, migrated.getFormatVersion());
		Path shipped = folder.resolve("shipped.kam");
		ExamplePortfolio.copyTo(shipped);
		Portfolio current = PortfolioFiles.load(shipped);
		assertFalse(((KamResource) current.eResource()).isMigrated());
		assertTrue(EcoreUtil.equals(current, migrated), "the migrated version 1 example differs from the shipped one");
	}

	@Test
	void oneResellerIsOneObjectAcrossPeriods() throws IOException {
		Portfolio migrated = PortfolioFiles.load(old);

		assertEquals(List.of("CoolServ UK Ltd", "FrostLine Installations"),
				migrated.getResellers().stream().map(Reseller::getName).toList());
		Reseller coolServ = migrated.getResellers().get(0);
		assertEquals("reseller-coolserv-uk-ltd", coolServ.getId());
		assertSame(coolServ, ((IndirectRevenue) migrated.eResource().getEObject("r-al-2024-r0")).getReseller());
		assertSame(coolServ, ((IndirectRevenue) migrated.eResource().getEObject("r-al-2025-r0")).getReseller());
	}

	@Test
	void openingNeverWritesTheOldFile() throws IOException {
		PortfolioFiles.load(old);

		assertArrayEquals(oldBytes, Files.readAllBytes(old));
		try (var files = Files.list(folder)) {
			assertEquals(1, files.count(), "opening left a file beside the old one");
		}
	}

	@Test
	void savingWritesTheCurrentVersionAndReopensAsTheSame() throws IOException {
		Portfolio migrated = PortfolioFiles.load(old);
		PortfolioFiles.save(migrated, old);

		assertFalse(((KamResource) migrated.eResource()).isMigrated(), "the file on disk is current after saving");
		byte[] saved = Files.readAllBytes(old);
		try (InputStream shipped = ExamplePortfolio.open()) {
			assertArrayEquals(shipped.readAllBytes(), saved, "saved is not the shipped example of the current version");
		}
		Portfolio reopened = PortfolioFiles.load(old);
		assertFalse(((KamResource) reopened.eResource()).isMigrated());
		assertTrue(EcoreUtil.equals(migrated, reopened));
		Path again = folder.resolve("again.kam");
		PortfolioFiles.save(reopened, again);
		assertArrayEquals(saved, Files.readAllBytes(again));
	}

	/**
	 * Read as plain XML, the saved file has every element, attribute and text of the old one, in the same
	 * order; what differs is only what version 2 changed: the version, the resellers and the references to them.
	 */
	@Test
	void nothingOfTheOldFileIsLost() throws Exception {
		Path saved = folder.resolve("saved.kam");
		PortfolioFiles.save(PortfolioFiles.load(old), saved);

		Element before = xml(old);
		Element after = xml(saved);
		Map<String, String> resellerNames = new HashMap<>();
		List<Element> afterElements = new ArrayList<>();
		for (Element element : elements(after)) {
			if (element.getTagName().equals("resellers")) {
				resellerNames.put(element.getAttribute("id"), element.getAttribute("name"));
			} else {
				afterElements.add(element);
			}
		}
		List<Element> beforeElements = elements(before);
		assertEquals(beforeElements.size(), afterElements.size());
		int references = 0;
		for (int i = 0; i < beforeElements.size(); i++) {
			Element was = beforeElements.get(i);
			Element is = afterElements.get(i);
			assertEquals(was.getTagName(), is.getTagName());
			assertEquals(was.getAttributes().getLength(), is.getAttributes().getLength(), "attributes of " + was.getAttribute("id"));
			NamedNodeMap attributes = was.getAttributes();
			for (int a = 0; a < attributes.getLength(); a++) {
				String name = attributes.item(a).getNodeName();
				String value = attributes.item(a).getNodeValue();
				if (name.equals("formatVersion")) {
					assertEquals(String.valueOf(KamFormat.CURRENT_VERSION), is.getAttribute(name));
				} else if (was.getTagName().equals("indirectRevenues") && name.equals("reseller")) {
					assertEquals(value, resellerNames.get(is.getAttribute(name)), "the reseller of " + was.getAttribute("id"));
					references++;
				} else {
					assertEquals(value, is.getAttribute(name), name + " of " + was.getAttribute("id"));
				}
			}
			if (!was.hasChildNodes() || was.getFirstChild().getNodeType() == Node.TEXT_NODE && was.getChildNodes().getLength() == 1) {
				assertEquals(was.getTextContent(), is.getTextContent());
			}
		}
		assertEquals(4, references);
		assertEquals(2, resellerNames.size());
	}

	@Test
	void equalNamesBecomeOneResellerAndIdentifiersStayUnique() throws IOException {
		Path file = folder.resolve("names.kam");
		Files.writeString(file, HEADER + ROOT_V1
				+ "  <accounts id=\"reseller-coolserv\" name=\"Account whose identifier a reseller would have had\">\n"
				+ "    <results id=\"r1\">\n"
				+ "      <indirectRevenues id=\"i1\" reseller=\"CoolServ\" revenue=\"10.0\"/>\n"
				+ "      <indirectRevenues id=\"i2\" reseller=\"Coolserv\"/>\n"
				+ "      <indirectRevenues id=\"i3\" reseller=\"\"/>\n"
				+ "      <indirectRevenues id=\"i4\"/>\n"
				+ "    </results>\n"
				+ "  </accounts>\n"
				+ "  <accounts id=\"b\" name=\"B\">\n"
				+ "    <results id=\"r2\">\n"
				+ "      <indirectRevenues id=\"i5\" reseller=\"CoolServ\"/>\n"
				+ "      <indirectRevenues id=\"i6\" reseller=\"K\u00fchlPartner &amp; S\u00f6hne\"/>\n"
				+ "    </results>\n"
				+ "  </accounts>\n"
				+ "</kam:Portfolio>\n", StandardCharsets.UTF_8);

		Portfolio migrated = PortfolioFiles.load(file);

		assertEquals(List.of("reseller-coolserv-2", "reseller-coolserv-3", "reseller-kuhlpartner-sohne"),
				migrated.getResellers().stream().map(Reseller::getId).toList());
		assertEquals(List.of("CoolServ", "Coolserv", "K\u00fchlPartner & S\u00f6hne"),
				migrated.getResellers().stream().map(Reseller::getName).toList());
		assertSame(revenue(migrated, "i1").getReseller(), revenue(migrated, "i5").getReseller());
		assertNull(revenue(migrated, "i3").getReseller(), "an empty name was no reseller");
		assertNull(revenue(migrated, "i4").getReseller());
		assertEquals(10.0, revenue(migrated, "i1").getRevenue());
	}

	@Test
	void aDamagedVersion1FileIsRefusedWithItsLocationAndLeftAsItIs() throws IOException {
		String text = new String(oldBytes, StandardCharsets.UTF_8);
		Path cut = folder.resolve("cut.kam");
		Files.writeString(cut, text.substring(0, text.indexOf("reseller=\"FrostLine") + 12), StandardCharsets.UTF_8);
		byte[] before = Files.readAllBytes(cut);

		PortfolioLoadException refusal = assertThrows(PortfolioLoadException.class, () -> PortfolioFiles.load(cut));

		assertEquals(312, refusal.getLine(), refusal.getMessage());
		assertTrue(refusal.getColumn() > 0, refusal.getMessage());
		assertTrue(refusal.getReason().contains("damaged or cut short"), refusal.getMessage());
		assertArrayEquals(before, Files.readAllBytes(cut));
	}

	@Test
	void anUnknownAttributeBesideAVersion1ResellerIsNamedWithItsLine() throws IOException {
		Path file = folder.resolve("unknown.kam");
		Files.writeString(file, HEADER + ROOT_V1 + "  <accounts id=\"a\" name=\"A\">\n    <results id=\"r\">\n"
				+ "      <indirectRevenues id=\"i\" reseller=\"CoolServ\" discount=\"5\"/>\n"
				+ "    </results>\n  </accounts>\n</kam:Portfolio>\n", StandardCharsets.UTF_8);

		PortfolioLoadException refusal = assertThrows(PortfolioLoadException.class, () -> PortfolioFiles.load(file));

		assertEquals(5, refusal.getLine(), refusal.getMessage());
		assertTrue(refusal.getReason().contains("discount"), refusal.getMessage());
	}

	/** In version 2 the attribute is a reference: a name there is a reference to nothing, not a reseller. */
	@Test
	void aNameInAVersion2FileIsADanglingReference() throws IOException {
		Path file = folder.resolve("v2.kam");
		Files.writeString(file, HEADER + ROOT_V1.replace("formatVersion=\"1\"", "formatVersion=\"2\"")
				+ "  <accounts id=\"a\" name=\"A\">\n    <results id=\"r\">\n"
				+ "      <indirectRevenues id=\"i\" reseller=\"CoolServ\"/>\n"
				+ "    </results>\n  </accounts>\n</kam:Portfolio>\n", StandardCharsets.UTF_8);

		PortfolioLoadException refusal = assertThrows(PortfolioLoadException.class, () -> PortfolioFiles.load(file));

		assertTrue(refusal.getReason().contains("CoolServ") && refusal.getReason().contains("reseller"),
				refusal.getMessage());
	}

	private static IndirectRevenue revenue(Portfolio portfolio, String id) {
		IndirectRevenue revenue = (IndirectRevenue) portfolio.eResource().getEObject(id);
		assertNotNull(revenue, id);
		return revenue;
	}

	private static Element xml(Path file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
	}

	/** The element and all elements below it, in document order. */
	private static List<Element> elements(Element root) {
		List<Element> all = new ArrayList<>();
		all.add(root);
		for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				all.addAll(elements(element));
			}
		}
		return all;
	}
}
