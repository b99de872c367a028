package org.kamworkbench.core.tests.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kamworkbench.core.organisation.CentralLocalConflicts;
import org.kamworkbench.core.tests.kraljic.MessageFiles;

class OrganisationMessagesTest {

	@Test
	void everyMessageHasAnEnglishAndADutchText() throws Exception {
		assertEquals(List.of(), MessageFiles.problems(CentralLocalConflicts.class));
	}
}
