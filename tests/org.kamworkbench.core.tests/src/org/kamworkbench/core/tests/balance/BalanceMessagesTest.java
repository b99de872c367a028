package org.kamworkbench.core.tests.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kamworkbench.core.balance.BalanceVerdict;
import org.kamworkbench.core.tests.kraljic.MessageFiles;

class BalanceMessagesTest {

	@Test
	void everyMessageHasAnEnglishAndADutchText() throws Exception {
		assertEquals(List.of(), MessageFiles.problems(BalanceVerdict.class));
	}
}
