package org.kamworkbench.ui.editors;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.jface.viewers.ViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TreeColumn;
import org.kamworkbench.core.Texts;

/**
 * The columns of a table or tree whose rows are model objects: each editable cell shows one feature of
 * its row and changes it with one command (so it can be undone). Text is checked before it becomes a
 * value; what cannot be taken is refused with a message in the page's header.
 */
final class FeatureColumns {

	/** "No value" in the drop-down of an optional reference. */
	private enum NoValue {
		INSTANCE
	}

	private final AccountPage page;
	private final ColumnViewer viewer;
	private Function<Object, Color> rowBackground = element -> null;

	FeatureColumns(AccountPage page, ColumnViewer viewer) {
		this.page = page;
		this.viewer = viewer;
		// a click selects the row; a double click (or F2, Enter) edits the cell
		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
								&& (event.keyCode == SWT.F2 || event.keyCode == SWT.CR);
			}
		};
		int features = ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION;
		if (viewer instanceof TreeViewer tree) {
			TreeViewerEditor.create(tree, activation, features);
		} else {
			TableViewerEditor.create((TableViewer) viewer, activation, features);
		}
	}

	/** The background of whole rows, e.g. to mark the rows with a problem; {@code null} for the default. */
	void rowBackground(Function<Object, Color> background) {
		this.rowBackground = background;
	}

	/** A column that only shows. */
	Column label(String title, int width, Function<Object, String> text) {
		return new Column(title, width, text);
	}

	/** Text of a single string attribute; an empty text clears it. */
	Column text(String title, int width, EAttribute feature) {
		Column column = label(title, width, element -> Objects.toString(((EObject) element).eGet(feature), "")); //$NON-NLS-1$
		column.editing(new TextEditing(column, feature) {
			@Override
			Object valueOf(String text) {
				return text.isEmpty() ? null : text;
			}
		});
		return column;
	}

	/** A list of strings written as "a, b, c". */
	Column list(String title, int width, EAttribute feature) {
		Column column = label(title, width, element -> String.join(", ", strings((EObject) element, feature))); //$NON-NLS-1$
		column.editing(new TextEditing(column, feature) {
			@Override
			Object valueOf(String text) {
				return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
			}
		});
		return column;
	}

	private static List<String> strings(EObject object, EAttribute feature) {
		List<String> strings = new ArrayList<>();
		for (Object value : (List<?>) object.eGet(feature)) {
			strings.add(String.valueOf(value));
		}
		return strings;
	}

	/**
	 * A number between {@code min} and {@code max}, which may be infinite (a whole number for integer
	 * attributes). When
	 * {@code unsetText} is given the attribute may be unset: the cell shows that text, and emptying the
	 * cell unsets it.
	 */
	Column number(String title, int width, EAttribute feature, double min, double max, String unsetText) {
		boolean whole = feature.getEAttributeType().getInstanceClass() == int.class;
		Column column = label(title, width, element -> {
			EObject object = (EObject) element;
			return unsetText != null && !object.eIsSet(feature) ? unsetText
					: Texts.decimal(((Number) object.eGet(feature)).doubleValue());
		});
		column.editing(new TextEditing(column, feature) {
			@Override
			String textOf(Object element) {
				EObject object = (EObject) element;
				return unsetText != null && !object.eIsSet(feature) ? "" //$NON-NLS-1$
						: plain(((Number) object.eGet(feature)).doubleValue());
			}

			@Override
			Object valueOf(String text) {
				if (text.isEmpty()) {
					return unsetText != null ? SetCommand.UNSET_VALUE : refuse(Messages.Edit_empty, text, title);
				}
				Double value = parse(text);
				if (value == null) {
					return refuse(Messages.Edit_notANumber, text, title);
				}
				if (value < min || value > max) {
					return refuse(NLS.bind(Double.isInfinite(max) ? Messages.Edit_tooLow : Messages.Edit_outOfRange,
							new Object[] { text, title, Texts.decimal(min), Texts.decimal(max) }));
				}
				if (whole) {
					if (value != Math.rint(value)) {
						return refuse(Messages.Edit_notAWholeNumber, text, title);
					}
					return value.intValue();
				}
				return value;
			}
		});
		return column;
	}

	/** A date, edited as yyyy-mm-dd; an empty cell clears it. */
	Column date(String title, int width, EAttribute feature) {
		Column column = label(title, width, element -> Objects.toString(((EObject) element).eGet(feature), "")); //$NON-NLS-1$
		column.editing(new TextEditing(column, feature) {
			@Override
			Object valueOf(String text) {
				if (text.isEmpty()) {
					return null;
				}
				try {
					return LocalDate.parse(text);
				} catch (DateTimeParseException e) {
					return refuse(Messages.Edit_notADate, text, title);
				}
			}
		});
		return column;
	}

	/**
	 * One of the values the feature may take, in a drop-down; an optional feature has an empty entry that
	 * clears it.
	 */
	<T> Column choice(String title, int width, EStructuralFeature feature, Function<Object, List<T>> values,
			Function<T, String> names, boolean optional) {
		@SuppressWarnings("unchecked")
		Function<Object, String> name = value -> value == null || value == NoValue.INSTANCE ? "" : names.apply((T) value); //$NON-NLS-1$
		Column column = label(title, width, element -> name.apply(((EObject) element).eGet(feature)));
		column.editing(new EditingSupport(viewer) {
			private ComboBoxViewerCellEditor editor;

			@Override
			protected CellEditor getCellEditor(Object element) {
				if (editor == null) {
					editor = new ComboBoxViewerCellEditor((Composite) viewer.getControl(), SWT.READ_ONLY);
					editor.setContentProvider(ArrayContentProvider.getInstance());
					editor.setLabelProvider(new LabelProvider() {
						@Override
						public String getText(Object value) {
							return name.apply(value);
						}
					});
				}
				List<Object> input = new ArrayList<>();
				if (optional) {
					input.add(NoValue.INSTANCE);
				}
				input.addAll(values.apply(element));
				editor.setInput(input);
				return editor;
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				Object value = ((EObject) element).eGet(feature);
				return value == null ? NoValue.INSTANCE : value;
			}

			@Override
			protected void setValue(Object element, Object value) {
				if (value != null) {
					set((EObject) element, feature, value == NoValue.INSTANCE ? null : value);
				}
			}
		});
		return column;
	}

	private void set(EObject object, EStructuralFeature feature, Object value) {
		boolean unchanged = value == SetCommand.UNSET_VALUE ? !object.eIsSet(feature)
				: Objects.equals(object.eGet(feature), value) && (!feature.isUnsettable() || object.eIsSet(feature));
		if (!unchanged) {
			page.execute(SetCommand.create(page.kamEditor().getEditingDomain(), object, feature, value));
		}
	}

	/** A number as typed in the user's format, or in the programmer's (7.5): {@code null} when it is neither. */
	static Double parse(String text) {
		NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
		format.setGroupingUsed(false);
		ParsePosition position = new ParsePosition(0);
		Number number = format.parse(text, position);
		if (number != null && position.getIndex() == text.length()) {
			return number.doubleValue();
		}
		try {
			return Double.valueOf(text.replace(',', '.'));
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** A number as the cell editor offers it: in the user's format, without grouping. */
	static String plain(double value) {
		NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
		format.setGroupingUsed(false);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	/** Reports why text was not taken; the cell keeps its value. */
	private Object refuse(String pattern, String text, String title) {
		return refuse(NLS.bind(pattern, text, title));
	}

	private Object refuse(String message) {
		page.showProblem(message);
		return Refused.INSTANCE;
	}

	/** Text that did not become a value. */
	private enum Refused {
		INSTANCE
	}

	/** Editing through a text field: the text is turned into the feature's value, or refused. */
	private abstract class TextEditing extends EditingSupport {
		private final Column column;
		private final EStructuralFeature feature;
		private TextCellEditor editor;

		TextEditing(Column column, EStructuralFeature feature) {
			super(viewer);
			this.column = column;
			this.feature = feature;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			if (editor == null) {
				editor = new TextCellEditor((Composite) viewer.getControl());
			}
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return textOf(element);
		}

		String textOf(Object element) {
			return column.text.apply(element);
		}

		@Override
		protected void setValue(Object element, Object value) {
			String text = String.valueOf(value).strip();
			if (text.equals(textOf(element))) {
				return;
			}
			Object converted = valueOf(text);
			if (converted != Refused.INSTANCE) {
				set((EObject) element, feature, converted);
			}
		}

		/** The value the text stands for, or {@link Refused#INSTANCE} after saying why not. */
		abstract Object valueOf(String text);
	}

	/** One column: what its cells show, and how they look. */
	final class Column {
		private final ViewerColumn viewerColumn;
		private final Item item;
		private final Function<Object, String> text;
		private Function<Object, Color> foreground = element -> null;
		private Function<Object, Image> image = element -> null;
		private String placeholder = ""; //$NON-NLS-1$

		Column(String title, int width, Function<Object, String> text) {
			this.text = text;
			if (viewer instanceof TreeViewer tree) {
				TreeViewerColumn column = new TreeViewerColumn(tree, SWT.NONE);
				column.getColumn().setText(title);
				column.getColumn().setWidth(width);
				viewerColumn = column;
				item = column.getColumn();
			} else {
				TableViewerColumn column = new TableViewerColumn((TableViewer) viewer, SWT.NONE);
				column.getColumn().setText(title);
				column.getColumn().setWidth(width);
				viewerColumn = column;
				item = column.getColumn();
			}
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					String shown = Column.this.text.apply(element);
					return shown.isEmpty() ? placeholder : shown;
				}

				@Override
				public Color getForeground(Object element) {
					return foreground.apply(element);
				}

				@Override
				public Color getBackground(Object element) {
					return rowBackground.apply(element);
				}

				@Override
				public Image getImage(Object element) {
					return image.apply(element);
				}
			});
		}

		private void editing(EditingSupport support) {
			viewerColumn.setEditingSupport(support);
		}

		Column foreground(Function<Object, Color> color) {
			this.foreground = color;
			return this;
		}

		Column image(Function<Object, Image> icon) {
			this.image = icon;
			return this;
		}

		/** What an empty cell says instead, e.g. "no owner". */
		Column placeholder(String text) {
			this.placeholder = text;
			return this;
		}

		Column tooltip(String tip) {
			if (item instanceof TableColumn column) {
				column.setToolTipText(tip);
			} else if (item instanceof TreeColumn column) {
				column.setToolTipText(tip);
			}
			return this;
		}
	}
}
