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
 * A representation of the literals of the enumeration '<em><b>Axis</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Axis of the account portfolio matrix.
 * <!-- end-model-doc -->
 * @see org.kamworkbench.kam.KamPackage#getAxis()
 * @model
 * @generated
 */
public enum Axis implements Enumerator {
	/**
	 * The '<em><b>ATTRACTIVENESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Account attractiveness (vertical axis).
	 * <!-- end-model-doc -->
	 * @see #ATTRACTIVENESS_VALUE
	 * @generated
	 * @ordered
	 */
	ATTRACTIVENESS(0, "ATTRACTIVENESS", "ATTRACTIVENESS"),

	/**
	 * The '<em><b>RELATIVE STRENGTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Our relative strength with the account against the best competitor (horizontal axis).
	 * <!-- end-model-doc -->
	 * @see #RELATIVE_STRENGTH_VALUE
	 * @generated
	 * @ordered
	 */
	RELATIVE_STRENGTH(1, "RELATIVE_STRENGTH", "RELATIVE_STRENGTH");

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The '<em><b>ATTRACTIVENESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Account attractiveness (vertical axis).
	 * <!-- end-model-doc -->
	 * @see #ATTRACTIVENESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ATTRACTIVENESS_VALUE = 0;

	/**
	 * The '<em><b>RELATIVE STRENGTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Our relative strength with the account against the best competitor (horizontal axis).
	 * <!-- end-model-doc -->
	 * @see #RELATIVE_STRENGTH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RELATIVE_STRENGTH_VALUE = 1;

	/**
	 * An array of all the '<em><b>Axis</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Axis[] VALUES_ARRAY =
		new Axis[] {
			ATTRACTIVENESS,
			RELATIVE_STRENGTH,
		};

	/**
	 * A public read-only list of all the '<em><b>Axis</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Axis> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Axis</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Axis get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Axis result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Axis</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Axis getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Axis result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Axis</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Axis get(int value) {
		switch (value) {
			case ATTRACTIVENESS_VALUE: return ATTRACTIVENESS;
			case RELATIVE_STRENGTH_VALUE: return RELATIVE_STRENGTH;
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
	private Axis(int value, String name, String literal) {
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
	
} //Axis
