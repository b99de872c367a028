package org.kamworkbench.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.kamworkbench.kam.AccountTeamMember;
import org.kamworkbench.kam.CompetitorPosition;
import org.kamworkbench.kam.IndirectRevenue;
import org.kamworkbench.kam.KnowledgeNote;
import org.kamworkbench.kam.KraljicFactorScore;
import org.kamworkbench.kam.NamedElement;
import org.kamworkbench.kam.Periodic;
import org.kamworkbench.kam.PlanReview;
import org.kamworkbench.kam.Portfolio;
import org.kamworkbench.kam.RelationshipLink;
import org.kamworkbench.kam.Score;
import org.kamworkbench.kam.SwotItem;
import org.kamworkbench.kam.UnitCredit;

/**
 * How messages name an object of a portfolio, in the user's language: by its own name where it has one
 * (a score by its criterion, a team member by the person), with its kind, and by a readable path from its
 * account down, e.g. {@code Brouwer Foods > Plan 2026 > objective 'Grow share'}.
 */
public final class ObjectLabels {

	private static final String SEPARATOR = " > "; //$NON-NLS-1$
	private static final int LONGEST_TEXT = 40;

	private ObjectLabels() {
	}

	/** The object's own name, or {@code null} when it has none. */
	public static String name(EObject object) {
		String name = switch (object) {
		case null -> null;
		case NamedElement named -> named.getName();
		case Periodic periodic -> periodic.getPeriodLabel() != null && !periodic.getPeriodLabel().isBlank()
				? periodic.getPeriodLabel()
				: periodic.getPeriodStart() != null ? periodic.getPeriodStart().toString() : null;
		case AccountTeamMember member -> name(member.getPerson());
		case RelationshipLink link -> link.getOurPerson() == null || link.getContact() == null ? null
				: name(link.getOurPerson()) + " \u2013 " + name(link.getContact()); //$NON-NLS-1$
		case Score score -> name(score.getCriterion());
		case KraljicFactorScore factor -> factor.getFactor();
		case IndirectRevenue revenue -> name(revenue.getReseller());
		case UnitCredit credit -> name(credit.getUnit());
		case CompetitorPosition position -> name(position.getCompetitor());
		case SwotItem item -> shortened(item.getText());
		case PlanReview review -> review.getDate() == null ? null : review.getDate().toString();
		case KnowledgeNote note -> note.getTitle();
		default -> null;
		};
		return name == null || name.isBlank() ? null : name.strip();
	}

	/** The kind of object in words, lower case, e.g. "objective". */
	public static String typeName(EObject object) {
		String text = Messages.lookup("Type_" + object.eClass().getName()); //$NON-NLS-1$
		return text != null ? text : object.eClass().getName();
	}

	/** The name of a feature in words, lower case, e.g. "reports to". */
	public static String featureName(EStructuralFeature feature) {
		String text = Messages.lookup("Feature_" + feature.getName()); //$NON-NLS-1$
		return text != null ? text : feature.getName();
	}

	/** Kind and name, e.g. {@code objective 'Grow share'}; just the kind for objects that never have a name. */
	public static String label(EObject object) {
		String name = name(object);
		if (name != null) {
			return NLS.bind(Messages.Label_named, typeName(object), name);
		}
		return object instanceof NamedElement ? NLS.bind(Messages.Label_unnamed, typeName(object)) : typeName(object);
	}

	/**
	 * The readable path of the object below the portfolio: each container by its name (or kind), then the
	 * object's {@link #label(EObject) label}. A portfolio is named by its label.
	 */
	public static String path(EObject object) {
		List<String> parts = new ArrayList<>();
		parts.add(label(object));
		for (EObject container = object.eContainer(); container != null
				&& !(container instanceof Portfolio); container = container.eContainer()) {
			String name = name(container);
			parts.add(name != null ? name : typeName(container));
		}
		Collections.reverse(parts);
		return String.join(SEPARATOR, parts);
	}

	/** A name that is not {@code null}: the own name, or else the label. */
	static String nameOrLabel(EObject object) {
		String name = name(object);
		return name != null ? name : label(object);
	}

	private static String shortened(String text) {
		if (text == null) {
			return null;
		}
		String line = text.strip().lines().findFirst().orElse(""); //$NON-NLS-1$
		return line.length() <= LONGEST_TEXT ? line : line.substring(0, LONGEST_TEXT - 1) + '\u2026';
	}
}
