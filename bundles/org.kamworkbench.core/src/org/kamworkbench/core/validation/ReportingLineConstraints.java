package org.kamworkbench.core.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.kamworkbench.kam.AccountTeamMember;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.KamPackage.Literals;
import org.kamworkbench.kam.Person;

/**
 * Reporting lines (domain point 5) do not go round in a circle: a contact's {@code reportsTo}, a team
 * member's {@code reportsTo} and a person's {@code manager}. Someone reporting to themselves is a circle of
 * one. Each circle is reported once, on the member that comes first in the portfolio, naming all members.
 */
final class ReportingLineConstraints {

	private static final String ARROW = " \u2192 "; //$NON-NLS-1$

	private ReportingLineConstraints() {
	}

	static void check(Contact contact, Findings findings) {
		List<Contact> circle = circleThrough(contact, Contact::getReportsTo);
		if (circle != null) {
			findings.report(Constraint.CONTACT_REPORTING_CYCLE, contact, Literals.CONTACT__REPORTS_TO,
					NLS.bind(Messages.Validation_contactCycle, containerName(contact), chain(circle)), others(circle));
		}
	}

	static void check(AccountTeamMember member, Findings findings) {
		List<AccountTeamMember> circle = circleThrough(member, AccountTeamMember::getReportsTo);
		if (circle != null) {
			findings.report(Constraint.TEAM_REPORTING_CYCLE, member, Literals.ACCOUNT_TEAM_MEMBER__REPORTS_TO,
					NLS.bind(Messages.Validation_teamCycle, containerName(member), chain(circle)), others(circle));
		}
	}

	static void check(Person person, Findings findings) {
		List<Person> circle = circleThrough(person, Person::getManager);
		if (circle != null) {
			findings.report(Constraint.MANAGER_CYCLE, person, Literals.PERSON__MANAGER,
					NLS.bind(Messages.Validation_managerCycle, chain(circle)), others(circle));
		}
	}

	/**
	 * The circle that {@code start} lies on, starting with it, when {@code start} is the member reported
	 * for it; otherwise (no circle, or a circle reported on another member) {@code null}.
	 */
	private static <T extends EObject> List<T> circleThrough(T start, UnaryOperator<T> next) {
		List<T> path = new ArrayList<>();
		Set<T> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		T current = start;
		while (current != null && seen.add(current)) {
			path.add(current);
			current = next.apply(current);
		}
		if (current != start) {
			return null;
		}
		int[] own = position(start);
		for (T member : path) {
			if (Arrays.compare(position(member), own) < 0) {
				return null;
			}
		}
		return path;
	}

	/** Indices of the object's containment path from the root; orders objects as the portfolio lists them. */
	private static int[] position(EObject object) {
		List<Integer> indices = new ArrayList<>();
		for (EObject current = object; current.eContainer() != null; current = current.eContainer()) {
			EReference feature = current.eContainmentFeature();
			Object siblings = current.eContainer().eGet(feature);
			indices.add(feature.isMany() ? ((List<?>) siblings).indexOf(current) : 0);
			indices.add(current.eContainer().eClass().getFeatureID(feature));
		}
		Collections.reverse(indices);
		return indices.stream().mapToInt(Integer::intValue).toArray();
	}

	private static String chain(List<? extends EObject> circle) {
		List<String> names = new ArrayList<>();
		for (EObject member : circle) {
			names.add(ObjectLabels.nameOrLabel(member));
		}
		names.add(names.get(0));
		return String.join(ARROW, names);
	}

	private static Object[] others(List<? extends EObject> circle) {
		return circle.subList(1, circle.size()).toArray();
	}

	private static String containerName(EObject object) {
		return object.eContainer() == null ? "" : ObjectLabels.nameOrLabel(object.eContainer()); //$NON-NLS-1$
	}
}
