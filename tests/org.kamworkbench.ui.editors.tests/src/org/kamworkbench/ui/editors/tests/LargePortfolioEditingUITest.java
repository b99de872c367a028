package org.kamworkbench.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kamworkbench.core.generator.PortfolioGenerator;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.resource.PortfolioFiles;
import org.kamworkbench.tests.support.FailureEvidence;
import org.kamworkbench.tests.support.WorkbenchRobot;
import org.kamworkbench.ui.editors.MatrixPage;
import org.kamworkbench.ui.editors.PortfolioEditor;

/**
 * A score edited in a portfolio of 1,000 accounts: the matrix follows. The time to type the score (the
 * grid updated) and then to bring the matrix into view (it redraws with the new position) are printed as
 * benchmark figures ({@code BENCH edit_score_ms_1000 matrix_after_edit_ms_1000}), recorded in
 * docs/performance.md; they are not asserted, because timing on a shared machine is no test.
 */
@ExtendWith(FailureEvidence.class)
class LargePortfolioEditingUITest {

	private static final int ACCOUNTS = 1000;
	private static final int ROUNDS = 5;

	@AfterEach
	void closeEditors() {
		ExampleWorkspace.closeAllWithoutSaving();
	}

	@Test
	void aScoreTypedInAThousandAccountPortfolioMovesItsAccountInTheMatrix() throws Exception {
		IFile file = ExampleWorkspace.freshCopy("large.kam");
		Portfolio generated = PortfolioGenerator.generate(ACCOUNTS, 2002);
		PortfolioFiles.save(generated, file.getLocation().toPath());
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		PortfolioEditor editor = ExampleWorkspace.open(file);
		Account account = editor.portfolio().getAccounts().get(ACCOUNTS / 2);
		String criterion = editor.portfolio().getActiveCriteriaSet().getCriteria().get(0).getName();
		editor.setActivePage("matrix");
		WorkbenchRobot.flushEvents();
		editor.setActivePage("selection");
		WorkbenchRobot.flushEvents();
		Table grid = WorkbenchRobot.find((Composite) editor.getActivePageInstance().getPartControl(), Table.class,
				t -> Arrays.stream(t.getColumns()).anyMatch(c -> c.getText().equals("Attractiveness"))).get(0);
		// the matrix page was drawn once; every page follows every command, visible or not
		MatrixPage matrix = editor.matrixPage();

		long[] typing = new long[ROUNDS];
		long[] toMatrix = new long[ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			double before = attractiveness(matrix, account);
			String value = round % 2 == 0 ? "0" : "10";
			long start = System.nanoTime();
			WorkbenchRobot.typeIntoCell(grid, account, WorkbenchRobot.column(grid, criterion), value);
			WorkbenchRobot.flushEvents();
			long typed = System.nanoTime();
			editor.setActivePage("matrix");
			WorkbenchRobot.flushEvents();
			long shown = System.nanoTime();
			typing[round] = (typed - start) / 1_000_000;
			toMatrix[round] = (shown - typed) / 1_000_000;
			assertNotEquals(before, attractiveness(matrix, account), "the matrix did not follow the score");
			editor.setActivePage("selection");
			WorkbenchRobot.flushEvents();
		}
		System.out.println("BENCH edit_score_ms_" + ACCOUNTS + "=" + median(typing) + " matrix_after_edit_ms_" + ACCOUNTS
				+ "=" + median(toMatrix) + " typing_rounds_ms=" + Arrays.toString(typing) + " matrix_rounds_ms="
				+ Arrays.toString(toMatrix));
		assertEquals(ACCOUNTS, editor.portfolio().getAccounts().size());
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static double attractiveness(MatrixPage matrix, Account account) {
		List<MatrixPage.Placed> placed = matrix.placed();
		return placed.stream().filter(p -> p.account() == account).findFirst().orElseThrow().attractiveness();
	}
}
