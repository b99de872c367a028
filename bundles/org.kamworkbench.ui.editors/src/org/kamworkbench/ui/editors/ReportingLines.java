package org.kamworkbench.ui.editors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Who reports to whom, as a forest that can be drawn: the people who report to no one here are roots,
 * everyone else sits under the one they report to. Reporting lines that go round in a circle (which
 * validation reports) are cut at the first person of the circle in list order, who becomes a root, so
 * that every person appears exactly once and walking the forest always ends.
 */
final class ReportingLines<T> {

	private final List<T> roots = new ArrayList<>();
	private final Map<T, List<T>> reports = new LinkedHashMap<>();
	private final Set<T> cut = new HashSet<>();

	/** @param people everyone to show; {@code reportsTo} outside this list counts as reporting to no one */
	ReportingLines(List<T> people, Function<T, T> reportsTo) {
		Set<T> known = new HashSet<>(people);
		for (T person : people) {
			reports.put(person, new ArrayList<>());
		}
		for (T person : people) {
			T manager = reportsTo.apply(person);
			if (manager == null || !known.contains(manager)) {
				roots.add(person);
			} else {
				reports.get(manager).add(person);
			}
		}
		Set<T> placed = new HashSet<>();
		roots.forEach(root -> place(root, placed));
		// what is left hangs below a circle, or is in one
		for (T person : people) {
			if (!placed.contains(person)) {
				T first = firstOfCircleAbove(person, people, reportsTo);
				cut.add(first);
				reports.get(reportsTo.apply(first)).remove(first);
				roots.add(first);
				place(first, placed);
			}
		}
	}

	/** Walks up from someone not yet placed (so everyone above is known and not placed) to the circle. */
	private static <T> T firstOfCircleAbove(T person, List<T> people, Function<T, T> reportsTo) {
		Set<T> seen = new HashSet<>();
		T current = person;
		while (seen.add(current)) {
			current = reportsTo.apply(current);
		}
		T first = current;
		for (T member = reportsTo.apply(current); member != current; member = reportsTo.apply(member)) {
			if (people.indexOf(member) < people.indexOf(first)) {
				first = member;
			}
		}
		return first;
	}

	private void place(T person, Set<T> placed) {
		List<T> pending = new ArrayList<>(List.of(person));
		while (!pending.isEmpty()) {
			T next = pending.remove(pending.size() - 1);
			if (placed.add(next)) {
				pending.addAll(reports.get(next));
			}
		}
	}

	/** Those at the top, in list order: who reports to no one here, then who was cut out of a circle. */
	List<T> roots() {
		return List.copyOf(roots);
	}

	/** Who reports to the person, in list order. */
	List<T> reportsOf(T person) {
		return List.copyOf(reports.getOrDefault(person, List.of()));
	}

	/** Whether the person's reporting line was cut because it goes round in a circle. */
	boolean isCut(T person) {
		return cut.contains(person);
	}
}
