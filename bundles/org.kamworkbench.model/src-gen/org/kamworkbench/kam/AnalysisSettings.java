/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Analysis Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Organisation-specific thresholds and parameters of the analyses; all scores and thresholds are on a 0-10 scale unless stated.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.kamworkbench.kam.AnalysisSettings#getAttractivenessThreshold <em>Attractiveness Threshold</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AnalysisSettings#getStrengthThreshold <em>Strength Threshold</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AnalysisSettings#getBoundarySide <em>Boundary Side</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AnalysisSettings#isStrengthHighOnLeft <em>Strength High On Left</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AnalysisSettings#getKraljicProfitImpactThreshold <em>Kraljic Profit Impact Threshold</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AnalysisSettings#getKraljicSupplyRiskThreshold <em>Kraljic Supply Risk Threshold</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AnalysisSettings#getPreferencingValueThreshold <em>Preferencing Value Threshold</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AnalysisSettings#getPreferencingAttractivenessThreshold <em>Preferencing Attractiveness Threshold</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AnalysisSettings#getKeyAccountSelectionThreshold <em>Key Account Selection Threshold</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AnalysisSettings#getBalanceTolerance <em>Balance Tolerance</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AnalysisSettings#getStalenessDays <em>Staleness Days</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AnalysisSettings#getContactStalenessDays <em>Contact Staleness Days</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AnalysisSettings#getMinimumKeyAccounts <em>Minimum Key Accounts</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AnalysisSettings#getMaximumKeyAccounts <em>Maximum Key Accounts</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AnalysisSettings#getMinimumCriteriaPerAxis <em>Minimum Criteria Per Axis</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AnalysisSettings#getMaximumCriteriaPerAxis <em>Maximum Criteria Per Axis</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AnalysisSettings#getWeightTotal <em>Weight Total</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AnalysisSettings#getSensitivityRuns <em>Sensitivity Runs</em>}</li>
 *   <li>{@link org.kamworkbench.kam.AnalysisSettings#getSensitivityWeightVariationPercent <em>Sensitivity Weight Variation Percent</em>}</li>
 * </ul>
 *
 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings()
 * @model
 * @generated
 */
public interface AnalysisSettings extends Identified {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * Returns the value of the '<em><b>Attractiveness Threshold</b></em>' attribute.
	 * The default value is <code>"5.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boundary between low and high account attractiveness in the account portfolio matrix (0-10).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attractiveness Threshold</em>' attribute.
	 * @see #setAttractivenessThreshold(double)
	 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings_AttractivenessThreshold()
	 * @model default="5.0"
	 * @generated
	 */
	double getAttractivenessThreshold();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AnalysisSettings#getAttractivenessThreshold <em>Attractiveness Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attractiveness Threshold</em>' attribute.
	 * @see #getAttractivenessThreshold()
	 * @generated
	 */
	void setAttractivenessThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Strength Threshold</b></em>' attribute.
	 * The default value is <code>"5.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boundary between weak and strong relative strength in the account portfolio matrix (0-10).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strength Threshold</em>' attribute.
	 * @see #setStrengthThreshold(double)
	 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings_StrengthThreshold()
	 * @model default="5.0"
	 * @generated
	 */
	double getStrengthThreshold();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AnalysisSettings#getStrengthThreshold <em>Strength Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strength Threshold</em>' attribute.
	 * @see #getStrengthThreshold()
	 * @generated
	 */
	void setStrengthThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Boundary Side</b></em>' attribute.
	 * The default value is <code>"HIGH"</code>.
	 * The literals are from the enumeration {@link org.kamworkbench.kam.ThresholdSide}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Side a point exactly on any quadrant threshold belongs to; HIGH means value >= threshold counts as high.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Boundary Side</em>' attribute.
	 * @see org.kamworkbench.kam.ThresholdSide
	 * @see #setBoundarySide(ThresholdSide)
	 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings_BoundarySide()
	 * @model default="HIGH"
	 * @generated
	 */
	ThresholdSide getBoundarySide();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AnalysisSettings#getBoundarySide <em>Boundary Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boundary Side</em>' attribute.
	 * @see org.kamworkbench.kam.ThresholdSide
	 * @see #getBoundarySide()
	 * @generated
	 */
	void setBoundarySide(ThresholdSide value);

	/**
	 * Returns the value of the '<em><b>Strength High On Left</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the portfolio matrix draws strong relative strength on the left (McDonald's convention) or on the right.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strength High On Left</em>' attribute.
	 * @see #setStrengthHighOnLeft(boolean)
	 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings_StrengthHighOnLeft()
	 * @model default="true"
	 * @generated
	 */
	boolean isStrengthHighOnLeft();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AnalysisSettings#isStrengthHighOnLeft <em>Strength High On Left</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strength High On Left</em>' attribute.
	 * @see #isStrengthHighOnLeft()
	 * @generated
	 */
	void setStrengthHighOnLeft(boolean value);

	/**
	 * Returns the value of the '<em><b>Kraljic Profit Impact Threshold</b></em>' attribute.
	 * The default value is <code>"5.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boundary between low and high profit impact in the Kraljic matrix (0-10).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kraljic Profit Impact Threshold</em>' attribute.
	 * @see #setKraljicProfitImpactThreshold(double)
	 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings_KraljicProfitImpactThreshold()
	 * @model default="5.0"
	 * @generated
	 */
	double getKraljicProfitImpactThreshold();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AnalysisSettings#getKraljicProfitImpactThreshold <em>Kraljic Profit Impact Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kraljic Profit Impact Threshold</em>' attribute.
	 * @see #getKraljicProfitImpactThreshold()
	 * @generated
	 */
	void setKraljicProfitImpactThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Kraljic Supply Risk Threshold</b></em>' attribute.
	 * The default value is <code>"5.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boundary between low and high supply risk in the Kraljic matrix (0-10).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kraljic Supply Risk Threshold</em>' attribute.
	 * @see #setKraljicSupplyRiskThreshold(double)
	 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings_KraljicSupplyRiskThreshold()
	 * @model default="5.0"
	 * @generated
	 */
	double getKraljicSupplyRiskThreshold();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AnalysisSettings#getKraljicSupplyRiskThreshold <em>Kraljic Supply Risk Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kraljic Supply Risk Threshold</em>' attribute.
	 * @see #getKraljicSupplyRiskThreshold()
	 * @generated
	 */
	void setKraljicSupplyRiskThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Preferencing Value Threshold</b></em>' attribute.
	 * The default value is <code>"5.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boundary between low and high value of the account's business to us in supplier preferencing (0-10).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Preferencing Value Threshold</em>' attribute.
	 * @see #setPreferencingValueThreshold(double)
	 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings_PreferencingValueThreshold()
	 * @model default="5.0"
	 * @generated
	 */
	double getPreferencingValueThreshold();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AnalysisSettings#getPreferencingValueThreshold <em>Preferencing Value Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preferencing Value Threshold</em>' attribute.
	 * @see #getPreferencingValueThreshold()
	 * @generated
	 */
	void setPreferencingValueThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Preferencing Attractiveness Threshold</b></em>' attribute.
	 * The default value is <code>"5.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boundary between low and high attractiveness of the account in supplier preferencing (0-10).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Preferencing Attractiveness Threshold</em>' attribute.
	 * @see #setPreferencingAttractivenessThreshold(double)
	 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings_PreferencingAttractivenessThreshold()
	 * @model default="5.0"
	 * @generated
	 */
	double getPreferencingAttractivenessThreshold();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AnalysisSettings#getPreferencingAttractivenessThreshold <em>Preferencing Attractiveness Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preferencing Attractiveness Threshold</em>' attribute.
	 * @see #getPreferencingAttractivenessThreshold()
	 * @generated
	 */
	void setPreferencingAttractivenessThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Key Account Selection Threshold</b></em>' attribute.
	 * The default value is <code>"5.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weighted attractiveness score (0-10) a key account should reach; key accounts below it and candidates reaching it are flagged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Account Selection Threshold</em>' attribute.
	 * @see #setKeyAccountSelectionThreshold(double)
	 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings_KeyAccountSelectionThreshold()
	 * @model default="5.0"
	 * @generated
	 */
	double getKeyAccountSelectionThreshold();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AnalysisSettings#getKeyAccountSelectionThreshold <em>Key Account Selection Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Account Selection Threshold</em>' attribute.
	 * @see #getKeyAccountSelectionThreshold()
	 * @generated
	 */
	void setKeyAccountSelectionThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Balance Tolerance</b></em>' attribute.
	 * The default value is <code>"2.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Largest difference (on 0-10) between our and their willingness to invest or internationalisation still considered balanced.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Balance Tolerance</em>' attribute.
	 * @see #setBalanceTolerance(double)
	 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings_BalanceTolerance()
	 * @model default="2.0"
	 * @generated
	 */
	double getBalanceTolerance();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AnalysisSettings#getBalanceTolerance <em>Balance Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Balance Tolerance</em>' attribute.
	 * @see #getBalanceTolerance()
	 * @generated
	 */
	void setBalanceTolerance(double value);

	/**
	 * Returns the value of the '<em><b>Staleness Days</b></em>' attribute.
	 * The default value is <code>"180"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days after lastUpdated from which account data is reported as stale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Staleness Days</em>' attribute.
	 * @see #setStalenessDays(int)
	 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings_StalenessDays()
	 * @model default="180"
	 * @generated
	 */
	int getStalenessDays();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AnalysisSettings#getStalenessDays <em>Staleness Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staleness Days</em>' attribute.
	 * @see #getStalenessDays()
	 * @generated
	 */
	void setStalenessDays(int value);

	/**
	 * Returns the value of the '<em><b>Contact Staleness Days</b></em>' attribute.
	 * The default value is <code>"90"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days after the last contact date or lastUpdated from which a contact is reported as stale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contact Staleness Days</em>' attribute.
	 * @see #setContactStalenessDays(int)
	 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings_ContactStalenessDays()
	 * @model default="90"
	 * @generated
	 */
	int getContactStalenessDays();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AnalysisSettings#getContactStalenessDays <em>Contact Staleness Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact Staleness Days</em>' attribute.
	 * @see #getContactStalenessDays()
	 * @generated
	 */
	void setContactStalenessDays(int value);

	/**
	 * Returns the value of the '<em><b>Minimum Key Accounts</b></em>' attribute.
	 * The default value is <code>"15"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower end of the recommended number of key accounts (rule of thumb).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Key Accounts</em>' attribute.
	 * @see #setMinimumKeyAccounts(int)
	 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings_MinimumKeyAccounts()
	 * @model default="15"
	 * @generated
	 */
	int getMinimumKeyAccounts();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AnalysisSettings#getMinimumKeyAccounts <em>Minimum Key Accounts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Key Accounts</em>' attribute.
	 * @see #getMinimumKeyAccounts()
	 * @generated
	 */
	void setMinimumKeyAccounts(int value);

	/**
	 * Returns the value of the '<em><b>Maximum Key Accounts</b></em>' attribute.
	 * The default value is <code>"35"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper end of the recommended number of key accounts (rule of thumb).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maximum Key Accounts</em>' attribute.
	 * @see #setMaximumKeyAccounts(int)
	 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings_MaximumKeyAccounts()
	 * @model default="35"
	 * @generated
	 */
	int getMaximumKeyAccounts();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AnalysisSettings#getMaximumKeyAccounts <em>Maximum Key Accounts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum Key Accounts</em>' attribute.
	 * @see #getMaximumKeyAccounts()
	 * @generated
	 */
	void setMaximumKeyAccounts(int value);

	/**
	 * Returns the value of the '<em><b>Minimum Criteria Per Axis</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower end of the recommended number of criteria per portfolio axis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Criteria Per Axis</em>' attribute.
	 * @see #setMinimumCriteriaPerAxis(int)
	 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings_MinimumCriteriaPerAxis()
	 * @model default="3"
	 * @generated
	 */
	int getMinimumCriteriaPerAxis();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AnalysisSettings#getMinimumCriteriaPerAxis <em>Minimum Criteria Per Axis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Criteria Per Axis</em>' attribute.
	 * @see #getMinimumCriteriaPerAxis()
	 * @generated
	 */
	void setMinimumCriteriaPerAxis(int value);

	/**
	 * Returns the value of the '<em><b>Maximum Criteria Per Axis</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper end of the recommended number of criteria per portfolio axis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maximum Criteria Per Axis</em>' attribute.
	 * @see #setMaximumCriteriaPerAxis(int)
	 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings_MaximumCriteriaPerAxis()
	 * @model default="5"
	 * @generated
	 */
	int getMaximumCriteriaPerAxis();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AnalysisSettings#getMaximumCriteriaPerAxis <em>Maximum Criteria Per Axis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum Criteria Per Axis</em>' attribute.
	 * @see #getMaximumCriteriaPerAxis()
	 * @generated
	 */
	void setMaximumCriteriaPerAxis(int value);

	/**
	 * Returns the value of the '<em><b>Weight Total</b></em>' attribute.
	 * The default value is <code>"100.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sum the criterion weights of one axis are expected to reach.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight Total</em>' attribute.
	 * @see #setWeightTotal(double)
	 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings_WeightTotal()
	 * @model default="100.0"
	 * @generated
	 */
	double getWeightTotal();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AnalysisSettings#getWeightTotal <em>Weight Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Total</em>' attribute.
	 * @see #getWeightTotal()
	 * @generated
	 */
	void setWeightTotal(double value);

	/**
	 * Returns the value of the '<em><b>Sensitivity Runs</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of random weight variations in the sensitivity analysis of classifications.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sensitivity Runs</em>' attribute.
	 * @see #setSensitivityRuns(int)
	 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings_SensitivityRuns()
	 * @model default="1000"
	 * @generated
	 */
	int getSensitivityRuns();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AnalysisSettings#getSensitivityRuns <em>Sensitivity Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sensitivity Runs</em>' attribute.
	 * @see #getSensitivityRuns()
	 * @generated
	 */
	void setSensitivityRuns(int value);

	/**
	 * Returns the value of the '<em><b>Sensitivity Weight Variation Percent</b></em>' attribute.
	 * The default value is <code>"20.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum relative change of each weight in the sensitivity analysis, in percent (0-100).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sensitivity Weight Variation Percent</em>' attribute.
	 * @see #setSensitivityWeightVariationPercent(double)
	 * @see org.kamworkbench.kam.KamPackage#getAnalysisSettings_SensitivityWeightVariationPercent()
	 * @model default="20.0"
	 * @generated
	 */
	double getSensitivityWeightVariationPercent();

	/**
	 * Sets the value of the '{@link org.kamworkbench.kam.AnalysisSettings#getSensitivityWeightVariationPercent <em>Sensitivity Weight Variation Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sensitivity Weight Variation Percent</em>' attribute.
	 * @see #getSensitivityWeightVariationPercent()
	 * @generated
	 */
	void setSensitivityWeightVariationPercent(double value);

} // AnalysisSettings
