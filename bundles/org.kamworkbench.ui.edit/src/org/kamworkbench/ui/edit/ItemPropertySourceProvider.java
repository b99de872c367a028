package org.kamworkbench.ui.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Gives the Properties view the property sources of model objects, from their item providers. */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;

	public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		IItemPropertySource itemSource = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
		return itemSource == null ? null : new ItemPropertySource(object, itemSource);
	}
}
