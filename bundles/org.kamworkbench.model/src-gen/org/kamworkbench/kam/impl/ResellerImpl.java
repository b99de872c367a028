/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import org.eclipse.emf.ecore.EClass;

import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Reseller;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reseller</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ResellerImpl extends NamedElementImpl implements Reseller {
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
	protected ResellerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.RESELLER;
	}

} //ResellerImpl
