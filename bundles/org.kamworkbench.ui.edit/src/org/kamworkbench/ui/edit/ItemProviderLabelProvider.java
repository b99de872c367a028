package org.kamworkbench.ui.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Labels and icons of model objects as their EMF item providers give them. */
public class ItemProviderLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
	private final ItemImages images = new ItemImages(resources);

	public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return labels == null ? super.getText(element) : labels.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return labels == null ? null : images.get(labels.getImage(element));
	}

	@Override
	public void dispose() {
		resources.dispose();
		super.dispose();
	}
}
