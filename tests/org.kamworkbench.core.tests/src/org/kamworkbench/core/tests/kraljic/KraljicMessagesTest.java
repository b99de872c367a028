package org.kamworkbench.core.tests.kraljic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kamworkbench.core.kraljic.KraljicClassifier;

class KraljicMessagesTest {

	@Test
	void everyMessageHasAnEnglishAndADutchText() throws Exception {
		assertEquals(List.of(), MessageFiles.problems(KraljicClassifier.class));
	}
}
