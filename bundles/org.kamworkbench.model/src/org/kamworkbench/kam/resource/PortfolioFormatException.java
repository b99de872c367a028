package org.kamworkbench.kam.resource;

import java.io.IOException;

/** A file that is well-formed XML but not a portfolio this release can read; the message says why. */
public class PortfolioFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	public PortfolioFormatException(String message) {
		super(message);
	}
}
