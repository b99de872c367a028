package org.kamworkbench.ui.edit;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * Children of model objects as their EMF item providers give them. The viewer follows every change of
 * the model: the changes of one command are collected and refreshed together, once.
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private static final Object[] NONE = new Object[0];

	private final AdapterFactory adapterFactory;
	private StructuredViewer viewer;
	private final Set<Object> toRefresh = new LinkedHashSet<>();
	private final Set<Object> toUpdate = new LinkedHashSet<>();
	private boolean refreshScheduled;

	public ItemProviderContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		this.viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Resource resource) {
			return resource.getContents().toArray();
		}
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = provider(parent);
		return provider == null ? NONE : provider.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider != null && provider.hasChildren(element);
	}

	private ITreeItemContentProvider provider(Object element) {
		return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (!(notification instanceof IViewerNotification change) || viewer == null) {
			return;
		}
		Control control = viewer.getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		if (change.isContentRefresh()) {
			toRefresh.add(change.getElement() == null ? viewer.getInput() : change.getElement());
		} else if (change.isLabelUpdate()) {
			toUpdate.add(change.getElement());
		}
		if (!refreshScheduled) {
			refreshScheduled = true;
			control.getDisplay().asyncExec(this::refresh);
		}
	}

	private void refresh() {
		refreshScheduled = false;
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		for (Object element : toRefresh) {
			viewer.refresh(element, true);
		}
		toUpdate.removeAll(toRefresh);
		if (!toUpdate.isEmpty()) {
			viewer.update(toUpdate.toArray(), null);
		}
		toRefresh.clear();
		toUpdate.clear();
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		viewer = null;
	}
}
