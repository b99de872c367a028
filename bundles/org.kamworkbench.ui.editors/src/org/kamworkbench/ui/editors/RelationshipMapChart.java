package org.kamworkbench.ui.editors;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.kamworkbench.kam.Attitude;
import org.kamworkbench.kam.BuyingRole;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.KamPackage;

/**
 * The relationship map: the account's contacts as an org chart along their reporting lines. A box's fill
 * is the contact's attitude toward us, its border their influence (thicker is more influential, dashed
 * is unknown); it names the contact, job title, buying role and the owner of ours, or says in red that
 * there is none. Clicking a box selects the contact.
 */
final class RelationshipMapChart {

	static final RGB SUPPORTER = new RGB(190, 230, 190);
	static final RGB NEUTRAL = new RGB(218, 218, 218);
	static final RGB OPPONENT = new RGB(244, 190, 190);
	static final RGB UNKNOWN = new RGB(255, 255, 255);
	private static final RGB BORDER = new RGB(70, 70, 70);
	private static final RGB LINE = new RGB(130, 130, 130);
	private static final RGB WARNING = new RGB(180, 0, 0);
	private static final int PADDING = 8;
	private static final int MINIMUM_HEIGHT = 80;

	private final Canvas canvas;
	private final Consumer<Contact> selectionListener;
	private final Runnable sizeListener;
	private List<Contact> contacts = List.of();
	private RelationshipMapLayout layout;
	private Contact selected;
	private Contact hovered;

	/**
	 * @param selectionListener hears of a contact the user clicked
	 * @param sizeListener      hears when the chart needs another size, so that the form can lay out again
	 */
	RelationshipMapChart(Composite parent, Consumer<Contact> selectionListener, Runnable sizeListener) {
		this.selectionListener = selectionListener;
		this.sizeListener = sizeListener;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		canvas.addListener(SWT.Paint, event -> paint(event.gc));
		canvas.addListener(SWT.Resize, event -> layOut());
		canvas.addListener(SWT.MouseDown, this::click);
		canvas.addListener(SWT.MouseMove, this::hover);
	}

	Control control() {
		return canvas;
	}

	/** Draws these contacts, as they are now. */
	void show(List<Contact> shown) {
		this.contacts = List.copyOf(shown);
		if (selected != null && !contacts.contains(selected)) {
			selected = null;
		}
		layOut();
	}

	/** Marks the contact's box as selected ({@code null}: none). */
	void select(Contact contact) {
		selected = contact;
		canvas.redraw();
	}

	/** Each contact's box as drawn now. */
	Map<Contact, Rectangle> boxes() {
		return layout == null ? Map.of() : Map.copyOf(layout.boxes());
	}

	/** The fill of a contact's box. */
	static RGB fillOf(Attitude attitude) {
		return switch (attitude) {
		case SUPPORTER -> SUPPORTER;
		case NEUTRAL -> NEUTRAL;
		case OPPONENT -> OPPONENT;
		case UNKNOWN -> UNKNOWN;
		};
	}

	/** The border width of a contact's box: the influence (1 to 5); 1 when it is unknown. */
	static int borderOf(int influence) {
		return Math.clamp(influence, 1, 5);
	}

	private void layOut() {
		int width = Math.max(canvas.getClientArea().width, RelationshipMapLayout.BOX_WIDTH * 3);
		layout = new RelationshipMapLayout(contacts, width);
		GridData data = (GridData) canvas.getLayoutData();
		int height = Math.max(MINIMUM_HEIGHT, layout.size().y);
		if (data.heightHint != height || data.widthHint != layout.minimumWidth()) {
			data.heightHint = height;
			data.widthHint = layout.minimumWidth();
			sizeListener.run();
		}
		canvas.redraw();
	}

