package org.kamworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.List;
import java.util.stream.Stream;

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

	@Test
	void aSaveRemovesWhatASaveOfADeadProcessLeftAndNothingElse() throws IOException {
		Path file = folder.resolve("p.kam");
		Files.writeString(file, "old");
		long running = ProcessHandle.current().parent().orElseThrow().pid();
		long self = ProcessHandle.current().pid();
		long dead = 999_999_999L; // above any process id a system hands out
		Path ofDeadProcess = Files.writeString(folder.resolve(".p.kam." + dead + "-123.saving"), "half");
		Path ofRunningProcess = Files.writeString(folder.resolve(".p.kam." + running + "-123.saving"), "half");
		Path ofThisProcess = Files.writeString(folder.resolve(".p.kam." + self + "-123.saving"), "half");
		Path ofOtherFile = Files.writeString(folder.resolve(".q.kam." + dead + "-123.saving"), "half");
		Path ofLongerName = Files.writeString(folder.resolve(".p.kam.1." + dead + "-123.saving"), "half");
		Path notATemporary = Files.writeString(folder.resolve(".p.kam." + dead + "-123.saving.txt"), "mine");

		AtomicFiles.write(file, out -> out.write("new".getBytes()));

		assertEquals("new", Files.readString(file));
		assertFalse(Files.exists(ofDeadProcess), "the dead process's temporary file is still there");
		for (Path kept : List.of(ofRunningProcess, ofThisProcess, ofOtherFile, ofLongerName, notATemporary)) {
			assertTrue(Files.exists(kept), kept + " was removed");
		}
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(6, files.count(), "the file and the five temporary files of others");
		}
	}

	@Test
	void aSaveKeepsTheFilesPermissions() throws IOException {
		Path file = folder.resolve("shared.kam");
		Files.writeString(file, "old");
		Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
		Files.setPosixFilePermissions(file, shared);
		AtomicFiles.write(file, out -> out.write("new".getBytes()));
		assertEquals(shared, Files.getPosixFilePermissions(file));
	}

	@Test
	void aSaveThroughALinkWritesTheFileItPointsTo() throws IOException {
		Path real = folder.resolve("real.kam");
		Files.writeString(real, "old");
		Path link = Files.createSymbolicLink(folder.resolve("link.kam"), real);
		AtomicFiles.write(link, out -> out.write("new".getBytes()));
		assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
		assertEquals("new", Files.readString(real));
	}
}
