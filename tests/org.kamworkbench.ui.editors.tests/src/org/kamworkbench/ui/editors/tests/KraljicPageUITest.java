package org.kamworkbench.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kamworkbench.core.Thresholds;
import org.kamworkbench.core.kraljic.KeySupplierVerdict;
import org.kamworkbench.core.kraljic.KraljicClassifier;
import org.kamworkbench.core.kraljic.KraljicQuadrant;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.PurchaseCategory;
import org.kamworkbench.tests.support.FailureEvidence;
import org.kamworkbench.tests.support.WorkbenchRobot;
import org.kamworkbench.ui.editors.AccountEditor;
import org.kamworkbench.ui.editors.PortfolioEditor;

/** The Kraljic check of an account, driven with the mouse: a category dragged across the matrix. */
@ExtendWith(FailureEvidence.class)
class KraljicPageUITest {

	@AfterEach
	void closeEditors() {
		ExampleWorkspace.closeAllWithoutSaving();
	}

	@Test
	void draggingACategoryFromLeverageToStrategicChangesTheVerdictAndUndoChangesItBack() throws Exception {
		PortfolioEditor portfolio = ExampleWorkspace.open(ExampleWorkspace.freshCopy("kraljic.kam"));
		Account albion = ExampleWorkspace.account(portfolio, "Albion Retail plc");
		PurchaseCategory store = albion.getKraljicAssessment().getCategories().stream()
				.filter(c -> c.getName().equals("Store refrigeration")).findFirst().orElseThrow();
		AccountEditor editor = ExampleWorkspace.openAccount(portfolio, albion);
		editor.setActivePage("kraljic");
		WorkbenchRobot.flushEvents();
		assertEquals(KraljicQuadrant.LEVERAGE, quadrant(store));
		assertTrue(shown(editor).contains("Not a key supplier"), shown(editor));

		editor.kraljicPage().drag(store, 7.5, 7.0);
		WorkbenchRobot.flushEvents();

		assertEquals(KraljicQuadrant.STRATEGIC, quadrant(store), "the drop did not move the category");
		assertEquals(KeySupplierVerdict.Outcome.KEY_SUPPLIER_POSSIBLE,
				KeySupplierVerdict.judge(albion, Thresholds.of(portfolio.portfolio())).outcome());
		assertTrue(shown(editor).contains("Key supplier possible"), shown(editor));
		assertEquals(7.0, KraljicClassifier.score(store, org.kamworkbench.kam.KraljicDimension.PROFIT_IMPACT).getAsDouble(),
				0.1, "the factor scores do not match where the bubble was dropped");

		WorkbenchRobot.executeCommand("org.eclipse.ui.edit.undo");
		WorkbenchRobot.flushEvents();
		assertEquals(KraljicQuadrant.LEVERAGE, quadrant(store));
		assertTrue(shown(editor).contains("Not a key supplier"), shown(editor));
	}

	private static KraljicQuadrant quadrant(PurchaseCategory category) {
		return new KraljicClassifier(Thresholds.of(null)).classify(category).quadrant().orElseThrow();
	}

	private static String shown(AccountEditor editor) {
		return WorkbenchRobot.visibleText((Composite) editor.getActivePageInstance().getPartControl());
	}
}