	private void paint(GC gc) {
		gc.fillRectangle(canvas.getClientArea());
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		if (contacts.isEmpty()) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawText(Messages.Map_empty, RelationshipMapLayout.MARGIN, RelationshipMapLayout.MARGIN, true);
			return;
		}
		gc.setForeground(new Color(LINE));
		gc.setLineWidth(1);
		for (RelationshipMapLayout.Line line : layout.connections()) {
			Rectangle from = layout.boxes().get(line.manager());
			Rectangle to = layout.boxes().get(line.report());
			int x1 = from.x + from.width / 2;
			int x2 = to.x + to.width / 2;
			int middle = from.y + from.height + RelationshipMapLayout.GAP_Y / 2;
			gc.drawPolyline(new int[] { x1, from.y + from.height, x1, middle, x2, middle, x2, to.y });
		}
		layout.boxes().forEach((contact, box) -> paintBox(gc, contact, box));
	}

	private void paintBox(GC gc, Contact contact, Rectangle box) {
		gc.setBackground(new Color(fillOf(contact.getAttitude())));
		gc.fillRoundRectangle(box.x, box.y, box.width, box.height, 10, 10);
		int border = borderOf(contact.getInfluence());
		gc.setLineWidth(border);
		gc.setLineStyle(contact.getInfluence() <= 0 ? SWT.LINE_DASH : SWT.LINE_SOLID);
		gc.setForeground(new Color(BORDER));
		gc.drawRoundRectangle(box.x + border / 2, box.y + border / 2, box.width - border, box.height - border, 10, 10);
		gc.setLineStyle(SWT.LINE_SOLID);
		if (contact == selected) {
			gc.setLineWidth(2);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.drawRoundRectangle(box.x - 4, box.y - 4, box.width + 8, box.height + 8, 14, 14);
		}
		gc.setLineWidth(1);
		int width = box.width - 2 * PADDING;
		int x = box.x + PADDING;
		int y = box.y + PADDING - 2;
		Font regular = gc.getFont();
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		y = line(gc, Labels.name(contact), x, y, width);
		gc.setFont(regular);
		y = line(gc, contact.getJobTitle() == null ? "" : contact.getJobTitle(), x, y, width); //$NON-NLS-1$
		y = line(gc, roleAndInfluence(contact), x, y, width);
		if (contact.getOwner() == null) {
			gc.setForeground(new Color(WARNING));
			gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
			line(gc, Messages.Map_noOwner, x, y, width);
			gc.setFont(regular);
		} else {
			line(gc, NLS.bind(Messages.Map_owner, Labels.name(contact.getOwner())), x, y, width);
		}
		if (layout.inCircle(contact)) {
			gc.setForeground(new Color(WARNING));
			gc.drawText(Messages.Map_inCircle, box.x, box.y - RelationshipMapLayout.REMARK_HEIGHT, true);
		}
	}

	/** Draws one line of a box, shortened with an ellipsis to fit; returns where the next line goes. */
	private static int line(GC gc, String text, int x, int y, int width) {
		String shown = text;
		if (gc.textExtent(shown).x > width) {
			while (!shown.isEmpty() && gc.textExtent(shown + "\u2026").x > width) { //$NON-NLS-1$
				shown = shown.substring(0, shown.length() - 1);
			}
			shown = shown.strip() + "\u2026"; //$NON-NLS-1$
		}
		gc.drawText(shown, x, y, true);
		return y + gc.getFontMetrics().getHeight() + 1;
	}

	static String roleAndInfluence(Contact contact) {
		String role = contact.getBuyingRole() == BuyingRole.UNKNOWN ? Messages.Map_roleUnknown
				: Labels.of(contact.getBuyingRole(), KamPackage.Literals.BUYING_ROLE);
		return contact.getInfluence() <= 0 ? NLS.bind(Messages.Map_influenceUnknown, role)
				: NLS.bind(Messages.Map_influence, role, contact.getInfluence());
	}

	private Contact contactAt(int x, int y) {
		if (layout == null) {
			return null;
		}
		for (Map.Entry<Contact, Rectangle> box : layout.boxes().entrySet()) {
			if (box.getValue().contains(x, y)) {
				return box.getKey();
			}
		}
		return null;
	}

	private void click(Event event) {
		Contact contact = contactAt(event.x, event.y);
		if (contact != null) {
			canvas.setFocus();
			selectionListener.accept(contact);
		}
	}

	private void hover(Event event) {
		Contact contact = contactAt(event.x, event.y);
		if (contact != hovered) {
			hovered = contact;
			canvas.setToolTipText(contact == null ? null : tooltip(contact));
		}
	}

	private static String tooltip(Contact contact) {
		return NLS.bind(Messages.Map_tooltip, new Object[] { Labels.name(contact),
				Labels.of(contact.getAttitude(), KamPackage.Literals.ATTITUDE),
				contact.getLastContactDate() == null ? Messages.Map_neverMet : contact.getLastContactDate().toString() });
	}
}
