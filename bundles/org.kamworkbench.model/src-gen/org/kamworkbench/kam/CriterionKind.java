/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Criterion Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a selection criterion measures.
 * <!-- end-model-doc -->
 * @see org.kamworkbench.kam.KamPackage#getCriterionKind()
 * @model
 * @generated
 */
public enum CriterionKind implements Enumerator {
	/**
	 * The '<em><b>REVENUE POTENTIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVENUE_POTENTIAL_VALUE
	 * @generated
	 * @ordered
	 */
	REVENUE_POTENTIAL(0, "REVENUE_POTENTIAL", "REVENUE_POTENTIAL"),

	/**
	 * The '<em><b>PROFIT CONTRIBUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFIT_CONTRIBUTION_VALUE
	 * @generated
	 * @ordered
	 */
	PROFIT_CONTRIBUTION(1, "PROFIT_CONTRIBUTION", "PROFIT_CONTRIBUTION"),

	/**
	 * The '<em><b>STRATEGIC CONTRIBUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRATEGIC_CONTRIBUTION_VALUE
	 * @generated
	 * @ordered
	 */
	STRATEGIC_CONTRIBUTION(2, "STRATEGIC_CONTRIBUTION", "STRATEGIC_CONTRIBUTION"),

	/**
	 * The '<em><b>LEARNING EFFECTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEARNING_EFFECTS_VALUE
	 * @generated
	 * @ordered
	 */
	LEARNING_EFFECTS(3, "LEARNING_EFFECTS", "LEARNING_EFFECTS"),

	/**
	 * The '<em><b>REPUTATION EFFECTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPUTATION_EFFECTS_VALUE
	 * @generated
	 * @ordered
	 */
	REPUTATION_EFFECTS(4, "REPUTATION_EFFECTS", "REPUTATION_EFFECTS"),

	/**
	 * The '<em><b>NETWORK EFFECTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORK_EFFECTS_VALUE
	 * @generated
	 * @ordered
	 */
	NETWORK_EFFECTS(5, "NETWORK_EFFECTS", "NETWORK_EFFECTS"),

	/**
	 * The '<em><b>OWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A criterion of the organisation's own.
	 * <!-- end-model-doc -->
	 * @see #OWN_VALUE
	 * @generated
	 * @ordered
	 */
	OWN(6, "OWN", "OWN");

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The '<em><b>REVENUE POTENTIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVENUE_POTENTIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REVENUE_POTENTIAL_VALUE = 0;

	/**
	 * The '<em><b>PROFIT CONTRIBUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFIT_CONTRIBUTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROFIT_CONTRIBUTION_VALUE = 1;

	/**
	 * The '<em><b>STRATEGIC CONTRIBUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRATEGIC_CONTRIBUTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STRATEGIC_CONTRIBUTION_VALUE = 2;

	/**
	 * The '<em><b>LEARNING EFFECTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEARNING_EFFECTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEARNING_EFFECTS_VALUE = 3;

	/**
	 * The '<em><b>REPUTATION EFFECTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPUTATION_EFFECTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPUTATION_EFFECTS_VALUE = 4;

	/**
	 * The '<em><b>NETWORK EFFECTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORK_EFFECTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NETWORK_EFFECTS_VALUE = 5;

	/**
	 * The '<em><b>OWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A criterion of the organisation's own.
	 * <!-- end-model-doc -->
	 * @see #OWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OWN_VALUE = 6;

	/**
	 * An array of all the '<em><b>Criterion Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CriterionKind[] VALUES_ARRAY =
		new CriterionKind[] {
			REVENUE_POTENTIAL,
			PROFIT_CONTRIBUTION,
			STRATEGIC_CONTRIBUTION,
			LEARNING_EFFECTS,
			REPUTATION_EFFECTS,
			NETWORK_EFFECTS,
			OWN,
		};

	/**
	 * A public read-only list of all the '<em><b>Criterion Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CriterionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Criterion Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CriterionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CriterionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Criterion Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CriterionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CriterionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Criterion Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CriterionKind get(int value) {
		switch (value) {
			case REVENUE_POTENTIAL_VALUE: return REVENUE_POTENTIAL;
			case PROFIT_CONTRIBUTION_VALUE: return PROFIT_CONTRIBUTION;
			case STRATEGIC_CONTRIBUTION_VALUE: return STRATEGIC_CONTRIBUTION;
			case LEARNING_EFFECTS_VALUE: return LEARNING_EFFECTS;
			case REPUTATION_EFFECTS_VALUE: return REPUTATION_EFFECTS;
			case NETWORK_EFFECTS_VALUE: return NETWORK_EFFECTS;
			case OWN_VALUE: return OWN;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private CriterionKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //CriterionKind
