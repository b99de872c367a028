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

import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KamPackage;

/**
 * This is the item provider adapter for a {@link org.kamworkbench.kam.AccountUnit} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AccountUnitItemProvider extends NamedElementItemProvider {
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
	public AccountUnitItemProvider(AdapterFactory adapterFactory) {
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

			addCountryPropertyDescriptor(object);
			addBusinessUnitPropertyDescriptor(object);
			addLanguagePropertyDescriptor(object);
			addLanguageNotesPropertyDescriptor(object);
			addCultureNotesPropertyDescriptor(object);
			addLocalImportancePropertyDescriptor(object);
			addLocalCommitmentPropertyDescriptor(object);
			addLocalRevenuePropertyDescriptor(object);
			addLocalAgreementNotesPropertyDescriptor(object);
			addOurUnitPropertyDescriptor(object);
			addLocalAccountManagerPropertyDescriptor(object);
			addLastUpdatedPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Country feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCountryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountUnit_country_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountUnit_country_feature", "_UI_AccountUnit_type"),
				 KamPackage.Literals.ACCOUNT_UNIT__COUNTRY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Business Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBusinessUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountUnit_businessUnit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountUnit_businessUnit_feature", "_UI_AccountUnit_type"),
				 KamPackage.Literals.ACCOUNT_UNIT__BUSINESS_UNIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Language feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLanguagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountUnit_language_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountUnit_language_feature", "_UI_AccountUnit_type"),
				 KamPackage.Literals.ACCOUNT_UNIT__LANGUAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Language Notes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLanguageNotesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountUnit_languageNotes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountUnit_languageNotes_feature", "_UI_AccountUnit_type"),
				 KamPackage.Literals.ACCOUNT_UNIT__LANGUAGE_NOTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Culture Notes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCultureNotesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountUnit_cultureNotes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountUnit_cultureNotes_feature", "_UI_AccountUnit_type"),
				 KamPackage.Literals.ACCOUNT_UNIT__CULTURE_NOTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Local Importance feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLocalImportancePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountUnit_localImportance_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountUnit_localImportance_feature", "_UI_AccountUnit_type"),
				 KamPackage.Literals.ACCOUNT_UNIT__LOCAL_IMPORTANCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Local Commitment feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLocalCommitmentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountUnit_localCommitment_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountUnit_localCommitment_feature", "_UI_AccountUnit_type"),
				 KamPackage.Literals.ACCOUNT_UNIT__LOCAL_COMMITMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Local Revenue feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLocalRevenuePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountUnit_localRevenue_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountUnit_localRevenue_feature", "_UI_AccountUnit_type"),
				 KamPackage.Literals.ACCOUNT_UNIT__LOCAL_REVENUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Local Agreement Notes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLocalAgreementNotesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountUnit_localAgreementNotes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountUnit_localAgreementNotes_feature", "_UI_AccountUnit_type"),
				 KamPackage.Literals.ACCOUNT_UNIT__LOCAL_AGREEMENT_NOTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Our Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOurUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountUnit_ourUnit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountUnit_ourUnit_feature", "_UI_AccountUnit_type"),
				 KamPackage.Literals.ACCOUNT_UNIT__OUR_UNIT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Local Account Manager feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLocalAccountManagerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AccountUnit_localAccountManager_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountUnit_localAccountManager_feature", "_UI_AccountUnit_type"),
				 KamPackage.Literals.ACCOUNT_UNIT__LOCAL_ACCOUNT_MANAGER,
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
				 getString("_UI_AccountUnit_lastUpdated_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AccountUnit_lastUpdated_feature", "_UI_AccountUnit_type"),
				 KamPackage.Literals.ACCOUNT_UNIT__LAST_UPDATED,
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
			childrenFeatures.add(KamPackage.Literals.ACCOUNT_UNIT__SUBUNITS);
			childrenFeatures.add(KamPackage.Literals.ACCOUNT_UNIT__NOTES);
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
	 * This returns AccountUnit.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/AccountUnit"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((AccountUnit)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_AccountUnit_type") :
			getString("_UI_AccountUnit_type") + " " + label;
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

		switch (notification.getFeatureID(AccountUnit.class)) {
			case KamPackage.ACCOUNT_UNIT__COUNTRY:
			case KamPackage.ACCOUNT_UNIT__BUSINESS_UNIT:
			case KamPackage.ACCOUNT_UNIT__LANGUAGE:
			case KamPackage.ACCOUNT_UNIT__LANGUAGE_NOTES:
			case KamPackage.ACCOUNT_UNIT__CULTURE_NOTES:
			case KamPackage.ACCOUNT_UNIT__LOCAL_IMPORTANCE:
			case KamPackage.ACCOUNT_UNIT__LOCAL_COMMITMENT:
			case KamPackage.ACCOUNT_UNIT__LOCAL_REVENUE:
			case KamPackage.ACCOUNT_UNIT__LOCAL_AGREEMENT_NOTES:
			case KamPackage.ACCOUNT_UNIT__LAST_UPDATED:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case KamPackage.ACCOUNT_UNIT__SUBUNITS:
			case KamPackage.ACCOUNT_UNIT__NOTES:
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
				(KamPackage.Literals.ACCOUNT_UNIT__SUBUNITS,
				 KamFactory.eINSTANCE.createAccountUnit()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.ACCOUNT_UNIT__NOTES,
				 KamFactory.eINSTANCE.createKnowledgeNote()));
	}

}
