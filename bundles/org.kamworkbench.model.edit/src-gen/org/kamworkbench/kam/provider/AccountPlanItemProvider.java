/**
 * Copyright (c) 2026 the KAM Workbench authors.
 */
package org.kamworkbench.kam.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.kamworkbench.kam.AccountPlan;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KamPackage;

/**
 * This is the item provider adapter for a {@link org.kamworkbench.kam.AccountPlan} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AccountPlanItemProvider extends NamedElementItemProvider {
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
	public AccountPlanItemProvider(AdapterFactory adapterFactory) {
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

			addStatusPropertyDescriptor(object);
			addPeriodStartPropertyDescriptor(object);
			addPeriodEndPropertyDescriptor(object);
			addAuthorPropertyDescriptor(object);
			addVisionPropertyDescriptor(object);
			addCustomerBusinessPropertyDescriptor(object);
			addCustomerGoalsPropertyDescriptor(object);
			addNextReviewDatePropertyDescriptor(object);
			addLastUpdatedPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountPlan_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountPlan_status_feature", "_UI_AccountPlan_type"),
				 KamPackage.Literals.ACCOUNT_PLAN__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Period Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeriodStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountPlan_periodStart_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountPlan_periodStart_feature", "_UI_AccountPlan_type"),
				 KamPackage.Literals.ACCOUNT_PLAN__PERIOD_START,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Period End feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeriodEndPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountPlan_periodEnd_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountPlan_periodEnd_feature", "_UI_AccountPlan_type"),
				 KamPackage.Literals.ACCOUNT_PLAN__PERIOD_END,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Author feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAuthorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountPlan_author_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountPlan_author_feature", "_UI_AccountPlan_type"),
				 KamPackage.Literals.ACCOUNT_PLAN__AUTHOR,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Vision feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVisionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountPlan_vision_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountPlan_vision_feature", "_UI_AccountPlan_type"),
				 KamPackage.Literals.ACCOUNT_PLAN__VISION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Customer Business feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCustomerBusinessPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountPlan_customerBusiness_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountPlan_customerBusiness_feature", "_UI_AccountPlan_type"),
				 KamPackage.Literals.ACCOUNT_PLAN__CUSTOMER_BUSINESS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Customer Goals feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCustomerGoalsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountPlan_customerGoals_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountPlan_customerGoals_feature", "_UI_AccountPlan_type"),
				 KamPackage.Literals.ACCOUNT_PLAN__CUSTOMER_GOALS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Next Review Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNextReviewDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountPlan_nextReviewDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountPlan_nextReviewDate_feature", "_UI_AccountPlan_type"),
				 KamPackage.Literals.ACCOUNT_PLAN__NEXT_REVIEW_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
				 getString("_UI_AccountPlan_lastUpdated_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountPlan_lastUpdated_feature", "_UI_AccountPlan_type"),
				 KamPackage.Literals.ACCOUNT_PLAN__LAST_UPDATED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(KamPackage.Literals.ACCOUNT_PLAN__SWOT);
			childrenFeatures.add(KamPackage.Literals.ACCOUNT_PLAN__OBJECTIVES);
			childrenFeatures.add(KamPackage.Literals.ACCOUNT_PLAN__STRATEGIES);
			childrenFeatures.add(KamPackage.Literals.ACCOUNT_PLAN__ACTIONS);
			childrenFeatures.add(KamPackage.Literals.ACCOUNT_PLAN__REVENUE_TARGETS);
			childrenFeatures.add(KamPackage.Literals.ACCOUNT_PLAN__RISKS);
			childrenFeatures.add(KamPackage.Literals.ACCOUNT_PLAN__REVIEWS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns AccountPlan.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/AccountPlan"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((AccountPlan)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_AccountPlan_type") :
			getString("_UI_AccountPlan_type") + " " + label;
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

		switch (notification.getFeatureID(AccountPlan.class)) {
			case KamPackage.ACCOUNT_PLAN__STATUS:
			case KamPackage.ACCOUNT_PLAN__PERIOD_START:
			case KamPackage.ACCOUNT_PLAN__PERIOD_END:
			case KamPackage.ACCOUNT_PLAN__VISION:
			case KamPackage.ACCOUNT_PLAN__CUSTOMER_BUSINESS:
			case KamPackage.ACCOUNT_PLAN__CUSTOMER_GOALS:
			case KamPackage.ACCOUNT_PLAN__NEXT_REVIEW_DATE:
			case KamPackage.ACCOUNT_PLAN__LAST_UPDATED:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case KamPackage.ACCOUNT_PLAN__SWOT:
			case KamPackage.ACCOUNT_PLAN__OBJECTIVES:
			case KamPackage.ACCOUNT_PLAN__STRATEGIES:
			case KamPackage.ACCOUNT_PLAN__ACTIONS:
			case KamPackage.ACCOUNT_PLAN__REVENUE_TARGETS:
			case KamPackage.ACCOUNT_PLAN__RISKS:
			case KamPackage.ACCOUNT_PLAN__REVIEWS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
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

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.ACCOUNT_PLAN__SWOT,
				 KamFactory.eINSTANCE.createSwotItem()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.ACCOUNT_PLAN__OBJECTIVES,
				 KamFactory.eINSTANCE.createObjective()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.ACCOUNT_PLAN__STRATEGIES,
				 KamFactory.eINSTANCE.createStrategy()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.ACCOUNT_PLAN__ACTIONS,
				 KamFactory.eINSTANCE.createAction()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.ACCOUNT_PLAN__REVENUE_TARGETS,
				 KamFactory.eINSTANCE.createRevenueTarget()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.ACCOUNT_PLAN__RISKS,
				 KamFactory.eINSTANCE.createRisk()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.ACCOUNT_PLAN__REVIEWS,
				 KamFactory.eINSTANCE.createPlanReview()));
	}

}
