package org.kamworkbench.ui.edit;

import java.net.MalformedURLException;
import java.net.URL;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

/** Turns the image objects of EMF item providers (URLs, composed images) into SWT images. */
public final class ItemImages {

	private final ResourceManager resources;

	/** @param resources owns the created images; disposing it frees them */
	public ItemImages(ResourceManager resources) {
		this.resources = resources;
	}

	public Image get(Object itemImage) {
		ImageDescriptor descriptor = descriptor(itemImage);
		return descriptor == null ? null : resources.create(descriptor);
	}

	/** The descriptor of an item provider's image; of a composed image its base (overlays are not drawn). */
	public static ImageDescriptor descriptor(Object itemImage) {
		return switch (itemImage) {
		case null -> null;
		case ImageDescriptor descriptor -> descriptor;
		case URL url -> ImageDescriptor.createFromURL(url);
		case URI uri -> fromUri(uri);
		case ComposedImage composed -> composed.getImages().isEmpty() ? null : descriptor(composed.getImages().get(0));
		default -> null;
		};
	}

	private static ImageDescriptor fromUri(URI uri) {
		try {
			return ImageDescriptor.createFromURL(new URL(uri.toString()));
		} catch (MalformedURLException e) {
			return null;
		}
	}
}
