package org.kamworkbench.exchange.office;

import java.awt.Graphics2D;

/**
 * A figure of the account plan drawn with Java2D, so that one drawing serves both formats: as vector graphics
 * in the PDF and as a picture on the slide. Coordinates are points (1/72 inch).
 */
interface Picture {

	/** Width in points at which the picture is designed; drawn larger or smaller, it scales. */
	float width();

	/** Height in points at {@link #width()}. */
	float height();

	/** Draws the picture into the box (0, 0, {@link #width()}, {@link #height()}). */
	void paint(Graphics2D g);
}
