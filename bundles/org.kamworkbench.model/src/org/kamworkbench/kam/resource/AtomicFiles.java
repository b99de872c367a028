package org.kamworkbench.kam.resource;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a file so that it is always either the complete old or the complete new version: the new
 * content goes to a temporary file beside the target, is forced to disk, and only then renamed over it.
 * <p>
 * The temporary file is named {@code .<file>.<process id>-<random>.saving}: hidden, never with the
 * portfolio's extension (so nothing lists or opens it as a portfolio), and traceable to the process that
 * writes it. A process killed while saving leaves its temporary file behind; the next save of the same
 * file removes it once that process is gone (see {@link #removeAbandoned}).
 */
public final class AtomicFiles {

	private static final String SUFFIX = ".saving"; //$NON-NLS-1$

	/** Writes the new content of a file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	public static void write(Path file, Content content) throws IOException {
		// a link is followed: the file it points to gets the new content, and the link stays a link
		Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file;
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		String name = target.getFileName().toString();
		removeAbandoned(folder, name);
		Path temporary = Files.createTempFile(folder, temporaryPrefix(name, ProcessHandle.current().pid()), SUFFIX);
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING);
					OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			keepPermissions(target, temporary);
			move(temporary, target);
			syncFolder(folder);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** The start of the name of a temporary file of {@code name}, written by the process {@code pid}. */
	private static String temporaryPrefix(String name, long pid) {
		return "." + name + "." + pid + "-"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * Deletes the temporary files of {@code name} that processes left when they died while saving (killed,
	 * crashed, power cut), so that they do not pile up beside the file. Only files of processes that no
	 * longer run on this machine are deleted: a save in progress in this or another running process keeps its
	 * file. On a folder shared between machines a save in progress on another machine can lose its temporary
	 * file; that save then fails with an error and the file keeps its previous complete version. Best effort:
	 * a file that cannot be listed or deleted never makes the save fail.
	 */
	private static void removeAbandoned(Path folder, String name) {
		// .<name>.<process id>-<digits of createTempFile>.saving
		Pattern ours = Pattern.compile(
				Pattern.quote("." + name + ".") + "(\\d{1,18})-\\d+" + Pattern.quote(SUFFIX)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		long self = ProcessHandle.current().pid();
		try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(folder,
				file -> ours.matcher(file.getFileName().toString()).matches())) {
			for (Path temporary : temporaries) {
				Matcher matcher = ours.matcher(temporary.getFileName().toString());
				if (matcher.matches() && isAbandoned(Long.parseLong(matcher.group(1)), self)) {
					deleteQuietly(temporary);
				}
			}
		} catch (IOException | RuntimeException e) {
			// the folder cannot be listed: the stale files stay, the save goes on
		}
	}

	private static boolean isAbandoned(long pid, long self) {
		if (pid == self) {
			return false; // another save of this process may be writing it right now
		}
		try {
			return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(Boolean.TRUE).booleanValue();
		} catch (RuntimeException e) {
			return false; // processes cannot be inspected here: keep the file
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// not ours to delete after all (permissions): it stays
		}
	}

	/**
	 * A temporary file is readable by its owner only; the saved file keeps the permissions it had, so
	 * that colleagues who could open it still can.
	 */
	private static void keepPermissions(Path target, Path temporary) throws IOException {
		if (Files.exists(target) && Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			// a file system without atomic rename: the old file may briefly be absent, never half written
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Makes the rename itself durable; file systems that cannot open a folder are left as they are. */
	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// not supported on this platform: the rename is still atomic, just not yet durable
		}
	}
}
