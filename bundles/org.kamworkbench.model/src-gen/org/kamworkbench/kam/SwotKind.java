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
 * A representation of the literals of the enumeration '<em><b>Swot Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Quadrant of a SWOT analysis.
 * <!-- end-model-doc -->
 * @see org.kamworkbench.kam.KamPackage#getSwotKind()
 * @model
 * @generated
 */
public enum SwotKind implements Enumerator {
	/**
	 * The '<em><b>STRENGTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRENGTH_VALUE
	 * @generated
	 * @ordered
	 */
	STRENGTH(0, "STRENGTH", "STRENGTH"),

	/**
	 * The '<em><b>WEAKNESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEAKNESS_VALUE
	 * @generated
	 * @ordered
	 */
	WEAKNESS(1, "WEAKNESS", "WEAKNESS"),

	/**
	 * The '<em><b>OPPORTUNITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPPORTUNITY_VALUE
	 * @generated
	 * @ordered
	 */
	OPPORTUNITY(2, "OPPORTUNITY", "OPPORTUNITY"),

	/**
	 * The '<em><b>THREAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREAT_VALUE
	 * @generated
	 * @ordered
	 */
	THREAT(3, "THREAT", "THREAT");

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The '<em><b>STRENGTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRENGTH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STRENGTH_VALUE = 0;

	/**
	 * The '<em><b>WEAKNESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEAKNESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WEAKNESS_VALUE = 1;

	/**
	 * The '<em><b>OPPORTUNITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPPORTUNITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPPORTUNITY_VALUE = 2;

	/**
	 * The '<em><b>THREAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREAT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int THREAT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Swot Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SwotKind[] VALUES_ARRAY =
		new SwotKind[] {
			STRENGTH,
			WEAKNESS,
			OPPORTUNITY,
			THREAT,
		};

	/**
	 * A public read-only list of all the '<em><b>Swot Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SwotKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Swot Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SwotKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SwotKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Swot Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SwotKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SwotKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Swot Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SwotKind get(int value) {
		switch (value) {
			case STRENGTH_VALUE: return STRENGTH;
			case WEAKNESS_VALUE: return WEAKNESS;
			case OPPORTUNITY_VALUE: return OPPORTUNITY;
			case THREAT_VALUE: return THREAT;
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
	private SwotKind(int value, String name, String literal) {
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
	
} //SwotKind
