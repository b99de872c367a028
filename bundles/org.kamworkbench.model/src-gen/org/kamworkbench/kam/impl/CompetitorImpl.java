/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import org.eclipse.emf.ecore.EClass;

import org.kamworkbench.kam.Competitor;
import org.kamworkbench.kam.KamPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Competitor</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class CompetitorImpl extends NamedElementImpl implements Competitor {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CompetitorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.COMPETITOR;
	}

} //CompetitorImpl
