package org.kamworkbench.ui.editors;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** One account of a portfolio file, as an editor input: the file and the account's identifier. */
public final class AccountEditorInput implements IEditorInput {

	private final IFile file;
	private final String accountId;
	private final String accountName;

	public AccountEditorInput(IFile file, String accountId, String accountName) {
		this.file = file;
		this.accountId = accountId;
		this.accountName = accountName;
	}

	public IFile file() {
		return file;
	}

	public String accountId() {
		return accountId;
	}

	@Override
	public boolean exists() {
		return file.exists();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return accountName;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return file.getFullPath() + " > " + accountName; //$NON-NLS-1$
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter == IFile.class ? adapter.cast(file) : null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountEditorInput input && input.file.equals(file)
				&& Objects.equals(input.accountId, accountId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(file, accountId);
	}
}
