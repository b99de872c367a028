package org.kamworkbench.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountStatus;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.provider.KamEditPlugin;
import org.kamworkbench.kam.provider.KamItemProviderAdapterFactory;
import org.kamworkbench.tests.support.Translations;

/** What the Properties view and the trees show: texts written for people, in English and Dutch. */
class EditLabelsTest {

	@Test
	void everyEditStringIsInDutchToo() throws Exception {
		assertEquals(List.of(), Translations.problems(KamEditPlugin.class));
	}

	@Test
	void enumValuesReadAsWordsNotAsCodeNames() {
		List<String> codeLike = new ArrayList<>();
		for (EClassifier classifier : KamPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EEnum enumeration) {
				for (EEnumLiteral literal : enumeration.getELiterals()) {
					String key = "_UI_" + enumeration.getName() + "_" + literal.getName() + "_literal";
					String text = KamEditPlugin.INSTANCE.getString(key);
					if (text.contains("_") || text.equals(text.toUpperCase())) {
						codeLike.add(key + " = " + text);
					}
				}
			}
		}
		assertEquals(List.of(), codeLike);
	}

	@Test
	void anAccountIsLabelledWithItsNameAndShowsItsStatusAsWords() {
		ComposedAdapterFactory adapters = new ComposedAdapterFactory(new KamItemProviderAdapterFactory());
		try {
			Account account = KamFactory.eINSTANCE.createAccount();
			account.setName("Brouwer Foods Group");
			account.setStatus(AccountStatus.KEY_ACCOUNT);
			IItemLabelProvider labels = (IItemLabelProvider) adapters.adapt(account, IItemLabelProvider.class);
			assertEquals("Account Brouwer Foods Group", labels.getText(account));

			IItemPropertySource properties = (IItemPropertySource) adapters.adapt(account, IItemPropertySource.class);
			var status = properties.getPropertyDescriptor(account, KamPackage.Literals.ACCOUNT__STATUS);
			assertEquals("Status", status.getDisplayName(account));
			String shown = status.getLabelProvider(account).getText(AccountStatus.KEY_ACCOUNT);
			assertEquals("Key account", shown);
			assertFalse(properties.getPropertyDescriptors(account).isEmpty());
		} finally {
			adapters.dispose();
		}
	}
}
