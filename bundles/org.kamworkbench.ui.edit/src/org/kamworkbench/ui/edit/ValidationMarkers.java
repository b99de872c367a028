package org.kamworkbench.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.kamworkbench.core.validation.ObjectLabels;
import org.kamworkbench.core.validation.PortfolioValidation;
import org.kamworkbench.kam.Portfolio;

/**
 * The validation of a portfolio as problem markers on its file, so that the Problems view lists them;
 * each marker names the object it is about, and the editor selects that object when the marker is
 * opened.
 */
public final class ValidationMarkers {

	/** The marker type (see plugin.xml). */
	public static final String TYPE = "org.kamworkbench.ui.edit.problem"; //$NON-NLS-1$
	/** Identifier of the object a marker is about. */
	public static final String OBJECT_ID = "objectId"; //$NON-NLS-1$

	private ValidationMarkers() {
	}

	/** One problem, as the markers will show it. */
	record Problem(int severity, String message, String location, String objectId) {
	}

	/** Validates now (on the caller's thread, which owns the model) and replaces the file's markers in a job. */
	public static void update(IFile file, Portfolio portfolio) {
		List<Problem> problems = portfolio == null ? List.of() : problems(portfolio);
		WorkspaceJob job = new WorkspaceJob(Messages.Markers_job) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				write(file, problems);
				return Status.OK_STATUS;
			}
		};
		job.setRule(file);
		job.setSystem(true);
		job.schedule();
	}

	static List<Problem> problems(Portfolio portfolio) {
		List<Problem> problems = new ArrayList<>();
		for (Diagnostic diagnostic : PortfolioValidation.validate(portfolio).getChildren()) {
			int severity = switch (diagnostic.getSeverity()) {
			case Diagnostic.ERROR -> IMarker.SEVERITY_ERROR;
			case Diagnostic.WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
			};
			EObject object = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject o) ? null : o;
			problems.add(new Problem(severity, diagnostic.getMessage(), object == null ? "" : ObjectLabels.path(object), //$NON-NLS-1$
					object == null || object.eResource() == null ? null : EcoreUtil.getURI(object).fragment()));
		}
		return problems;
	}

	private static void write(IFile file, List<Problem> problems) throws CoreException {
		if (!file.exists()) {
			return;
		}
		file.getWorkspace().run((IWorkspaceRunnable) monitor -> {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Problem problem : problems) {
				file.createMarker(TYPE, Map.of(IMarker.SEVERITY, problem.severity(), IMarker.MESSAGE, problem.message(),
						IMarker.LOCATION, problem.location(), OBJECT_ID, problem.objectId() == null ? "" : problem.objectId())); //$NON-NLS-1$
			}
		}, file, 0, null);
	}
}
