package org.kamworkbench.ui.editors.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.kamworkbench.kam.resource.KamFormat;

/** The portfolio files of the workspace an import can go into. */
final class ImportTarget {

	private ImportTarget() {
	}

	/** Every {@code .kam} file of the open projects, by path. */
	static List<IFile> portfolioFiles() {
		List<IFile> files = new ArrayList<>();
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
				if (resource instanceof IFile file && KamFormat.FILE_EXTENSION.equals(file.getFileExtension())) {
					files.add(file);
				}
				return resource.getType() != IResource.FILE;
			});
		} catch (CoreException e) {
			ILog.of(ImportTarget.class).log(e.getStatus()); // a folder that cannot be listed: its files are not offered
		}
		files.sort(Comparator.comparing(file -> file.getFullPath().toString()));
		return files;
	}
}
