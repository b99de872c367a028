/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.kamworkbench.kam.Competitor;
import org.kamworkbench.kam.CompetitorPosition;
import org.kamworkbench.kam.KamPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Competitor Position</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.CompetitorPositionImpl#getCompetitor <em>Competitor</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.CompetitorPositionImpl#getShareOfWalletPercent <em>Share Of Wallet Percent</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.CompetitorPositionImpl#isBestCompetitor <em>Best Competitor</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.CompetitorPositionImpl#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CompetitorPositionImpl extends IdentifiedImpl implements CompetitorPosition {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The cached value of the '{@link #getCompetitor() <em>Competitor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetitor()
	 * @generated
	 * @ordered
	 */
	protected Competitor competitor;

	/**
	 * The default value of the '{@link #getShareOfWalletPercent() <em>Share Of Wallet Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShareOfWalletPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double SHARE_OF_WALLET_PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getShareOfWalletPercent() <em>Share Of Wallet Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShareOfWalletPercent()
	 * @generated
	 * @ordered
	 */
	protected double shareOfWalletPercent = SHARE_OF_WALLET_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #isBestCompetitor() <em>Best Competitor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBestCompetitor()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BEST_COMPETITOR_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBestCompetitor() <em>Best Competitor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBestCompetitor()
	 * @generated
	 * @ordered
	 */
	protected boolean bestCompetitor = BEST_COMPETITOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected String comment = COMMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CompetitorPositionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.COMPETITOR_POSITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Competitor getCompetitor() {
		return competitor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompetitor(Competitor newCompetitor) {
		Competitor oldCompetitor = competitor;
		competitor = newCompetitor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.COMPETITOR_POSITION__COMPETITOR, oldCompetitor, competitor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getShareOfWalletPercent() {
		return shareOfWalletPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShareOfWalletPercent(double newShareOfWalletPercent) {
		double oldShareOfWalletPercent = shareOfWalletPercent;
		shareOfWalletPercent = newShareOfWalletPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.COMPETITOR_POSITION__SHARE_OF_WALLET_PERCENT, oldShareOfWalletPercent, shareOfWalletPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBestCompetitor() {
		return bestCompetitor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBestCompetitor(boolean newBestCompetitor) {
		boolean oldBestCompetitor = bestCompetitor;
		bestCompetitor = newBestCompetitor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.COMPETITOR_POSITION__BEST_COMPETITOR, oldBestCompetitor, bestCompetitor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComment() {
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(String newComment) {
		String oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.COMPETITOR_POSITION__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KamPackage.COMPETITOR_POSITION__COMPETITOR:
				return getCompetitor();
			case KamPackage.COMPETITOR_POSITION__SHARE_OF_WALLET_PERCENT:
				return getShareOfWalletPercent();
			case KamPackage.COMPETITOR_POSITION__BEST_COMPETITOR:
				return isBestCompetitor();
			case KamPackage.COMPETITOR_POSITION__COMMENT:
				return getComment();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case KamPackage.COMPETITOR_POSITION__COMPETITOR:
				setCompetitor((Competitor)newValue);
				return;
			case KamPackage.COMPETITOR_POSITION__SHARE_OF_WALLET_PERCENT:
				setShareOfWalletPercent((Double)newValue);
				return;
			case KamPackage.COMPETITOR_POSITION__BEST_COMPETITOR:
				setBestCompetitor((Boolean)newValue);
				return;
			case KamPackage.COMPETITOR_POSITION__COMMENT:
				setComment((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case KamPackage.COMPETITOR_POSITION__COMPETITOR:
				setCompetitor((Competitor)null);
				return;
			case KamPackage.COMPETITOR_POSITION__SHARE_OF_WALLET_PERCENT:
				setShareOfWalletPercent(SHARE_OF_WALLET_PERCENT_EDEFAULT);
				return;
			case KamPackage.COMPETITOR_POSITION__BEST_COMPETITOR:
				setBestCompetitor(BEST_COMPETITOR_EDEFAULT);
				return;
			case KamPackage.COMPETITOR_POSITION__COMMENT:
				setComment(COMMENT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case KamPackage.COMPETITOR_POSITION__COMPETITOR:
				return competitor != null;
			case KamPackage.COMPETITOR_POSITION__SHARE_OF_WALLET_PERCENT:
				return shareOfWalletPercent != SHARE_OF_WALLET_PERCENT_EDEFAULT;
			case KamPackage.COMPETITOR_POSITION__BEST_COMPETITOR:
				return bestCompetitor != BEST_COMPETITOR_EDEFAULT;
			case KamPackage.COMPETITOR_POSITION__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (shareOfWalletPercent: ");
		result.append(shareOfWalletPercent);
		result.append(", bestCompetitor: ");
		result.append(bestCompetitor);
		result.append(", comment: ");
		result.append(comment);
		result.append(')');
		return result.toString();
	}

} //CompetitorPositionImpl
