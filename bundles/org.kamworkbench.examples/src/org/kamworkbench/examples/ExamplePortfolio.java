package org.kamworkbench.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The example portfolio: Delta Koeltechniek B.V., a Dutch supplier of industrial refrigeration, with six
 * international accounts chosen so that every analysis has something to say (see {@code README.md}).
 */
public final class ExamplePortfolio {

	/** The name users see, and the file name of a copy. */
	public static final String FILE_NAME = "delta-koeltechniek.kam"; //$NON-NLS-1$

	private static final String PATH = "/portfolios/" + FILE_NAME; //$NON-NLS-1$

	private ExamplePortfolio() {
	}

	/** Where the example is inside this bundle. */
	public static URL url() {
		URL url = ExamplePortfolio.class.getResource(PATH);
		if (url == null) {
			throw new IllegalStateException("The example portfolio " + PATH + " is missing from its bundle"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return url;
	}

	public static InputStream open() throws IOException {
		return url().openStream();
	}

	/** Copies the example to {@code target}, replacing nothing: an existing file is left as it is. */
	public static boolean copyTo(Path target) throws IOException {
		if (Files.exists(target)) {
			return false;
		}
		try (InputStream in = open()) {
			Files.createDirectories(target.toAbsolutePath().getParent());
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			return true;
		}
	}
}
