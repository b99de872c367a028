package org.kamworkbench.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * JUnit extension for UI tests: when a test fails it keeps what a person would need to see why, a
 * screenshot of the screen and a copy of the workbench log, in {@code target/ui-test-evidence/}.
 */
public class FailureEvidence implements TestWatcher {

	/** Set by the test module's POM; the fallback serves runs from an IDE. */
	private static final String FOLDER_PROPERTY = "kam.test.evidence"; //$NON-NLS-1$

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		String name = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName()
				.replaceAll("[^A-Za-z0-9._-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		Path folder = Path.of(System.getProperty(FOLDER_PROPERTY, "target/ui-test-evidence")); //$NON-NLS-1$
		try {
			Files.createDirectories(folder);
			screenshot(folder.resolve(name + ".png")); //$NON-NLS-1$
			copyLog(folder.resolve(name + ".log")); //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			System.err.println("Could not keep the evidence of " + name + ": " + e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static void screenshot(Path file) {
		Display display = Display.getDefault();
		display.syncExec(() -> {
			Rectangle bounds = display.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, 0, 0);
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
	}

	private static void copyLog(Path file) throws IOException {
		Path log = Path.of(Platform.getLogFileLocation().toOSString());
		if (Files.exists(log)) {
			Files.copy(log, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
