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

import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.LifetimeValueInputs;

/**
 * This is the item provider adapter for a {@link org.kamworkbench.kam.LifetimeValueInputs} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class LifetimeValueInputsItemProvider extends IdentifiedItemProvider {
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
	public LifetimeValueInputsItemProvider(AdapterFactory adapterFactory) {
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

			addAnnualRevenuePropertyDescriptor(object);
			addAnnualGrowthPercentPropertyDescriptor(object);
			addMarginPercentPropertyDescriptor(object);
			addRetentionRatePercentPropertyDescriptor(object);
			addDiscountRatePercentPropertyDescriptor(object);
			addHorizonYearsPropertyDescriptor(object);
			addAcquisitionCostPropertyDescriptor(object);
			addAssumptionsPropertyDescriptor(object);
			addPreparedByPropertyDescriptor(object);
			addLastUpdatedPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Annual Revenue feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAnnualRevenuePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifetimeValueInputs_annualRevenue_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LifetimeValueInputs_annualRevenue_feature", "_UI_LifetimeValueInputs_type"),
				 KamPackage.Literals.LIFETIME_VALUE_INPUTS__ANNUAL_REVENUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Annual Growth Percent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAnnualGrowthPercentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifetimeValueInputs_annualGrowthPercent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LifetimeValueInputs_annualGrowthPercent_feature", "_UI_LifetimeValueInputs_type"),
				 KamPackage.Literals.LIFETIME_VALUE_INPUTS__ANNUAL_GROWTH_PERCENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Margin Percent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMarginPercentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifetimeValueInputs_marginPercent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LifetimeValueInputs_marginPercent_feature", "_UI_LifetimeValueInputs_type"),
				 KamPackage.Literals.LIFETIME_VALUE_INPUTS__MARGIN_PERCENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Retention Rate Percent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRetentionRatePercentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifetimeValueInputs_retentionRatePercent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LifetimeValueInputs_retentionRatePercent_feature", "_UI_LifetimeValueInputs_type"),
				 KamPackage.Literals.LIFETIME_VALUE_INPUTS__RETENTION_RATE_PERCENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Discount Rate Percent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDiscountRatePercentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifetimeValueInputs_discountRatePercent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LifetimeValueInputs_discountRatePercent_feature", "_UI_LifetimeValueInputs_type"),
				 KamPackage.Literals.LIFETIME_VALUE_INPUTS__DISCOUNT_RATE_PERCENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Horizon Years feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHorizonYearsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifetimeValueInputs_horizonYears_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LifetimeValueInputs_horizonYears_feature", "_UI_LifetimeValueInputs_type"),
				 KamPackage.Literals.LIFETIME_VALUE_INPUTS__HORIZON_YEARS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Acquisition Cost feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAcquisitionCostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifetimeValueInputs_acquisitionCost_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LifetimeValueInputs_acquisitionCost_feature", "_UI_LifetimeValueInputs_type"),
				 KamPackage.Literals.LIFETIME_VALUE_INPUTS__ACQUISITION_COST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Assumptions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAssumptionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifetimeValueInputs_assumptions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LifetimeValueInputs_assumptions_feature", "_UI_LifetimeValueInputs_type"),
				 KamPackage.Literals.LIFETIME_VALUE_INPUTS__ASSUMPTIONS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Prepared By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPreparedByPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifetimeValueInputs_preparedBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LifetimeValueInputs_preparedBy_feature", "_UI_LifetimeValueInputs_type"),
				 KamPackage.Literals.LIFETIME_VALUE_INPUTS__PREPARED_BY,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Last Updated feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLastUpdatedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_LifetimeValueInputs_lastUpdated_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_LifetimeValueInputs_lastUpdated_feature", "_UI_LifetimeValueInputs_type"),
				 KamPackage.Literals.LIFETIME_VALUE_INPUTS__LAST_UPDATED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns LifetimeValueInputs.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/LifetimeValueInputs"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((LifetimeValueInputs)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_LifetimeValueInputs_type") :
			getString("_UI_LifetimeValueInputs_type") + " " + label;
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

		switch (notification.getFeatureID(LifetimeValueInputs.class)) {
			case KamPackage.LIFETIME_VALUE_INPUTS__ANNUAL_REVENUE:
			case KamPackage.LIFETIME_VALUE_INPUTS__ANNUAL_GROWTH_PERCENT:
			case KamPackage.LIFETIME_VALUE_INPUTS__MARGIN_PERCENT:
			case KamPackage.LIFETIME_VALUE_INPUTS__RETENTION_RATE_PERCENT:
			case KamPackage.LIFETIME_VALUE_INPUTS__DISCOUNT_RATE_PERCENT:
			case KamPackage.LIFETIME_VALUE_INPUTS__HORIZON_YEARS:
			case KamPackage.LIFETIME_VALUE_INPUTS__ACQUISITION_COST:
			case KamPackage.LIFETIME_VALUE_INPUTS__ASSUMPTIONS:
			case KamPackage.LIFETIME_VALUE_INPUTS__LAST_UPDATED:
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
