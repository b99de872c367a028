package org.kamworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.kam.resource.KamFormat;
import org.kamworkbench.kam.resource.PortfolioFiles;
import org.kamworkbench.kam.resource.PortfolioLoadException;

/**
 * Damaged, foreign and hostile files: each is refused with a message that says what and where, and
 * the file is never changed.
 */
class HostileFilesTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"; //$NON-NLS-1$
	private static final String CURRENT = "formatVersion=\"" + KamFormat.CURRENT_VERSION + "\"";
	private static final String ROOT = "<kam:Portfolio xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:kam=\"http://www.kamworkbench.org/kam/1.0\" id=\"p\" " + CURRENT;

	@TempDir
	Path folder;

	private String validText;

	@BeforeEach
	void saveAValidFile() throws IOException {
		Path file = folder.resolve("valid.kam");
		PortfolioFiles.save(SmallPortfolio.create(), file);
		validText = Files.readString(file);
	}

	private PortfolioLoadException refused(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		byte[] before = Files.readAllBytes(file);
		PortfolioLoadException refusal = assertThrows(PortfolioLoadException.class, () -> PortfolioFiles.load(file));
		assertArrayEquals(before, Files.readAllBytes(file), "loading changed the file " + name);
		assertTrue(refusal.getMessage().contains(file.toString()), "the message does not name the file: "
				+ refusal.getMessage());
		return refusal;
	}

	@Test
	void aFileCutShortIsRefusedWithItsLocation() throws IOException {
		PortfolioLoadException refusal = refused("cut.kam", validText.substring(0, validText.length() / 2));
		assertTrue(refusal.getLine() > 0, "no line in: " + refusal.getMessage());
		assertTrue(refusal.getReason().contains("damaged or cut short"), refusal.getMessage());
	}

	@Test
	void anEmptyFileIsRefused() throws IOException {
		PortfolioLoadException refusal = refused("empty.kam", "");
		assertTrue(refusal.getMessage().contains("line 1"), refusal.getMessage());
	}

	@Test
	void anExternalEntityIsNeverRead() throws IOException {
		Path secret = folder.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET");
		PortfolioLoadException refusal = refused("xxe.kam", HEADER + "<!DOCTYPE p [<!ENTITY x SYSTEM \""
				+ secret.toUri() + "\">]>\n" + ROOT + " name=\"&x;\"/>\n");
		assertTrue(refusal.getReason().contains("DOCTYPE"), refusal.getMessage());
		assertTrue(!refusal.getMessage().contains("TOP-SECRET"));
	}

	@Test
	void anEntityExpansionBombIsRefusedAtOnce() {
		StringBuilder bomb = new StringBuilder(HEADER).append("<!DOCTYPE p [<!ENTITY a0 \"ha\">");
		for (int i = 1; i < 12; i++) {
			bomb.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
		}
		bomb.append("]>\n").append(ROOT).append(" name=\"&a11;\"/>\n");
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			PortfolioLoadException refusal = refused("bomb.kam", bomb.toString());
			assertTrue(refusal.getReason().contains("DOCTYPE"), refusal.getMessage());
		});
	}

	@Test
	void anUnknownAttributeIsNamedWithItsLine() throws IOException {
		PortfolioLoadException refusal = refused("unknown.kam",
				HEADER + ROOT + ">\n  <accounts id=\"a\" name=\"A\" colour=\"red\"/>\n</kam:Portfolio>\n");
		assertEquals(3, refusal.getLine());
		assertTrue(refusal.getReason().contains("colour"), refusal.getMessage());
	}

	@Test
	void aReferenceToNothingIsNamed() throws IOException {
		PortfolioLoadException refusal = refused("dangling.kam",
				HEADER + ROOT + ">\n  <accounts id=\"a\" name=\"A\" keyAccountManager=\"p-nobody\"/>\n</kam:Portfolio>\n");
		assertTrue(refusal.getReason().contains("p-nobody"), refusal.getMessage());
		assertTrue(refusal.getReason().contains("keyAccountManager"), refusal.getMessage());
	}

	@Test
	void aDateThatIsNoDateIsNamed() throws IOException {
		PortfolioLoadException refusal = refused("date.kam",
				HEADER + ROOT + ">\n  <accounts id=\"a\" name=\"A\" lastUpdated=\"yesterday\"/>\n</kam:Portfolio>\n");
		assertTrue(refusal.getReason().contains("yesterday"), refusal.getMessage());
		assertTrue(refusal.getReason().contains("lastUpdated"), refusal.getMessage());
	}

	@Test
	void aNumberThatIsNoNumberIsNamed() throws IOException {
		PortfolioLoadException refusal = refused("number.kam", HEADER + ROOT
				+ ">\n  <accounts id=\"a\" name=\"A\">\n    <results id=\"r\" directRevenue=\"lots\"/>\n  </accounts>\n</kam:Portfolio>\n");
		assertEquals(4, refusal.getLine());
		assertTrue(refusal.getReason().contains("lots"), refusal.getMessage());
	}

	@Test
	void aFileOfANewerReleaseIsRefusedWithAdvice() throws IOException {
		PortfolioLoadException refusal = refused("newer.kam", validText.replace(CURRENT, "formatVersion=\"7\""));
		assertTrue(refusal.getReason().contains("newer KAM Workbench"), refusal.getMessage());
	}

	@Test
	void aFileWithoutFormatVersionIsRefused() throws IOException {
		PortfolioLoadException refusal = refused("noversion.kam", validText.replace(" " + CURRENT, ""));
		assertTrue(refusal.getReason().contains("no format version"), refusal.getMessage());
	}

	@Test
	void anotherKindOfXmlIsRefused() throws IOException {
		PortfolioLoadException refusal = refused("other.kam", HEADER + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>\n");
		assertTrue(refusal.getReason().contains("not a KAM Workbench portfolio"), refusal.getMessage());
	}

	@Test
	void aDamagedXmlDeclarationIsRefusedWithItsLocation() throws IOException {
		PortfolioLoadException refusal = refused("declaration.kam", "<?xml version=\"1.0\" encoding?>\n" + ROOT + "/>\n");
		assertEquals(1, refusal.getLine(), refusal.getMessage());
		assertTrue(refusal.getReason().contains("damaged or cut short"), refusal.getMessage());
	}

	@Test
	void anUnknownNamespaceIsNotFetchedFromItsAddress() throws IOException {
		try (ServerSocket listener = localListener()) {
			String address = "http://127.0.0.1:" + listener.getLocalPort() + "/model.ecore";
			// a loader that fetched would wait for an answer that never comes
			PortfolioLoadException refusal = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refused(
					"fetch-namespace.kam", HEADER + "<x:Thing xmlns:x=\"" + address + "\"/>\n"));
			assertTrue(refusal.getReason().contains(address), refusal.getMessage());
			assertNoConnection(listener);
		}
	}

	@Test
	void aReferenceToAnotherFileIsRefusedWithoutFetchingIt() throws IOException {
		try (ServerSocket listener = localListener()) {
			String address = "http://127.0.0.1:" + listener.getLocalPort() + "/other.kam#p-anna";
			PortfolioLoadException refusal = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refused(
					"fetch-reference.kam", HEADER + ROOT + ">\n  <accounts id=\"a\" name=\"A\" keyAccountManager=\"" + address
							+ "\"/>\n</kam:Portfolio>\n"));
			assertTrue(refusal.getReason().contains(address), refusal.getMessage());
			assertTrue(refusal.getReason().contains("outside the file"), refusal.getMessage());
			assertNoConnection(listener);
		}
	}

	private static ServerSocket localListener() throws IOException {
		ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
		listener.setSoTimeout(200);
		return listener;
	}

	private static void assertNoConnection(ServerSocket listener) throws IOException {
		try (Socket connection = listener.accept()) {
			throw new AssertionError("opening the file connected to " + listener.getLocalSocketAddress());
		} catch (SocketTimeoutException expected) {
			// nobody called
		}
	}

	@Test
	void aMissingFileIsNamed() {
		Path missing = folder.resolve("missing.kam");
		PortfolioLoadException refusal = assertThrows(PortfolioLoadException.class, () -> PortfolioFiles.load(missing));
		assertTrue(refusal.getReason().contains("does not exist"), refusal.getMessage());
	}
}
