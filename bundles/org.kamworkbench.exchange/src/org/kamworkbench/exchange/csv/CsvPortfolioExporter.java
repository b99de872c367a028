package org.kamworkbench.exchange.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.kamworkbench.core.exchange.ExportRequest;
import org.kamworkbench.core.exchange.PortfolioExporter;
import org.kamworkbench.kam.Account;
import org.kamworkbench.kam.AccountUnit;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.Identified;
import org.kamworkbench.kam.KamPackage.Literals;
import org.kamworkbench.kam.NamedElement;
import org.kamworkbench.kam.PeriodResult;

/**
 * Writes the accounts of a portfolio with their customer units, contacts and period results as one CSV file (UTF-8,
 * comma separated, header row), in the documented columns the CSV importer reads: an export imported into a
 * portfolio with the same people and units gives the same accounts. Plans, scores and assessments are not part of
 * it; the portfolio file keeps them.
 */
public class CsvPortfolioExporter implements PortfolioExporter {

	@Override
	public void export(ExportRequest request, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
		printer.printRecord((Object[]) Arrays.stream(CsvField.values()).map(CsvField::column)
				.toArray(String[]::new));
		for (Account account : request.portfolio().getAccounts()) {
			write(printer, account);
		}
		printer.flush(); // the stream stays open, as the caller asked
	}

	private static void write(CSVPrinter printer, Account account) throws IOException {
		Map<CsvField, String> row = row(RecordKind.ACCOUNT, account);
		row.put(CsvField.STATUS, word(account.getStatus()));
		row.put(CsvField.SECTOR, account.getSector());
		row.put(CsvField.COUNTRY, account.getCountry());
		row.put(CsvField.DESCRIPTION, account.getDescription());
		row.put(CsvField.KEY_ACCOUNT_MANAGER, name(account.getKeyAccountManager()));
		row.put(CsvField.EXECUTIVE_SPONSOR, name(account.getExecutiveSponsor()));
		row.put(CsvField.OWNING_UNIT, name(account.getOwningUnit()));
		row.put(CsvField.DECISION_LEVEL, word(account.getDecisionLevel()));
		row.put(CsvField.PURCHASING_COORDINATION, word(account.getPurchasingCoordination()));
		print(printer, row);
		for (AccountUnit unit : account.getUnits()) {
			write(printer, account, unit, null);
		}
		for (Contact contact : account.getContacts()) {
			write(printer, account, contact);
		}
		for (PeriodResult result : account.getResults()) {
			write(printer, account, result);
		}
	}

	/** The unit, then its subunits: a parent comes before the units under it, as the importer needs. */
	private static void write(CSVPrinter printer, Account account, AccountUnit unit, AccountUnit parent)
			throws IOException {
		Map<CsvField, String> row = part(RecordKind.UNIT, account, unit);
		row.put(CsvField.NAME, unit.getName());
		row.put(CsvField.PARENT_UNIT, name(parent));
		row.put(CsvField.COUNTRY, unit.getCountry());
		row.put(CsvField.BUSINESS_UNIT, unit.getBusinessUnit());
		row.put(CsvField.LANGUAGE, unit.getLanguage());
		row.put(CsvField.LOCAL_IMPORTANCE, number(unit, Literals.ACCOUNT_UNIT__LOCAL_IMPORTANCE));
		row.put(CsvField.LOCAL_COMMITMENT, number(unit, Literals.ACCOUNT_UNIT__LOCAL_COMMITMENT));
		row.put(CsvField.LOCAL_REVENUE, number(unit.getLocalRevenue()));
		row.put(CsvField.OUR_UNIT, name(unit.getOurUnit()));
		row.put(CsvField.LOCAL_ACCOUNT_MANAGER, name(unit.getLocalAccountManager()));
		print(printer, row);
		for (AccountUnit subunit : unit.getSubunits()) {
			write(printer, account, subunit, unit);
		}
	}

	private static void write(CSVPrinter printer, Account account, Contact contact) throws IOException {
		Map<CsvField, String> row = part(RecordKind.CONTACT, account, contact);
		row.put(CsvField.NAME, contact.getName());
		row.put(CsvField.UNIT_NAME, name(contact.getUnit()));
		row.put(CsvField.JOB_TITLE, contact.getJobTitle());
		row.put(CsvField.DEPARTMENT, contact.getDepartment());
		row.put(CsvField.EMAIL, contact.getEmail());
		row.put(CsvField.PHONE, contact.getPhone());
		row.put(CsvField.LANGUAGE, contact.getLanguage());
		row.put(CsvField.BUYING_ROLE, word(contact.getBuyingRole()));
		row.put(CsvField.INFLUENCE, Integer.toString(contact.getInfluence()));
		row.put(CsvField.ATTITUDE, word(contact.getAttitude()));
		row.put(CsvField.REPORTS_TO, name(contact.getReportsTo()));
		row.put(CsvField.OWNER, name(contact.getOwner()));
		row.put(CsvField.LAST_CONTACT, text(contact.getLastContactDate()));
		print(printer, row);
	}

	private static void write(CSVPrinter printer, Account account, PeriodResult result) throws IOException {
		Map<CsvField, String> row = part(RecordKind.RESULT, account, result);
		row.put(CsvField.PERIOD, result.getPeriodLabel());
		row.put(CsvField.PERIOD_START, text(result.getPeriodStart()));
		row.put(CsvField.PERIOD_END, text(result.getPeriodEnd()));
		row.put(CsvField.UNIT_NAME, name(result.getAccountUnit()));
		row.put(CsvField.DIRECT_REVENUE, number(result.getDirectRevenue()));
		row.put(CsvField.COST_TO_SERVE, number(result.getCostToServe()));
		row.put(CsvField.PROFIT_CONTRIBUTION, number(result.getProfitContribution()));
		row.put(CsvField.REVENUE_TARGET, number(result.getRevenueTarget()));
		row.put(CsvField.PROFIT_TARGET, number(result.getProfitContributionTarget()));
		row.put(CsvField.COMMENT, result.getComment());
		print(printer, row);
	}

	private static Map<CsvField, String> row(RecordKind kind, Account account) {
		Map<CsvField, String> row = new EnumMap<>(CsvField.class);
		row.put(CsvField.RECORD, kind.word());
		row.put(CsvField.ACCOUNT_NAME, account.getName());
		row.put(CsvField.ACCOUNT_ID, account.getId());
		return row;
	}

	private static Map<CsvField, String> part(RecordKind kind, Account account, Identified part) {
		Map<CsvField, String> row = row(kind, account);
		row.put(CsvField.ID, part.getId());
		return row;
	}

	private static void print(CSVPrinter printer, Map<CsvField, String> row) throws IOException {
		Object[] values = new Object[CsvField.values().length];
		for (CsvField field : CsvField.values()) {
			String value = row.get(field);
			values[field.ordinal()] = value == null ? "" : value; //$NON-NLS-1$
		}
		printer.printRecord(values);
	}

	private static String name(NamedElement element) {
		return element == null ? null : element.getName();
	}

	private static String word(Enumerator literal) {
		return Cells.word(literal);
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	/** A plain decimal: 2600000 rather than 2600000.0 or 2.6E6. */
	private static String number(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** An unsettable amount, empty when not assessed. */
	private static String number(EObject object, EAttribute attribute) {
		return object.eIsSet(attribute) ? number(((Double) object.eGet(attribute)).doubleValue()) : null;
	}
}
