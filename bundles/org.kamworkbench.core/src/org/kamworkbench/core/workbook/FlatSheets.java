package org.kamworkbench.core.workbook;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.kamworkbench.kam.Identified;

/**
 * A portfolio as a workbook of flat sheets, the way people keep one in a spreadsheet: one sheet per kind of
 * object (accounts, units, contacts, scores, periods, ...) and one row per object, with its identifier, the
 * identifier of the object it belongs to, every attribute (defaults included, as the workbench shows them), and
 * references as the identifiers they point to.
 * Numbers stay numbers; dates, enumerations and lists are text. Sheets follow the order in which their kind
 * first occurs in the file.
 */
public final class FlatSheets {

	/** Header of the column with each object's identifier. */
	public static final String ID = "id"; //$NON-NLS-1$
	/** Header of the column with the identifier of the object that holds it. */
	public static final String PARENT = "parent"; //$NON-NLS-1$

	private FlatSheets() {
	}

	/** Writes {@code root} and everything it contains to {@code file}, an .xlsx, replacing what was there. */
	public static void write(EObject root, Path file) throws IOException {
		Map<EClass, List<EObject>> byKind = new LinkedHashMap<>();
		byKind.computeIfAbsent(root.eClass(), kind -> new ArrayList<>()).add(root);
		for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
			EObject object = all.next();
			byKind.computeIfAbsent(object.eClass(), kind -> new ArrayList<>()).add(object);
		}
		try (XlsxWriter workbook = new XlsxWriter(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
			for (Map.Entry<EClass, List<EObject>> kind : byKind.entrySet()) {
				List<EStructuralFeature> columns = columns(kind.getKey());
				workbook.startSheet(kind.getKey().getName());
				List<Object> header = new ArrayList<>(columns.size() + 2);
				header.add(ID);
				header.add(PARENT);
				columns.forEach(column -> header.add(column.getName()));
				workbook.row(header);
				List<Object> row = new ArrayList<>(header.size());
				for (EObject object : kind.getValue()) {
					row.clear();
					row.add(id(object));
					row.add(object.eContainer() == null ? null : id(object.eContainer()));
					for (EStructuralFeature column : columns) {
						row.add(cell(column, object.eGet(column, false)));
					}
					workbook.row(row);
				}
			}
		}
	}

	/** What a file holds of the kind, apart from the identifier and the contained objects (their own sheets). */
	private static List<EStructuralFeature> columns(EClass kind) {
		List<EStructuralFeature> columns = new ArrayList<>();
		for (EStructuralFeature feature : kind.getEAllStructuralFeatures()) {
			boolean contained = feature instanceof EReference reference && reference.isContainment();
			boolean identifier = feature instanceof EAttribute attribute && attribute.isID();
			if (!contained && !identifier && !feature.isTransient() && !feature.isDerived()
					&& !(feature instanceof EReference reference && reference.isContainer())) {
				columns.add(feature);
			}
		}
		return columns;
	}

	private static Object cell(EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			Collection<?> values = (Collection<?>) value;
			String separator = feature instanceof EReference ? " " : "; "; //$NON-NLS-1$ //$NON-NLS-2$
			return values.stream().map(each -> String.valueOf(single(feature, each))).collect(Collectors.joining(separator));
		}
		return single(feature, value);
	}

	private static Object single(EStructuralFeature feature, Object value) {
		if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
			return value;
		}
		if (value instanceof EObject object) {
			return id(object);
		}
		if (value instanceof Enumerator literal) {
			return literal.getLiteral();
		}
		return EcoreUtil.convertToString((EDataType) feature.getEType(), value);
	}

	private static String id(EObject object) {
		return object instanceof Identified identified ? identified.getId() : null;
	}
}
