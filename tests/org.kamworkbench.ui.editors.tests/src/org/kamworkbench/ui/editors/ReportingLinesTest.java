package org.kamworkbench.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReportingLinesTest {

	@Test
	void everyoneSitsUnderTheOneTheyReportTo() {
		ReportingLines<String> lines = new ReportingLines<>(List.of("cfo", "cpo", "buyer", "engineer"),
				Map.of("cpo", "cfo", "buyer", "cpo")::get);
		assertEquals(List.of("cfo", "engineer"), lines.roots());
		assertEquals(List.of("cpo"), lines.reportsOf("cfo"));
		assertEquals(List.of("buyer"), lines.reportsOf("cpo"));
		assertFalse(lines.isCut("cpo"));
	}

	@Test
	void someoneReportingOutsideTheListIsAtTheTop() {
		ReportingLines<String> lines = new ReportingLines<>(List.of("a"), Map.of("a", "elsewhere")::get);
		assertEquals(List.of("a"), lines.roots());
	}

	@Test
	void aCircleIsCutAtItsFirstPersonAndEveryoneAppearsOnce() {
		// b and c report to each other, d reports into the circle, e to themselves
		List<String> people = List.of("d", "c", "b", "e");
		ReportingLines<String> lines = new ReportingLines<>(people, Map.of("b", "c", "c", "b", "d", "c", "e", "e")::get);
		assertEquals(List.of("c", "e"), lines.roots());
		assertTrue(lines.isCut("c"));
		assertTrue(lines.isCut("e"));
		assertFalse(lines.isCut("d"), "d only reports into the circle");
		assertEquals(people.stream().sorted().toList(), everyone(lines).stream().sorted().toList());
	}

	private static List<String> everyone(ReportingLines<String> lines) {
		List<String> seen = new ArrayList<>();
		List<String> pending = new ArrayList<>(lines.roots());
		while (!pending.isEmpty()) {
			String next = pending.remove(0);
			seen.add(next);
			pending.addAll(lines.reportsOf(next));
		}
		return seen;
	}
}
