/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.ThresholdSide;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Analysis Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl#getAttractivenessThreshold <em>Attractiveness Threshold</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl#getStrengthThreshold <em>Strength Threshold</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl#getBoundarySide <em>Boundary Side</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl#isStrengthHighOnLeft <em>Strength High On Left</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl#getKraljicProfitImpactThreshold <em>Kraljic Profit Impact Threshold</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl#getKraljicSupplyRiskThreshold <em>Kraljic Supply Risk Threshold</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl#getPreferencingValueThreshold <em>Preferencing Value Threshold</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl#getPreferencingAttractivenessThreshold <em>Preferencing Attractiveness Threshold</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl#getKeyAccountSelectionThreshold <em>Key Account Selection Threshold</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl#getBalanceTolerance <em>Balance Tolerance</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl#getStalenessDays <em>Staleness Days</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl#getContactStalenessDays <em>Contact Staleness Days</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl#getMinimumKeyAccounts <em>Minimum Key Accounts</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl#getMaximumKeyAccounts <em>Maximum Key Accounts</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl#getMinimumCriteriaPerAxis <em>Minimum Criteria Per Axis</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl#getMaximumCriteriaPerAxis <em>Maximum Criteria Per Axis</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl#getWeightTotal <em>Weight Total</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl#getSensitivityRuns <em>Sensitivity Runs</em>}</li>
 *   <li>{@link org.kamworkbench.kam.impl.AnalysisSettingsImpl#getSensitivityWeightVariationPercent <em>Sensitivity Weight Variation Percent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnalysisSettingsImpl extends IdentifiedImpl implements AnalysisSettings {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * The default value of the '{@link #getAttractivenessThreshold() <em>Attractiveness Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttractivenessThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double ATTRACTIVENESS_THRESHOLD_EDEFAULT = 5.0;

	/**
	 * The cached value of the '{@link #getAttractivenessThreshold() <em>Attractiveness Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttractivenessThreshold()
	 * @generated
	 * @ordered
	 */
	protected double attractivenessThreshold = ATTRACTIVENESS_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getStrengthThreshold() <em>Strength Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrengthThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double STRENGTH_THRESHOLD_EDEFAULT = 5.0;

	/**
	 * The cached value of the '{@link #getStrengthThreshold() <em>Strength Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrengthThreshold()
	 * @generated
	 * @ordered
	 */
	protected double strengthThreshold = STRENGTH_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getBoundarySide() <em>Boundary Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoundarySide()
	 * @generated
	 * @ordered
	 */
	protected static final ThresholdSide BOUNDARY_SIDE_EDEFAULT = ThresholdSide.HIGH;

	/**
	 * The cached value of the '{@link #getBoundarySide() <em>Boundary Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoundarySide()
	 * @generated
	 * @ordered
	 */
	protected ThresholdSide boundarySide = BOUNDARY_SIDE_EDEFAULT;

	/**
	 * The default value of the '{@link #isStrengthHighOnLeft() <em>Strength High On Left</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStrengthHighOnLeft()
	 * @generated
	 * @ordered
	 */
	protected static final boolean STRENGTH_HIGH_ON_LEFT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isStrengthHighOnLeft() <em>Strength High On Left</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStrengthHighOnLeft()
	 * @generated
	 * @ordered
	 */
	protected boolean strengthHighOnLeft = STRENGTH_HIGH_ON_LEFT_EDEFAULT;

	/**
	 * The default value of the '{@link #getKraljicProfitImpactThreshold() <em>Kraljic Profit Impact Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKraljicProfitImpactThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double KRALJIC_PROFIT_IMPACT_THRESHOLD_EDEFAULT = 5.0;

	/**
	 * The cached value of the '{@link #getKraljicProfitImpactThreshold() <em>Kraljic Profit Impact Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKraljicProfitImpactThreshold()
	 * @generated
	 * @ordered
	 */
	protected double kraljicProfitImpactThreshold = KRALJIC_PROFIT_IMPACT_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getKraljicSupplyRiskThreshold() <em>Kraljic Supply Risk Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKraljicSupplyRiskThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double KRALJIC_SUPPLY_RISK_THRESHOLD_EDEFAULT = 5.0;

	/**
	 * The cached value of the '{@link #getKraljicSupplyRiskThreshold() <em>Kraljic Supply Risk Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKraljicSupplyRiskThreshold()
	 * @generated
	 * @ordered
	 */
	protected double kraljicSupplyRiskThreshold = KRALJIC_SUPPLY_RISK_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreferencingValueThreshold() <em>Preferencing Value Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferencingValueThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double PREFERENCING_VALUE_THRESHOLD_EDEFAULT = 5.0;

	/**
	 * The cached value of the '{@link #getPreferencingValueThreshold() <em>Preferencing Value Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferencingValueThreshold()
	 * @generated
	 * @ordered
	 */
	protected double preferencingValueThreshold = PREFERENCING_VALUE_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreferencingAttractivenessThreshold() <em>Preferencing Attractiveness Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferencingAttractivenessThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double PREFERENCING_ATTRACTIVENESS_THRESHOLD_EDEFAULT = 5.0;

	/**
	 * The cached value of the '{@link #getPreferencingAttractivenessThreshold() <em>Preferencing Attractiveness Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferencingAttractivenessThreshold()
	 * @generated
	 * @ordered
	 */
	protected double preferencingAttractivenessThreshold = PREFERENCING_ATTRACTIVENESS_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeyAccountSelectionThreshold() <em>Key Account Selection Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyAccountSelectionThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double KEY_ACCOUNT_SELECTION_THRESHOLD_EDEFAULT = 5.0;

	/**
	 * The cached value of the '{@link #getKeyAccountSelectionThreshold() <em>Key Account Selection Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyAccountSelectionThreshold()
	 * @generated
	 * @ordered
	 */
	protected double keyAccountSelectionThreshold = KEY_ACCOUNT_SELECTION_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getBalanceTolerance() <em>Balance Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBalanceTolerance()
	 * @generated
	 * @ordered
	 */
	protected static final double BALANCE_TOLERANCE_EDEFAULT = 2.0;

	/**
	 * The cached value of the '{@link #getBalanceTolerance() <em>Balance Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBalanceTolerance()
	 * @generated
	 * @ordered
	 */
	protected double balanceTolerance = BALANCE_TOLERANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStalenessDays() <em>Staleness Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStalenessDays()
	 * @generated
	 * @ordered
	 */
	protected static final int STALENESS_DAYS_EDEFAULT = 180;

	/**
	 * The cached value of the '{@link #getStalenessDays() <em>Staleness Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStalenessDays()
	 * @generated
	 * @ordered
	 */
	protected int stalenessDays = STALENESS_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getContactStalenessDays() <em>Contact Staleness Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactStalenessDays()
	 * @generated
	 * @ordered
	 */
	protected static final int CONTACT_STALENESS_DAYS_EDEFAULT = 90;

	/**
	 * The cached value of the '{@link #getContactStalenessDays() <em>Contact Staleness Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactStalenessDays()
	 * @generated
	 * @ordered
	 */
	protected int contactStalenessDays = CONTACT_STALENESS_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumKeyAccounts() <em>Minimum Key Accounts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumKeyAccounts()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_KEY_ACCOUNTS_EDEFAULT = 15;

	/**
	 * The cached value of the '{@link #getMinimumKeyAccounts() <em>Minimum Key Accounts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumKeyAccounts()
	 * @generated
	 * @ordered
	 */
	protected int minimumKeyAccounts = MINIMUM_KEY_ACCOUNTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaximumKeyAccounts() <em>Maximum Key Accounts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumKeyAccounts()
	 * @generated
	 * @ordered
	 */
	protected static final int MAXIMUM_KEY_ACCOUNTS_EDEFAULT = 35;

	/**
	 * The cached value of the '{@link #getMaximumKeyAccounts() <em>Maximum Key Accounts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumKeyAccounts()
	 * @generated
	 * @ordered
	 */
	protected int maximumKeyAccounts = MAXIMUM_KEY_ACCOUNTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumCriteriaPerAxis() <em>Minimum Criteria Per Axis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumCriteriaPerAxis()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_CRITERIA_PER_AXIS_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getMinimumCriteriaPerAxis() <em>Minimum Criteria Per Axis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumCriteriaPerAxis()
	 * @generated
	 * @ordered
	 */
	protected int minimumCriteriaPerAxis = MINIMUM_CRITERIA_PER_AXIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaximumCriteriaPerAxis() <em>Maximum Criteria Per Axis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumCriteriaPerAxis()
	 * @generated
	 * @ordered
	 */
	protected static final int MAXIMUM_CRITERIA_PER_AXIS_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getMaximumCriteriaPerAxis() <em>Maximum Criteria Per Axis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumCriteriaPerAxis()
	 * @generated
	 * @ordered
	 */
	protected int maximumCriteriaPerAxis = MAXIMUM_CRITERIA_PER_AXIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightTotal() <em>Weight Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightTotal()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_TOTAL_EDEFAULT = 100.0;

	/**
	 * The cached value of the '{@link #getWeightTotal() <em>Weight Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightTotal()
	 * @generated
	 * @ordered
	 */
	protected double weightTotal = WEIGHT_TOTAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSensitivityRuns() <em>Sensitivity Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSensitivityRuns()
	 * @generated
	 * @ordered
	 */
	protected static final int SENSITIVITY_RUNS_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getSensitivityRuns() <em>Sensitivity Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSensitivityRuns()
	 * @generated
	 * @ordered
	 */
	protected int sensitivityRuns = SENSITIVITY_RUNS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSensitivityWeightVariationPercent() <em>Sensitivity Weight Variation Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSensitivityWeightVariationPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double SENSITIVITY_WEIGHT_VARIATION_PERCENT_EDEFAULT = 20.0;

	/**
	 * The cached value of the '{@link #getSensitivityWeightVariationPercent() <em>Sensitivity Weight Variation Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSensitivityWeightVariationPercent()
	 * @generated
	 * @ordered
	 */
	protected double sensitivityWeightVariationPercent = SENSITIVITY_WEIGHT_VARIATION_PERCENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnalysisSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return KamPackage.Literals.ANALYSIS_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAttractivenessThreshold() {
		return attractivenessThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttractivenessThreshold(double newAttractivenessThreshold) {
		double oldAttractivenessThreshold = attractivenessThreshold;
		attractivenessThreshold = newAttractivenessThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ANALYSIS_SETTINGS__ATTRACTIVENESS_THRESHOLD, oldAttractivenessThreshold, attractivenessThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStrengthThreshold() {
		return strengthThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrengthThreshold(double newStrengthThreshold) {
		double oldStrengthThreshold = strengthThreshold;
		strengthThreshold = newStrengthThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ANALYSIS_SETTINGS__STRENGTH_THRESHOLD, oldStrengthThreshold, strengthThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ThresholdSide getBoundarySide() {
		return boundarySide;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBoundarySide(ThresholdSide newBoundarySide) {
		ThresholdSide oldBoundarySide = boundarySide;
		boundarySide = newBoundarySide == null ? BOUNDARY_SIDE_EDEFAULT : newBoundarySide;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ANALYSIS_SETTINGS__BOUNDARY_SIDE, oldBoundarySide, boundarySide));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isStrengthHighOnLeft() {
		return strengthHighOnLeft;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrengthHighOnLeft(boolean newStrengthHighOnLeft) {
		boolean oldStrengthHighOnLeft = strengthHighOnLeft;
		strengthHighOnLeft = newStrengthHighOnLeft;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ANALYSIS_SETTINGS__STRENGTH_HIGH_ON_LEFT, oldStrengthHighOnLeft, strengthHighOnLeft));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getKraljicProfitImpactThreshold() {
		return kraljicProfitImpactThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKraljicProfitImpactThreshold(double newKraljicProfitImpactThreshold) {
		double oldKraljicProfitImpactThreshold = kraljicProfitImpactThreshold;
		kraljicProfitImpactThreshold = newKraljicProfitImpactThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ANALYSIS_SETTINGS__KRALJIC_PROFIT_IMPACT_THRESHOLD, oldKraljicProfitImpactThreshold, kraljicProfitImpactThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getKraljicSupplyRiskThreshold() {
		return kraljicSupplyRiskThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKraljicSupplyRiskThreshold(double newKraljicSupplyRiskThreshold) {
		double oldKraljicSupplyRiskThreshold = kraljicSupplyRiskThreshold;
		kraljicSupplyRiskThreshold = newKraljicSupplyRiskThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ANALYSIS_SETTINGS__KRALJIC_SUPPLY_RISK_THRESHOLD, oldKraljicSupplyRiskThreshold, kraljicSupplyRiskThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPreferencingValueThreshold() {
		return preferencingValueThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreferencingValueThreshold(double newPreferencingValueThreshold) {
		double oldPreferencingValueThreshold = preferencingValueThreshold;
		preferencingValueThreshold = newPreferencingValueThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ANALYSIS_SETTINGS__PREFERENCING_VALUE_THRESHOLD, oldPreferencingValueThreshold, preferencingValueThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPreferencingAttractivenessThreshold() {
		return preferencingAttractivenessThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreferencingAttractivenessThreshold(double newPreferencingAttractivenessThreshold) {
		double oldPreferencingAttractivenessThreshold = preferencingAttractivenessThreshold;
		preferencingAttractivenessThreshold = newPreferencingAttractivenessThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ANALYSIS_SETTINGS__PREFERENCING_ATTRACTIVENESS_THRESHOLD, oldPreferencingAttractivenessThreshold, preferencingAttractivenessThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getKeyAccountSelectionThreshold() {
		return keyAccountSelectionThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyAccountSelectionThreshold(double newKeyAccountSelectionThreshold) {
		double oldKeyAccountSelectionThreshold = keyAccountSelectionThreshold;
		keyAccountSelectionThreshold = newKeyAccountSelectionThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ANALYSIS_SETTINGS__KEY_ACCOUNT_SELECTION_THRESHOLD, oldKeyAccountSelectionThreshold, keyAccountSelectionThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBalanceTolerance() {
		return balanceTolerance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBalanceTolerance(double newBalanceTolerance) {
		double oldBalanceTolerance = balanceTolerance;
		balanceTolerance = newBalanceTolerance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ANALYSIS_SETTINGS__BALANCE_TOLERANCE, oldBalanceTolerance, balanceTolerance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStalenessDays() {
		return stalenessDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStalenessDays(int newStalenessDays) {
		int oldStalenessDays = stalenessDays;
		stalenessDays = newStalenessDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ANALYSIS_SETTINGS__STALENESS_DAYS, oldStalenessDays, stalenessDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getContactStalenessDays() {
		return contactStalenessDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContactStalenessDays(int newContactStalenessDays) {
		int oldContactStalenessDays = contactStalenessDays;
		contactStalenessDays = newContactStalenessDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ANALYSIS_SETTINGS__CONTACT_STALENESS_DAYS, oldContactStalenessDays, contactStalenessDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumKeyAccounts() {
		return minimumKeyAccounts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumKeyAccounts(int newMinimumKeyAccounts) {
		int oldMinimumKeyAccounts = minimumKeyAccounts;
		minimumKeyAccounts = newMinimumKeyAccounts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ANALYSIS_SETTINGS__MINIMUM_KEY_ACCOUNTS, oldMinimumKeyAccounts, minimumKeyAccounts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaximumKeyAccounts() {
		return maximumKeyAccounts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaximumKeyAccounts(int newMaximumKeyAccounts) {
		int oldMaximumKeyAccounts = maximumKeyAccounts;
		maximumKeyAccounts = newMaximumKeyAccounts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ANALYSIS_SETTINGS__MAXIMUM_KEY_ACCOUNTS, oldMaximumKeyAccounts, maximumKeyAccounts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumCriteriaPerAxis() {
		return minimumCriteriaPerAxis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumCriteriaPerAxis(int newMinimumCriteriaPerAxis) {
		int oldMinimumCriteriaPerAxis = minimumCriteriaPerAxis;
		minimumCriteriaPerAxis = newMinimumCriteriaPerAxis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ANALYSIS_SETTINGS__MINIMUM_CRITERIA_PER_AXIS, oldMinimumCriteriaPerAxis, minimumCriteriaPerAxis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaximumCriteriaPerAxis() {
		return maximumCriteriaPerAxis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaximumCriteriaPerAxis(int newMaximumCriteriaPerAxis) {
		int oldMaximumCriteriaPerAxis = maximumCriteriaPerAxis;
		maximumCriteriaPerAxis = newMaximumCriteriaPerAxis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ANALYSIS_SETTINGS__MAXIMUM_CRITERIA_PER_AXIS, oldMaximumCriteriaPerAxis, maximumCriteriaPerAxis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeightTotal() {
		return weightTotal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightTotal(double newWeightTotal) {
		double oldWeightTotal = weightTotal;
		weightTotal = newWeightTotal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ANALYSIS_SETTINGS__WEIGHT_TOTAL, oldWeightTotal, weightTotal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSensitivityRuns() {
		return sensitivityRuns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSensitivityRuns(int newSensitivityRuns) {
		int oldSensitivityRuns = sensitivityRuns;
		sensitivityRuns = newSensitivityRuns;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ANALYSIS_SETTINGS__SENSITIVITY_RUNS, oldSensitivityRuns, sensitivityRuns));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSensitivityWeightVariationPercent() {
		return sensitivityWeightVariationPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSensitivityWeightVariationPercent(double newSensitivityWeightVariationPercent) {
		double oldSensitivityWeightVariationPercent = sensitivityWeightVariationPercent;
		sensitivityWeightVariationPercent = newSensitivityWeightVariationPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, KamPackage.ANALYSIS_SETTINGS__SENSITIVITY_WEIGHT_VARIATION_PERCENT, oldSensitivityWeightVariationPercent, sensitivityWeightVariationPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case KamPackage.ANALYSIS_SETTINGS__ATTRACTIVENESS_THRESHOLD:
				return getAttractivenessThreshold();
			case KamPackage.ANALYSIS_SETTINGS__STRENGTH_THRESHOLD:
				return getStrengthThreshold();
			case KamPackage.ANALYSIS_SETTINGS__BOUNDARY_SIDE:
				return getBoundarySide();
			case KamPackage.ANALYSIS_SETTINGS__STRENGTH_HIGH_ON_LEFT:
				return isStrengthHighOnLeft();
			case KamPackage.ANALYSIS_SETTINGS__KRALJIC_PROFIT_IMPACT_THRESHOLD:
				return getKraljicProfitImpactThreshold();
			case KamPackage.ANALYSIS_SETTINGS__KRALJIC_SUPPLY_RISK_THRESHOLD:
				return getKraljicSupplyRiskThreshold();
			case KamPackage.ANALYSIS_SETTINGS__PREFERENCING_VALUE_THRESHOLD:
				return getPreferencingValueThreshold();
			case KamPackage.ANALYSIS_SETTINGS__PREFERENCING_ATTRACTIVENESS_THRESHOLD:
				return getPreferencingAttractivenessThreshold();
			case KamPackage.ANALYSIS_SETTINGS__KEY_ACCOUNT_SELECTION_THRESHOLD:
				return getKeyAccountSelectionThreshold();
			case KamPackage.ANALYSIS_SETTINGS__BALANCE_TOLERANCE:
				return getBalanceTolerance();
			case KamPackage.ANALYSIS_SETTINGS__STALENESS_DAYS:
				return getStalenessDays();
			case KamPackage.ANALYSIS_SETTINGS__CONTACT_STALENESS_DAYS:
				return getContactStalenessDays();
			case KamPackage.ANALYSIS_SETTINGS__MINIMUM_KEY_ACCOUNTS:
				return getMinimumKeyAccounts();
			case KamPackage.ANALYSIS_SETTINGS__MAXIMUM_KEY_ACCOUNTS:
				return getMaximumKeyAccounts();
			case KamPackage.ANALYSIS_SETTINGS__MINIMUM_CRITERIA_PER_AXIS:
				return getMinimumCriteriaPerAxis();
			case KamPackage.ANALYSIS_SETTINGS__MAXIMUM_CRITERIA_PER_AXIS:
				return getMaximumCriteriaPerAxis();
			case KamPackage.ANALYSIS_SETTINGS__WEIGHT_TOTAL:
				return getWeightTotal();
			case KamPackage.ANALYSIS_SETTINGS__SENSITIVITY_RUNS:
				return getSensitivityRuns();
			case KamPackage.ANALYSIS_SETTINGS__SENSITIVITY_WEIGHT_VARIATION_PERCENT:
				return getSensitivityWeightVariationPercent();
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
			case KamPackage.ANALYSIS_SETTINGS__ATTRACTIVENESS_THRESHOLD:
				setAttractivenessThreshold((Double)newValue);
				return;
			case KamPackage.ANALYSIS_SETTINGS__STRENGTH_THRESHOLD:
				setStrengthThreshold((Double)newValue);
				return;
			case KamPackage.ANALYSIS_SETTINGS__BOUNDARY_SIDE:
				setBoundarySide((ThresholdSide)newValue);
				return;
			case KamPackage.ANALYSIS_SETTINGS__STRENGTH_HIGH_ON_LEFT:
				setStrengthHighOnLeft((Boolean)newValue);
				return;
			case KamPackage.ANALYSIS_SETTINGS__KRALJIC_PROFIT_IMPACT_THRESHOLD:
				setKraljicProfitImpactThreshold((Double)newValue);
				return;
			case KamPackage.ANALYSIS_SETTINGS__KRALJIC_SUPPLY_RISK_THRESHOLD:
				setKraljicSupplyRiskThreshold((Double)newValue);
				return;
			case KamPackage.ANALYSIS_SETTINGS__PREFERENCING_VALUE_THRESHOLD:
				setPreferencingValueThreshold((Double)newValue);
				return;
			case KamPackage.ANALYSIS_SETTINGS__PREFERENCING_ATTRACTIVENESS_THRESHOLD:
				setPreferencingAttractivenessThreshold((Double)newValue);
				return;
			case KamPackage.ANALYSIS_SETTINGS__KEY_ACCOUNT_SELECTION_THRESHOLD:
				setKeyAccountSelectionThreshold((Double)newValue);
				return;
			case KamPackage.ANALYSIS_SETTINGS__BALANCE_TOLERANCE:
				setBalanceTolerance((Double)newValue);
				return;
			case KamPackage.ANALYSIS_SETTINGS__STALENESS_DAYS:
				setStalenessDays((Integer)newValue);
				return;
			case KamPackage.ANALYSIS_SETTINGS__CONTACT_STALENESS_DAYS:
				setContactStalenessDays((Integer)newValue);
				return;
			case KamPackage.ANALYSIS_SETTINGS__MINIMUM_KEY_ACCOUNTS:
				setMinimumKeyAccounts((Integer)newValue);
				return;
			case KamPackage.ANALYSIS_SETTINGS__MAXIMUM_KEY_ACCOUNTS:
				setMaximumKeyAccounts((Integer)newValue);
				return;
			case KamPackage.ANALYSIS_SETTINGS__MINIMUM_CRITERIA_PER_AXIS:
				setMinimumCriteriaPerAxis((Integer)newValue);
				return;
			case KamPackage.ANALYSIS_SETTINGS__MAXIMUM_CRITERIA_PER_AXIS:
				setMaximumCriteriaPerAxis((Integer)newValue);
				return;
			case KamPackage.ANALYSIS_SETTINGS__WEIGHT_TOTAL:
				setWeightTotal((Double)newValue);
				return;
			case KamPackage.ANALYSIS_SETTINGS__SENSITIVITY_RUNS:
				setSensitivityRuns((Integer)newValue);
				return;
			case KamPackage.ANALYSIS_SETTINGS__SENSITIVITY_WEIGHT_VARIATION_PERCENT:
				setSensitivityWeightVariationPercent((Double)newValue);
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
			case KamPackage.ANALYSIS_SETTINGS__ATTRACTIVENESS_THRESHOLD:
				setAttractivenessThreshold(ATTRACTIVENESS_THRESHOLD_EDEFAULT);
				return;
			case KamPackage.ANALYSIS_SETTINGS__STRENGTH_THRESHOLD:
				setStrengthThreshold(STRENGTH_THRESHOLD_EDEFAULT);
				return;
			case KamPackage.ANALYSIS_SETTINGS__BOUNDARY_SIDE:
				setBoundarySide(BOUNDARY_SIDE_EDEFAULT);
				return;
			case KamPackage.ANALYSIS_SETTINGS__STRENGTH_HIGH_ON_LEFT:
				setStrengthHighOnLeft(STRENGTH_HIGH_ON_LEFT_EDEFAULT);
				return;
			case KamPackage.ANALYSIS_SETTINGS__KRALJIC_PROFIT_IMPACT_THRESHOLD:
				setKraljicProfitImpactThreshold(KRALJIC_PROFIT_IMPACT_THRESHOLD_EDEFAULT);
				return;
			case KamPackage.ANALYSIS_SETTINGS__KRALJIC_SUPPLY_RISK_THRESHOLD:
				setKraljicSupplyRiskThreshold(KRALJIC_SUPPLY_RISK_THRESHOLD_EDEFAULT);
				return;
			case KamPackage.ANALYSIS_SETTINGS__PREFERENCING_VALUE_THRESHOLD:
				setPreferencingValueThreshold(PREFERENCING_VALUE_THRESHOLD_EDEFAULT);
				return;
			case KamPackage.ANALYSIS_SETTINGS__PREFERENCING_ATTRACTIVENESS_THRESHOLD:
				setPreferencingAttractivenessThreshold(PREFERENCING_ATTRACTIVENESS_THRESHOLD_EDEFAULT);
				return;
			case KamPackage.ANALYSIS_SETTINGS__KEY_ACCOUNT_SELECTION_THRESHOLD:
				setKeyAccountSelectionThreshold(KEY_ACCOUNT_SELECTION_THRESHOLD_EDEFAULT);
				return;
			case KamPackage.ANALYSIS_SETTINGS__BALANCE_TOLERANCE:
				setBalanceTolerance(BALANCE_TOLERANCE_EDEFAULT);
				return;
			case KamPackage.ANALYSIS_SETTINGS__STALENESS_DAYS:
				setStalenessDays(STALENESS_DAYS_EDEFAULT);
				return;
			case KamPackage.ANALYSIS_SETTINGS__CONTACT_STALENESS_DAYS:
				setContactStalenessDays(CONTACT_STALENESS_DAYS_EDEFAULT);
				return;
			case KamPackage.ANALYSIS_SETTINGS__MINIMUM_KEY_ACCOUNTS:
				setMinimumKeyAccounts(MINIMUM_KEY_ACCOUNTS_EDEFAULT);
				return;
			case KamPackage.ANALYSIS_SETTINGS__MAXIMUM_KEY_ACCOUNTS:
				setMaximumKeyAccounts(MAXIMUM_KEY_ACCOUNTS_EDEFAULT);
				return;
			case KamPackage.ANALYSIS_SETTINGS__MINIMUM_CRITERIA_PER_AXIS:
				setMinimumCriteriaPerAxis(MINIMUM_CRITERIA_PER_AXIS_EDEFAULT);
				return;
			case KamPackage.ANALYSIS_SETTINGS__MAXIMUM_CRITERIA_PER_AXIS:
				setMaximumCriteriaPerAxis(MAXIMUM_CRITERIA_PER_AXIS_EDEFAULT);
				return;
			case KamPackage.ANALYSIS_SETTINGS__WEIGHT_TOTAL:
				setWeightTotal(WEIGHT_TOTAL_EDEFAULT);
				return;
			case KamPackage.ANALYSIS_SETTINGS__SENSITIVITY_RUNS:
				setSensitivityRuns(SENSITIVITY_RUNS_EDEFAULT);
				return;
			case KamPackage.ANALYSIS_SETTINGS__SENSITIVITY_WEIGHT_VARIATION_PERCENT:
				setSensitivityWeightVariationPercent(SENSITIVITY_WEIGHT_VARIATION_PERCENT_EDEFAULT);
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
			case KamPackage.ANALYSIS_SETTINGS__ATTRACTIVENESS_THRESHOLD:
				return attractivenessThreshold != ATTRACTIVENESS_THRESHOLD_EDEFAULT;
			case KamPackage.ANALYSIS_SETTINGS__STRENGTH_THRESHOLD:
				return strengthThreshold != STRENGTH_THRESHOLD_EDEFAULT;
			case KamPackage.ANALYSIS_SETTINGS__BOUNDARY_SIDE:
				return boundarySide != BOUNDARY_SIDE_EDEFAULT;
			case KamPackage.ANALYSIS_SETTINGS__STRENGTH_HIGH_ON_LEFT:
				return strengthHighOnLeft != STRENGTH_HIGH_ON_LEFT_EDEFAULT;
			case KamPackage.ANALYSIS_SETTINGS__KRALJIC_PROFIT_IMPACT_THRESHOLD:
				return kraljicProfitImpactThreshold != KRALJIC_PROFIT_IMPACT_THRESHOLD_EDEFAULT;
			case KamPackage.ANALYSIS_SETTINGS__KRALJIC_SUPPLY_RISK_THRESHOLD:
				return kraljicSupplyRiskThreshold != KRALJIC_SUPPLY_RISK_THRESHOLD_EDEFAULT;
			case KamPackage.ANALYSIS_SETTINGS__PREFERENCING_VALUE_THRESHOLD:
				return preferencingValueThreshold != PREFERENCING_VALUE_THRESHOLD_EDEFAULT;
			case KamPackage.ANALYSIS_SETTINGS__PREFERENCING_ATTRACTIVENESS_THRESHOLD:
				return preferencingAttractivenessThreshold != PREFERENCING_ATTRACTIVENESS_THRESHOLD_EDEFAULT;
			case KamPackage.ANALYSIS_SETTINGS__KEY_ACCOUNT_SELECTION_THRESHOLD:
				return keyAccountSelectionThreshold != KEY_ACCOUNT_SELECTION_THRESHOLD_EDEFAULT;
			case KamPackage.ANALYSIS_SETTINGS__BALANCE_TOLERANCE:
				return balanceTolerance != BALANCE_TOLERANCE_EDEFAULT;
			case KamPackage.ANALYSIS_SETTINGS__STALENESS_DAYS:
				return stalenessDays != STALENESS_DAYS_EDEFAULT;
			case KamPackage.ANALYSIS_SETTINGS__CONTACT_STALENESS_DAYS:
				return contactStalenessDays != CONTACT_STALENESS_DAYS_EDEFAULT;
			case KamPackage.ANALYSIS_SETTINGS__MINIMUM_KEY_ACCOUNTS:
				return minimumKeyAccounts != MINIMUM_KEY_ACCOUNTS_EDEFAULT;
			case KamPackage.ANALYSIS_SETTINGS__MAXIMUM_KEY_ACCOUNTS:
				return maximumKeyAccounts != MAXIMUM_KEY_ACCOUNTS_EDEFAULT;
			case KamPackage.ANALYSIS_SETTINGS__MINIMUM_CRITERIA_PER_AXIS:
				return minimumCriteriaPerAxis != MINIMUM_CRITERIA_PER_AXIS_EDEFAULT;
			case KamPackage.ANALYSIS_SETTINGS__MAXIMUM_CRITERIA_PER_AXIS:
				return maximumCriteriaPerAxis != MAXIMUM_CRITERIA_PER_AXIS_EDEFAULT;
			case KamPackage.ANALYSIS_SETTINGS__WEIGHT_TOTAL:
				return weightTotal != WEIGHT_TOTAL_EDEFAULT;
			case KamPackage.ANALYSIS_SETTINGS__SENSITIVITY_RUNS:
				return sensitivityRuns != SENSITIVITY_RUNS_EDEFAULT;
			case KamPackage.ANALYSIS_SETTINGS__SENSITIVITY_WEIGHT_VARIATION_PERCENT:
				return sensitivityWeightVariationPercent != SENSITIVITY_WEIGHT_VARIATION_PERCENT_EDEFAULT;
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
		result.append(" (attractivenessThreshold: ");
		result.append(attractivenessThreshold);
		result.append(", strengthThreshold: ");
		result.append(strengthThreshold);
		result.append(", boundarySide: ");
		result.append(boundarySide);
		result.append(", strengthHighOnLeft: ");
		result.append(strengthHighOnLeft);
		result.append(", kraljicProfitImpactThreshold: ");
		result.append(kraljicProfitImpactThreshold);
		result.append(", kraljicSupplyRiskThreshold: ");
		result.append(kraljicSupplyRiskThreshold);
		result.append(", preferencingValueThreshold: ");
		result.append(preferencingValueThreshold);
		result.append(", preferencingAttractivenessThreshold: ");
		result.append(preferencingAttractivenessThreshold);
		result.append(", keyAccountSelectionThreshold: ");
		result.append(keyAccountSelectionThreshold);
		result.append(", balanceTolerance: ");
		result.append(balanceTolerance);
		result.append(", stalenessDays: ");
		result.append(stalenessDays);
		result.append(", contactStalenessDays: ");
		result.append(contactStalenessDays);
		result.append(", minimumKeyAccounts: ");
		result.append(minimumKeyAccounts);
		result.append(", maximumKeyAccounts: ");
		result.append(maximumKeyAccounts);
		result.append(", minimumCriteriaPerAxis: ");
		result.append(minimumCriteriaPerAxis);
		result.append(", maximumCriteriaPerAxis: ");
		result.append(maximumCriteriaPerAxis);
		result.append(", weightTotal: ");
		result.append(weightTotal);
		result.append(", sensitivityRuns: ");
		result.append(sensitivityRuns);
		result.append(", sensitivityWeightVariationPercent: ");
		result.append(sensitivityWeightVariationPercent);
		result.append(')');
		return result.toString();
	}

} //AnalysisSettingsImpl
