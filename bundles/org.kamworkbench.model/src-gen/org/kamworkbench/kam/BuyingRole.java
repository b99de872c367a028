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
 * A representation of the literals of the enumeration '<em><b>Buying Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Role of a contact in the customer's buying centre.
 * <!-- end-model-doc -->
 * @see org.kamworkbench.kam.KamPackage#getBuyingRole()
 * @model
 * @generated
 */
public enum BuyingRole implements Enumerator {
	/**
	 * The '<em><b>UNKNOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN(0, "UNKNOWN", "UNKNOWN"),

	/**
	 * The '<em><b>DECISION MAKER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECISION_MAKER_VALUE
	 * @generated
	 * @ordered
	 */
	DECISION_MAKER(1, "DECISION_MAKER", "DECISION_MAKER"),

	/**
	 * The '<em><b>ECONOMIC BUYER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECONOMIC_BUYER_VALUE
	 * @generated
	 * @ordered
	 */
	ECONOMIC_BUYER(2, "ECONOMIC_BUYER", "ECONOMIC_BUYER"),

	/**
	 * The '<em><b>INFLUENCER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFLUENCER_VALUE
	 * @generated
	 * @ordered
	 */
	INFLUENCER(3, "INFLUENCER", "INFLUENCER"),

	/**
	 * The '<em><b>USER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER_VALUE
	 * @generated
	 * @ordered
	 */
	USER(4, "USER", "USER"),

	/**
	 * The '<em><b>GATEKEEPER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GATEKEEPER_VALUE
	 * @generated
	 * @ordered
	 */
	GATEKEEPER(5, "GATEKEEPER", "GATEKEEPER");

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The '<em><b>UNKNOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_VALUE = 0;

	/**
	 * The '<em><b>DECISION MAKER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECISION_MAKER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DECISION_MAKER_VALUE = 1;

	/**
	 * The '<em><b>ECONOMIC BUYER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECONOMIC_BUYER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ECONOMIC_BUYER_VALUE = 2;

	/**
	 * The '<em><b>INFLUENCER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFLUENCER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFLUENCER_VALUE = 3;

	/**
	 * The '<em><b>USER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int USER_VALUE = 4;

	/**
	 * The '<em><b>GATEKEEPER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GATEKEEPER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GATEKEEPER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Buying Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BuyingRole[] VALUES_ARRAY =
		new BuyingRole[] {
			UNKNOWN,
			DECISION_MAKER,
			ECONOMIC_BUYER,
			INFLUENCER,
			USER,
			GATEKEEPER,
		};

	/**
	 * A public read-only list of all the '<em><b>Buying Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BuyingRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Buying Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BuyingRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BuyingRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Buying Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BuyingRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BuyingRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Buying Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BuyingRole get(int value) {
		switch (value) {
			case UNKNOWN_VALUE: return UNKNOWN;
			case DECISION_MAKER_VALUE: return DECISION_MAKER;
			case ECONOMIC_BUYER_VALUE: return ECONOMIC_BUYER;
			case INFLUENCER_VALUE: return INFLUENCER;
			case USER_VALUE: return USER;
			case GATEKEEPER_VALUE: return GATEKEEPER;
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
	private BuyingRole(int value, String name, String literal) {
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
	
} //BuyingRole
