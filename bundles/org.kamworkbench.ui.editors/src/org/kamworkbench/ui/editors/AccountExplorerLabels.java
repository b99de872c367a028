package org.kamworkbench.ui.editors;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.provider.KamEditPlugin;
import org.kamworkbench.ui.edit.ItemImages;

/**
 * An account in the Project Explorer: its name with the account icon, and its status beside it in the
 * colour of decorations ("Brouwer Foods Group  [Key account]").
 */
public class AccountExplorerLabels extends LabelProvider implements ICommonLabelProvider, IStyledLabelProvider {

	private static final ImageDescriptor ICON = ItemImages
			.descriptor(KamEditPlugin.INSTANCE.getImage("full/obj16/Account")); //$NON-NLS-1$

	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

	@Override
	public void init(ICommonContentExtensionSite site) {
		// the labels depend on the account alone
	}

	@Override
	public String getText(Object element) {
		return element instanceof Account account ? name(account) : null;
	}

	@Override
	public StyledString getStyledText(Object element) {
		if (!(element instanceof Account account)) {
			return null;
		}
		return new StyledString(name(account)).append("  " + NLS.bind(Messages.Explorer_status, Labels.status(account)), //$NON-NLS-1$
				StyledString.DECORATIONS_STYLER);
	}

	@Override
	public Image getImage(Object element) {
		return element instanceof Account && ICON != null ? resources.create(ICON) : null;
	}

	/** What the status line says of a selected account. */
	@Override
	public String getDescription(Object element) {
		if (!(element instanceof Account account)) {
			return null;
		}
		String portfolio = account.eContainer() instanceof Portfolio owner ? Labels.name(owner) : ""; //$NON-NLS-1$
		return NLS.bind(Messages.Explorer_description, new Object[] { name(account), Labels.status(account), portfolio });
	}

	private static String name(Account account) {
		String name = Labels.name(account);
		return name.isBlank() ? KamEditPlugin.INSTANCE.getString("_UI_Account_type") : name; //$NON-NLS-1$
	}

	@Override
	public void restoreState(IMemento memento) {
		// nothing to remember between sessions
	}

	@Override
	public void saveState(IMemento memento) {
		// nothing to remember between sessions
	}

	@Override
	public void dispose() {
		resources.dispose();
		super.dispose();
	}
}
