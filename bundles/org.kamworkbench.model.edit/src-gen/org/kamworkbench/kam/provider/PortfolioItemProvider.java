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

import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.Portfolio;

/**
 * This is the item provider adapter for a {@link org.kamworkbench.kam.Portfolio} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PortfolioItemProvider extends NamedElementItemProvider {
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
	public PortfolioItemProvider(AdapterFactory adapterFactory) {
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

			addFormatVersionPropertyDescriptor(object);
			addOrganisationNamePropertyDescriptor(object);
			addCurrencyPropertyDescriptor(object);
			addLastUpdatedPropertyDescriptor(object);
			addActiveCriteriaSetPropertyDescriptor(object);
			addRelationshipStageScalePropertyDescriptor(object);
			addBuySellScalePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Portfolio_formatVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Portfolio_formatVersion_feature", "_UI_Portfolio_type"),
				 KamPackage.Literals.PORTFOLIO__FORMAT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Organisation Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOrganisationNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Portfolio_organisationName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Portfolio_organisationName_feature", "_UI_Portfolio_type"),
				 KamPackage.Literals.PORTFOLIO__ORGANISATION_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Currency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCurrencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Portfolio_currency_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Portfolio_currency_feature", "_UI_Portfolio_type"),
				 KamPackage.Literals.PORTFOLIO__CURRENCY,
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
				 getString("_UI_Portfolio_lastUpdated_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Portfolio_lastUpdated_feature", "_UI_Portfolio_type"),
				 KamPackage.Literals.PORTFOLIO__LAST_UPDATED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Active Criteria Set feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActiveCriteriaSetPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Portfolio_activeCriteriaSet_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Portfolio_activeCriteriaSet_feature", "_UI_Portfolio_type"),
				 KamPackage.Literals.PORTFOLIO__ACTIVE_CRITERIA_SET,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Relationship Stage Scale feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRelationshipStageScalePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Portfolio_relationshipStageScale_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Portfolio_relationshipStageScale_feature", "_UI_Portfolio_type"),
				 KamPackage.Literals.PORTFOLIO__RELATIONSHIP_STAGE_SCALE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Buy Sell Scale feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBuySellScalePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Portfolio_buySellScale_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Portfolio_buySellScale_feature", "_UI_Portfolio_type"),
				 KamPackage.Literals.PORTFOLIO__BUY_SELL_SCALE,
				 true,
				 false,
				 true,
				 null,
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
			childrenFeatures.add(KamPackage.Literals.PORTFOLIO__SETTINGS);
			childrenFeatures.add(KamPackage.Literals.PORTFOLIO__PEOPLE);
			childrenFeatures.add(KamPackage.Literals.PORTFOLIO__UNITS);
			childrenFeatures.add(KamPackage.Literals.PORTFOLIO__OFFERINGS);
			childrenFeatures.add(KamPackage.Literals.PORTFOLIO__SCALES);
			childrenFeatures.add(KamPackage.Literals.PORTFOLIO__CRITERIA_SETS);
			childrenFeatures.add(KamPackage.Literals.PORTFOLIO__COMPETITORS);
			childrenFeatures.add(KamPackage.Literals.PORTFOLIO__RESELLERS);
			childrenFeatures.add(KamPackage.Literals.PORTFOLIO__ACCOUNTS);
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
	 * This returns Portfolio.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Portfolio"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Portfolio)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Portfolio_type") :
			getString("_UI_Portfolio_type") + " " + label;
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

		switch (notification.getFeatureID(Portfolio.class)) {
			case KamPackage.PORTFOLIO__FORMAT_VERSION:
			case KamPackage.PORTFOLIO__ORGANISATION_NAME:
			case KamPackage.PORTFOLIO__CURRENCY:
			case KamPackage.PORTFOLIO__LAST_UPDATED:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case KamPackage.PORTFOLIO__SETTINGS:
			case KamPackage.PORTFOLIO__PEOPLE:
			case KamPackage.PORTFOLIO__UNITS:
			case KamPackage.PORTFOLIO__OFFERINGS:
			case KamPackage.PORTFOLIO__SCALES:
			case KamPackage.PORTFOLIO__CRITERIA_SETS:
			case KamPackage.PORTFOLIO__COMPETITORS:
			case KamPackage.PORTFOLIO__RESELLERS:
			case KamPackage.PORTFOLIO__ACCOUNTS:
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
				(KamPackage.Literals.PORTFOLIO__SETTINGS,
				 KamFactory.eINSTANCE.createAnalysisSettings()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.PORTFOLIO__PEOPLE,
				 KamFactory.eINSTANCE.createPerson()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.PORTFOLIO__UNITS,
				 KamFactory.eINSTANCE.createOrganisationUnit()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.PORTFOLIO__OFFERINGS,
				 KamFactory.eINSTANCE.createOffering()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.PORTFOLIO__SCALES,
				 KamFactory.eINSTANCE.createScale()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.PORTFOLIO__CRITERIA_SETS,
				 KamFactory.eINSTANCE.createCriteriaSet()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.PORTFOLIO__COMPETITORS,
				 KamFactory.eINSTANCE.createCompetitor()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.PORTFOLIO__RESELLERS,
				 KamFactory.eINSTANCE.createReseller()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.PORTFOLIO__ACCOUNTS,
				 KamFactory.eINSTANCE.createAccount()));
	}

}
