/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.kamworkbench.kam.AnalysisSettings;
import org.kamworkbench.kam.KamPackage;

/**
 * This is the item provider adapter for a {@link org.kamworkbench.kam.AnalysisSettings} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AnalysisSettingsItemProvider extends IdentifiedItemProvider {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 the KAM Workbench authors.";

	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnalysisSettingsItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addAttractivenessThresholdPropertyDescriptor(object);
			addStrengthThresholdPropertyDescriptor(object);
			addBoundarySidePropertyDescriptor(object);
			addStrengthHighOnLeftPropertyDescriptor(object);
			addKraljicProfitImpactThresholdPropertyDescriptor(object);
			addKraljicSupplyRiskThresholdPropertyDescriptor(object);
			addPreferencingValueThresholdPropertyDescriptor(object);
			addPreferencingAttractivenessThresholdPropertyDescriptor(object);
			addKeyAccountSelectionThresholdPropertyDescriptor(object);
			addBalanceTolerancePropertyDescriptor(object);
			addStalenessDaysPropertyDescriptor(object);
			addContactStalenessDaysPropertyDescriptor(object);
			addMinimumKeyAccountsPropertyDescriptor(object);
			addMaximumKeyAccountsPropertyDescriptor(object);
			addMinimumCriteriaPerAxisPropertyDescriptor(object);
			addMaximumCriteriaPerAxisPropertyDescriptor(object);
			addWeightTotalPropertyDescriptor(object);
			addSensitivityRunsPropertyDescriptor(object);
			addSensitivityWeightVariationPercentPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Attractiveness Threshold feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAttractivenessThresholdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AnalysisSettings_attractivenessThreshold_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AnalysisSettings_attractivenessThreshold_feature", "_UI_AnalysisSettings_type"),
				 KamPackage.Literals.ANALYSIS_SETTINGS__ATTRACTIVENESS_THRESHOLD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Strength Threshold feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStrengthThresholdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AnalysisSettings_strengthThreshold_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AnalysisSettings_strengthThreshold_feature", "_UI_AnalysisSettings_type"),
				 KamPackage.Literals.ANALYSIS_SETTINGS__STRENGTH_THRESHOLD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Boundary Side feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBoundarySidePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AnalysisSettings_boundarySide_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AnalysisSettings_boundarySide_feature", "_UI_AnalysisSettings_type"),
				 KamPackage.Literals.ANALYSIS_SETTINGS__BOUNDARY_SIDE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Strength High On Left feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStrengthHighOnLeftPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AnalysisSettings_strengthHighOnLeft_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AnalysisSettings_strengthHighOnLeft_feature", "_UI_AnalysisSettings_type"),
				 KamPackage.Literals.ANALYSIS_SETTINGS__STRENGTH_HIGH_ON_LEFT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kraljic Profit Impact Threshold feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKraljicProfitImpactThresholdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AnalysisSettings_kraljicProfitImpactThreshold_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AnalysisSettings_kraljicProfitImpactThreshold_feature", "_UI_AnalysisSettings_type"),
				 KamPackage.Literals.ANALYSIS_SETTINGS__KRALJIC_PROFIT_IMPACT_THRESHOLD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kraljic Supply Risk Threshold feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKraljicSupplyRiskThresholdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AnalysisSettings_kraljicSupplyRiskThreshold_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AnalysisSettings_kraljicSupplyRiskThreshold_feature", "_UI_AnalysisSettings_type"),
				 KamPackage.Literals.ANALYSIS_SETTINGS__KRALJIC_SUPPLY_RISK_THRESHOLD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Preferencing Value Threshold feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPreferencingValueThresholdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AnalysisSettings_preferencingValueThreshold_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AnalysisSettings_preferencingValueThreshold_feature", "_UI_AnalysisSettings_type"),
				 KamPackage.Literals.ANALYSIS_SETTINGS__PREFERENCING_VALUE_THRESHOLD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Preferencing Attractiveness Threshold feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPreferencingAttractivenessThresholdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AnalysisSettings_preferencingAttractivenessThreshold_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AnalysisSettings_preferencingAttractivenessThreshold_feature", "_UI_AnalysisSettings_type"),
				 KamPackage.Literals.ANALYSIS_SETTINGS__PREFERENCING_ATTRACTIVENESS_THRESHOLD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Key Account Selection Threshold feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKeyAccountSelectionThresholdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AnalysisSettings_keyAccountSelectionThreshold_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AnalysisSettings_keyAccountSelectionThreshold_feature", "_UI_AnalysisSettings_type"),
				 KamPackage.Literals.ANALYSIS_SETTINGS__KEY_ACCOUNT_SELECTION_THRESHOLD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Balance Tolerance feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBalanceTolerancePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AnalysisSettings_balanceTolerance_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AnalysisSettings_balanceTolerance_feature", "_UI_AnalysisSettings_type"),
				 KamPackage.Literals.ANALYSIS_SETTINGS__BALANCE_TOLERANCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Staleness Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStalenessDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AnalysisSettings_stalenessDays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AnalysisSettings_stalenessDays_feature", "_UI_AnalysisSettings_type"),
				 KamPackage.Literals.ANALYSIS_SETTINGS__STALENESS_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Contact Staleness Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addContactStalenessDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AnalysisSettings_contactStalenessDays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AnalysisSettings_contactStalenessDays_feature", "_UI_AnalysisSettings_type"),
				 KamPackage.Literals.ANALYSIS_SETTINGS__CONTACT_STALENESS_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Minimum Key Accounts feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinimumKeyAccountsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AnalysisSettings_minimumKeyAccounts_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AnalysisSettings_minimumKeyAccounts_feature", "_UI_AnalysisSettings_type"),
				 KamPackage.Literals.ANALYSIS_SETTINGS__MINIMUM_KEY_ACCOUNTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Maximum Key Accounts feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaximumKeyAccountsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AnalysisSettings_maximumKeyAccounts_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AnalysisSettings_maximumKeyAccounts_feature", "_UI_AnalysisSettings_type"),
				 KamPackage.Literals.ANALYSIS_SETTINGS__MAXIMUM_KEY_ACCOUNTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Minimum Criteria Per Axis feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinimumCriteriaPerAxisPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AnalysisSettings_minimumCriteriaPerAxis_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AnalysisSettings_minimumCriteriaPerAxis_feature", "_UI_AnalysisSettings_type"),
				 KamPackage.Literals.ANALYSIS_SETTINGS__MINIMUM_CRITERIA_PER_AXIS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Maximum Criteria Per Axis feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaximumCriteriaPerAxisPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AnalysisSettings_maximumCriteriaPerAxis_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AnalysisSettings_maximumCriteriaPerAxis_feature", "_UI_AnalysisSettings_type"),
				 KamPackage.Literals.ANALYSIS_SETTINGS__MAXIMUM_CRITERIA_PER_AXIS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Weight Total feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWeightTotalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AnalysisSettings_weightTotal_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AnalysisSettings_weightTotal_feature", "_UI_AnalysisSettings_type"),
				 KamPackage.Literals.ANALYSIS_SETTINGS__WEIGHT_TOTAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sensitivity Runs feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSensitivityRunsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AnalysisSettings_sensitivityRuns_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AnalysisSettings_sensitivityRuns_feature", "_UI_AnalysisSettings_type"),
				 KamPackage.Literals.ANALYSIS_SETTINGS__SENSITIVITY_RUNS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sensitivity Weight Variation Percent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSensitivityWeightVariationPercentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AnalysisSettings_sensitivityWeightVariationPercent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AnalysisSettings_sensitivityWeightVariationPercent_feature", "_UI_AnalysisSettings_type"),
				 KamPackage.Literals.ANALYSIS_SETTINGS__SENSITIVITY_WEIGHT_VARIATION_PERCENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns AnalysisSettings.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/AnalysisSettings"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((AnalysisSettings)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_AnalysisSettings_type") :
			getString("_UI_AnalysisSettings_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(AnalysisSettings.class)) {
			case KamPackage.ANALYSIS_SETTINGS__ATTRACTIVENESS_THRESHOLD:
			case KamPackage.ANALYSIS_SETTINGS__STRENGTH_THRESHOLD:
			case KamPackage.ANALYSIS_SETTINGS__BOUNDARY_SIDE:
			case KamPackage.ANALYSIS_SETTINGS__STRENGTH_HIGH_ON_LEFT:
			case KamPackage.ANALYSIS_SETTINGS__KRALJIC_PROFIT_IMPACT_THRESHOLD:
			case KamPackage.ANALYSIS_SETTINGS__KRALJIC_SUPPLY_RISK_THRESHOLD:
			case KamPackage.ANALYSIS_SETTINGS__PREFERENCING_VALUE_THRESHOLD:
			case KamPackage.ANALYSIS_SETTINGS__PREFERENCING_ATTRACTIVENESS_THRESHOLD:
			case KamPackage.ANALYSIS_SETTINGS__KEY_ACCOUNT_SELECTION_THRESHOLD:
			case KamPackage.ANALYSIS_SETTINGS__BALANCE_TOLERANCE:
			case KamPackage.ANALYSIS_SETTINGS__STALENESS_DAYS:
			case KamPackage.ANALYSIS_SETTINGS__CONTACT_STALENESS_DAYS:
			case KamPackage.ANALYSIS_SETTINGS__MINIMUM_KEY_ACCOUNTS:
			case KamPackage.ANALYSIS_SETTINGS__MAXIMUM_KEY_ACCOUNTS:
			case KamPackage.ANALYSIS_SETTINGS__MINIMUM_CRITERIA_PER_AXIS:
			case KamPackage.ANALYSIS_SETTINGS__MAXIMUM_CRITERIA_PER_AXIS:
			case KamPackage.ANALYSIS_SETTINGS__WEIGHT_TOTAL:
			case KamPackage.ANALYSIS_SETTINGS__SENSITIVITY_RUNS:
			case KamPackage.ANALYSIS_SETTINGS__SENSITIVITY_WEIGHT_VARIATION_PERCENT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

}
