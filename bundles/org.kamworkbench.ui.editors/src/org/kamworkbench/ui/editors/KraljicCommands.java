package org.kamworkbench.ui.editors;

import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.kamworkbench.core.kraljic.FactorAdjustment;
import org.kamworkbench.kam.KamFactory;
import org.kamworkbench.kam.KamPackage;
import org.kamworkbench.kam.KraljicDimension;
import org.kamworkbench.kam.KraljicFactorScore;
import org.kamworkbench.kam.PurchaseCategory;

/** Moving a category in the Kraljic matrix: one undoable command that changes the factor scores behind it. */
final class KraljicCommands {

	private KraljicCommands() {
	}

	static Command moveTo(EditingDomain domain, PurchaseCategory category, double profitImpact, double supplyRisk,
			String label) {
		CompoundCommand move = new CompoundCommand(label);
		append(move, domain, category, KraljicDimension.PROFIT_IMPACT, profitImpact);
		append(move, domain, category, KraljicDimension.SUPPLY_RISK, supplyRisk);
		return move.unwrap();
	}

	private static void append(CompoundCommand move, EditingDomain domain, PurchaseCategory category,
			KraljicDimension dimension, double target) {
		Map<KraljicFactorScore, Double> values = FactorAdjustment.toReach(category, dimension, target);
		if (values.isEmpty()) {
			// no factors yet: the position itself becomes the one factor, so the matrix shows what the user chose
			KraljicFactorScore placed = KamFactory.eINSTANCE.createKraljicFactorScore();
			placed.setDimension(dimension);
			placed.setFactor(Messages.Kraljic_placedFactor);
			placed.setWeight(1);
			placed.setValue(Math.max(FactorAdjustment.MIN, Math.min(FactorAdjustment.MAX, target)));
			move.append(AddCommand.create(domain, category, KamPackage.Literals.PURCHASE_CATEGORY__FACTOR_SCORES, placed));
			return;
		}
		values.forEach((factor, value) -> {
			if (factor.getValue() != value) {
				move.append(SetCommand.create(domain, factor, KamPackage.Literals.KRALJIC_FACTOR_SCORE__VALUE, value));
			}
		});
	}
}
