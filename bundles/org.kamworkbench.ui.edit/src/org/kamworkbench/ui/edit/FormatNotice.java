package org.kamworkbench.ui.edit;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.Form;
import org.kamworkbench.kam.resource.KamFormat;

/**
 * The line under a page's heading that says the file is of an older format version: it was converted
 * to open it, stays as it is on disk, and is written in the current version when saved. It goes once the
 * file is saved. The heading's message stays free for the pages' own errors.
 */
final class FormatNotice {

	/** Marks the label as this notice, so that a head client of a page's own is never taken for it. */
	private static final String KEY = FormatNotice.class.getName();

	private FormatNotice() {
	}

	static void show(IManagedForm managedForm, PortfolioDocument document) {
		Form form = managedForm.getForm().getForm();
		if (form.isDisposed()) {
			return;
		}
		int olderVersion = document.olderVersionOnDisk();
		Control shown = form.getHeadClient();
		boolean ours = shown != null && !shown.isDisposed() && shown.getData(KEY) != null;
		if (olderVersion > 0 && shown == null) {
			Label notice = managedForm.getToolkit().createLabel(form.getHead(),
					NLS.bind(Messages.FormatNotice_migrated, olderVersion, KamFormat.CURRENT_VERSION), SWT.WRAP);
			notice.setData(KEY, Boolean.TRUE);
			notice.setBackground(null); // the heading's own background shows through
			form.setHeadClient(notice);
		} else if (olderVersion == 0 && ours) {
			form.setHeadClient(null);
			shown.dispose();
		}
	}
}
