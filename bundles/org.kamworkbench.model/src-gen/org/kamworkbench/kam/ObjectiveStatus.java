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
 * A representation of the literals of the enumeration '<em><b>Objective Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Progress of an objective.
 * <!-- end-model-doc -->
 * @see org.kamworkbench.kam.KamPackage#getObjectiveStatus()
 * @model
 * @generated
 */
public enum ObjectiveStatus implements Enumerator {
	/**
	 * The '<em><b>NOT STARTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_STARTED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_STARTED(0, "NOT_STARTED", "NOT_STARTED"),

	/**
	 * The '<em><b>ON TRACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_TRACK_VALUE
	 * @generated
	 * @ordered
	 */
	ON_TRACK(1, "ON_TRACK", "ON_TRACK"),

	/**
	 * The '<em><b>AT RISK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AT_RISK_VALUE
	 * @generated
	 * @ordered
	 */
	AT_RISK(2, "AT_RISK", "AT_RISK"),

	/**
	 * The '<em><b>OFF TRACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFF_TRACK_VALUE
	 * @generated
	 * @ordered
	 */
	OFF_TRACK(3, "OFF_TRACK", "OFF_TRACK"),

	/**
	 * The '<em><b>ACHIEVED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACHIEVED_VALUE
	 * @generated
	 * @ordered
	 */
	ACHIEVED(4, "ACHIEVED", "ACHIEVED"),

	/**
	 * The '<em><b>MISSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISSED_VALUE
	 * @generated
	 * @ordered
	 */
	MISSED(5, "MISSED", "MISSED"),

	/**
	 * The '<em><b>CANCELLED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANCELLED_VALUE
	 * @generated
	 * @ordered
	 */
	CANCELLED(6, "CANCELLED", "CANCELLED");

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The '<em><b>NOT STARTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_STARTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_STARTED_VALUE = 0;

	/**
	 * The '<em><b>ON TRACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_TRACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ON_TRACK_VALUE = 1;

	/**
	 * The '<em><b>AT RISK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AT_RISK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AT_RISK_VALUE = 2;

	/**
	 * The '<em><b>OFF TRACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFF_TRACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OFF_TRACK_VALUE = 3;

	/**
	 * The '<em><b>ACHIEVED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACHIEVED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACHIEVED_VALUE = 4;

	/**
	 * The '<em><b>MISSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISSED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MISSED_VALUE = 5;

	/**
	 * The '<em><b>CANCELLED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANCELLED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CANCELLED_VALUE = 6;

	/**
	 * An array of all the '<em><b>Objective Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ObjectiveStatus[] VALUES_ARRAY =
		new ObjectiveStatus[] {
			NOT_STARTED,
			ON_TRACK,
			AT_RISK,
			OFF_TRACK,
			ACHIEVED,
			MISSED,
			CANCELLED,
		};

	/**
	 * A public read-only list of all the '<em><b>Objective Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ObjectiveStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Objective Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ObjectiveStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ObjectiveStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Objective Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ObjectiveStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ObjectiveStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Objective Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ObjectiveStatus get(int value) {
		switch (value) {
			case NOT_STARTED_VALUE: return NOT_STARTED;
			case ON_TRACK_VALUE: return ON_TRACK;
			case AT_RISK_VALUE: return AT_RISK;
			case OFF_TRACK_VALUE: return OFF_TRACK;
			case ACHIEVED_VALUE: return ACHIEVED;
			case MISSED_VALUE: return MISSED;
			case CANCELLED_VALUE: return CANCELLED;
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
	private ObjectiveStatus(int value, String name, String literal) {
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
	
} //ObjectiveStatus
