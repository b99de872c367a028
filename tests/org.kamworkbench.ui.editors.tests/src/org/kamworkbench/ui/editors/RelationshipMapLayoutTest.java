package org.kamworkbench.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;
import org.kamworkbench.kam.Contact;
import org.kamworkbench.kam.KamFactory;

class RelationshipMapLayoutTest {

	@Test
	void aManagerIsCentredAboveTheirReports() {
		List<Contact> contacts = contacts(3);
		contacts.get(1).setReportsTo(contacts.get(0));
		contacts.get(2).setReportsTo(contacts.get(0));
		RelationshipMapLayout layout = new RelationshipMapLayout(contacts, 1000);
		Rectangle manager = layout.boxes().get(contacts.get(0));
		Rectangle left = layout.boxes().get(contacts.get(1));
		Rectangle right = layout.boxes().get(contacts.get(2));
		assertTrue(manager.y + manager.height < left.y);
		assertEquals(left.y, right.y);
		assertEquals(manager.x + manager.width / 2, (left.x + right.x + right.width) / 2, 1);
		assertEquals(2, layout.connections().size());
	}

	@Test
	void contactsWithoutReportingLinesWrapIntoRowsWithinTheWidth() {
		List<Contact> contacts = contacts(7);
		int width = 3 * RelationshipMapLayout.BOX_WIDTH + 4 * RelationshipMapLayout.GAP_X;
		RelationshipMapLayout layout = new RelationshipMapLayout(contacts, width);
		assertNoOverlap(layout);
		layout.boxes().values().forEach(box -> assertTrue(box.x + box.width <= width, box.toString()));
		assertEquals(3, layout.boxes().values().stream().map(box -> box.y).distinct().count());
		assertTrue(layout.size().y >= layout.boxes().get(contacts.get(6)).y + RelationshipMapLayout.BOX_HEIGHT);
	}

	@Test
	void aReportingCircleIsDrawnWithEveryContactOnce() {
		List<Contact> contacts = contacts(3);
		contacts.get(0).setReportsTo(contacts.get(1));
		contacts.get(1).setReportsTo(contacts.get(2));
		contacts.get(2).setReportsTo(contacts.get(0));
		RelationshipMapLayout layout = new RelationshipMapLayout(contacts, 800);
		assertEquals(3, layout.boxes().size());
		assertNoOverlap(layout);
		assertTrue(layout.inCircle(contacts.get(0)));
		assertFalse(layout.inCircle(contacts.get(1)));
	}

	private static void assertNoOverlap(RelationshipMapLayout layout) {
		List<Rectangle> boxes = new ArrayList<>(layout.boxes().values());
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				assertFalse(boxes.get(i).intersects(boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
			}
		}
	}

	private static List<Contact> contacts(int count) {
		List<Contact> contacts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Contact contact = KamFactory.eINSTANCE.createContact();
			contact.setName("Contact " + i);
			contacts.add(contact);
		}
		return contacts;
	}
}
