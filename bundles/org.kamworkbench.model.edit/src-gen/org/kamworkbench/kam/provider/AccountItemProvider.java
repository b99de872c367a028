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

import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KamPackage;

/**
 * This is the item provider adapter for a {@link org.kamworkbench.kam.Account} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AccountItemProvider extends NamedElementItemProvider {
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
	public AccountItemProvider(AdapterFactory adapterFactory) {
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
			addSectorPropertyDescriptor(object);
			addCountryPropertyDescriptor(object);
			addKeyAccountManagerPropertyDescriptor(object);
			addExecutiveSponsorPropertyDescriptor(object);
			addCustomerSponsorPropertyDescriptor(object);
			addOwningUnitPropertyDescriptor(object);
			addDecisionLevelPropertyDescriptor(object);
			addPurchasingCoordinationPropertyDescriptor(object);
			addOurWillingnessToInvestPropertyDescriptor(object);
			addTheirWillingnessToInvestPropertyDescriptor(object);
			addOurInternationalisationPropertyDescriptor(object);
			addTheirInternationalisationPropertyDescriptor(object);
			addRelationshipStagePropertyDescriptor(object);
			addCurrentBuySellLevelPropertyDescriptor(object);
			addDesiredBuySellLevelPropertyDescriptor(object);
			addLanguageNotesPropertyDescriptor(object);
			addCultureNotesPropertyDescriptor(object);
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
				 getString("_UI_Account_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Account_status_feature", "_UI_Account_type"),
				 KamPackage.Literals.ACCOUNT__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sector feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSectorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Account_sector_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Account_sector_feature", "_UI_Account_type"),
				 KamPackage.Literals.ACCOUNT__SECTOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
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
				 getString("_UI_Account_country_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Account_country_feature", "_UI_Account_type"),
				 KamPackage.Literals.ACCOUNT__COUNTRY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Key Account Manager feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKeyAccountManagerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Account_keyAccountManager_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Account_keyAccountManager_feature", "_UI_Account_type"),
				 KamPackage.Literals.ACCOUNT__KEY_ACCOUNT_MANAGER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Executive Sponsor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExecutiveSponsorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Account_executiveSponsor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Account_executiveSponsor_feature", "_UI_Account_type"),
				 KamPackage.Literals.ACCOUNT__EXECUTIVE_SPONSOR,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Customer Sponsor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCustomerSponsorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Account_customerSponsor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Account_customerSponsor_feature", "_UI_Account_type"),
				 KamPackage.Literals.ACCOUNT__CUSTOMER_SPONSOR,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Owning Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwningUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Account_owningUnit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Account_owningUnit_feature", "_UI_Account_type"),
				 KamPackage.Literals.ACCOUNT__OWNING_UNIT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Decision Level feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDecisionLevelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Account_decisionLevel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Account_decisionLevel_feature", "_UI_Account_type"),
				 KamPackage.Literals.ACCOUNT__DECISION_LEVEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Purchasing Coordination feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPurchasingCoordinationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Account_purchasingCoordination_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Account_purchasingCoordination_feature", "_UI_Account_type"),
				 KamPackage.Literals.ACCOUNT__PURCHASING_COORDINATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Our Willingness To Invest feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOurWillingnessToInvestPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Account_ourWillingnessToInvest_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Account_ourWillingnessToInvest_feature", "_UI_Account_type"),
				 KamPackage.Literals.ACCOUNT__OUR_WILLINGNESS_TO_INVEST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Their Willingness To Invest feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTheirWillingnessToInvestPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Account_theirWillingnessToInvest_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Account_theirWillingnessToInvest_feature", "_UI_Account_type"),
				 KamPackage.Literals.ACCOUNT__THEIR_WILLINGNESS_TO_INVEST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Our Internationalisation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOurInternationalisationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Account_ourInternationalisation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Account_ourInternationalisation_feature", "_UI_Account_type"),
				 KamPackage.Literals.ACCOUNT__OUR_INTERNATIONALISATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Their Internationalisation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTheirInternationalisationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Account_theirInternationalisation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Account_theirInternationalisation_feature", "_UI_Account_type"),
				 KamPackage.Literals.ACCOUNT__THEIR_INTERNATIONALISATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Relationship Stage feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRelationshipStagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Account_relationshipStage_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Account_relationshipStage_feature", "_UI_Account_type"),
				 KamPackage.Literals.ACCOUNT__RELATIONSHIP_STAGE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Current Buy Sell Level feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCurrentBuySellLevelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Account_currentBuySellLevel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Account_currentBuySellLevel_feature", "_UI_Account_type"),
				 KamPackage.Literals.ACCOUNT__CURRENT_BUY_SELL_LEVEL,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Desired Buy Sell Level feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDesiredBuySellLevelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Account_desiredBuySellLevel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Account_desiredBuySellLevel_feature", "_UI_Account_type"),
				 KamPackage.Literals.ACCOUNT__DESIRED_BUY_SELL_LEVEL,
				 true,
				 false,
				 true,
				 null,
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
				 getString("_UI_Account_languageNotes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Account_languageNotes_feature", "_UI_Account_type"),
				 KamPackage.Literals.ACCOUNT__LANGUAGE_NOTES,
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
				 getString("_UI_Account_cultureNotes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Account_cultureNotes_feature", "_UI_Account_type"),
				 KamPackage.Literals.ACCOUNT__CULTURE_NOTES,
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
				 getString("_UI_Account_lastUpdated_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Account_lastUpdated_feature", "_UI_Account_type"),
				 KamPackage.Literals.ACCOUNT__LAST_UPDATED,
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
			childrenFeatures.add(KamPackage.Literals.ACCOUNT__UNITS);
			childrenFeatures.add(KamPackage.Literals.ACCOUNT__CONTACTS);
			childrenFeatures.add(KamPackage.Literals.ACCOUNT__RELATIONSHIP_LINKS);
			childrenFeatures.add(KamPackage.Literals.ACCOUNT__TEAM);
			childrenFeatures.add(KamPackage.Literals.ACCOUNT__SCORES);
			childrenFeatures.add(KamPackage.Literals.ACCOUNT__KRALJIC_ASSESSMENT);
			childrenFeatures.add(KamPackage.Literals.ACCOUNT__SUPPLIER_PREFERENCING);
			childrenFeatures.add(KamPackage.Literals.ACCOUNT__COMPETITORS);
			childrenFeatures.add(KamPackage.Literals.ACCOUNT__PLANS);
			childrenFeatures.add(KamPackage.Literals.ACCOUNT__RESULTS);
			childrenFeatures.add(KamPackage.Literals.ACCOUNT__NOTES);
			childrenFeatures.add(KamPackage.Literals.ACCOUNT__LIFETIME_VALUE_INPUTS);
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
	 * This returns Account.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Account"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Account)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Account_type") :
			getString("_UI_Account_type") + " " + label;
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

		switch (notification.getFeatureID(Account.class)) {
			case KamPackage.ACCOUNT__STATUS:
			case KamPackage.ACCOUNT__SECTOR:
			case KamPackage.ACCOUNT__COUNTRY:
			case KamPackage.ACCOUNT__DECISION_LEVEL:
			case KamPackage.ACCOUNT__PURCHASING_COORDINATION:
			case KamPackage.ACCOUNT__OUR_WILLINGNESS_TO_INVEST:
			case KamPackage.ACCOUNT__THEIR_WILLINGNESS_TO_INVEST:
			case KamPackage.ACCOUNT__OUR_INTERNATIONALISATION:
			case KamPackage.ACCOUNT__THEIR_INTERNATIONALISATION:
			case KamPackage.ACCOUNT__LANGUAGE_NOTES:
			case KamPackage.ACCOUNT__CULTURE_NOTES:
			case KamPackage.ACCOUNT__LAST_UPDATED:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case KamPackage.ACCOUNT__UNITS:
			case KamPackage.ACCOUNT__CONTACTS:
			case KamPackage.ACCOUNT__RELATIONSHIP_LINKS:
			case KamPackage.ACCOUNT__TEAM:
			case KamPackage.ACCOUNT__SCORES:
			case KamPackage.ACCOUNT__KRALJIC_ASSESSMENT:
			case KamPackage.ACCOUNT__SUPPLIER_PREFERENCING:
			case KamPackage.ACCOUNT__COMPETITORS:
			case KamPackage.ACCOUNT__PLANS:
			case KamPackage.ACCOUNT__RESULTS:
			case KamPackage.ACCOUNT__NOTES:
			case KamPackage.ACCOUNT__LIFETIME_VALUE_INPUTS:
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
				(KamPackage.Literals.ACCOUNT__UNITS,
				 KamFactory.eINSTANCE.createAccountUnit()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.ACCOUNT__CONTACTS,
				 KamFactory.eINSTANCE.createContact()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.ACCOUNT__RELATIONSHIP_LINKS,
				 KamFactory.eINSTANCE.createRelationshipLink()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.ACCOUNT__TEAM,
				 KamFactory.eINSTANCE.createAccountTeamMember()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.ACCOUNT__SCORES,
				 KamFactory.eINSTANCE.createScore()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.ACCOUNT__KRALJIC_ASSESSMENT,
				 KamFactory.eINSTANCE.createKraljicAssessment()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.ACCOUNT__SUPPLIER_PREFERENCING,
				 KamFactory.eINSTANCE.createSupplierPreferencing()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.ACCOUNT__COMPETITORS,
				 KamFactory.eINSTANCE.createCompetitorPosition()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.ACCOUNT__PLANS,
				 KamFactory.eINSTANCE.createAccountPlan()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.ACCOUNT__RESULTS,
				 KamFactory.eINSTANCE.createPeriodResult()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.ACCOUNT__NOTES,
				 KamFactory.eINSTANCE.createKnowledgeNote()));

		newChildDescriptors.add
			(createChildParameter
				(KamPackage.Literals.ACCOUNT__LIFETIME_VALUE_INPUTS,
				 KamFactory.eINSTANCE.createLifetimeValueInputs()));
	}

}
