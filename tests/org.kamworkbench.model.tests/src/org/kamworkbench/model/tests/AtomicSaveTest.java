package org.kamworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.kam.resource.AtomicFiles;

class AtomicSaveTest {

	@TempDir
	Path folder;

	@Test
	void aSaveThatFailsHalfwayLeavesTheOldFileAsItWas() throws IOException {
		Path file = folder.resolve("p.kam");
		Files.writeString(file, "the complete old version");
		byte[] old = Files.readAllBytes(file);

		assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
			out.write("half of the new ver".getBytes());
			throw new IOException("disk full");
		}));

		assertArrayEquals(old, Files.readAllBytes(file));
		try (var files = Files.list(folder)) {
			assertEquals(1, files.count(), "the temporary file was left behind");
		}
	}

	@Test
	void aCompleteSaveReplacesTheFile() throws IOException {
		Path file = folder.resolve("p.kam");
		Files.writeString(file, "old");
		AtomicFiles.write(file, out -> out.write("new".getBytes()));
		assertEquals("new", Files.readString(file));
	}
}
