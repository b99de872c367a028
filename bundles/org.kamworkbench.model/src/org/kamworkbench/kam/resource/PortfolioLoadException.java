package org.kamworkbench.kam.resource;

import java.io.IOException;

import org.eclipse.osgi.util.NLS;

/**
 * A portfolio file could not be read. Says what is wrong in words a consultant understands and, when
 * the parser knows it, where: line and column.
 */
public class PortfolioLoadException extends IOException {

	private static final long serialVersionUID = 1L;

	private final String file;
	private final int line;
	private final int column;
	private final String reason;

	public PortfolioLoadException(String file, int line, int column, String reason, Throwable cause) {
		super(format(file, line, column, reason), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}

	private static String format(String file, int line, int column, String reason) {
		if (line > 0) {
			return NLS.bind(Messages.Load_failedAt, new Object[] { file, line, Math.max(column, 1), reason });
		}
		return NLS.bind(Messages.Load_failed, file, reason);
	}

	/** The file, as the user named it. */
	public String getFile() {
		return file;
	}

	/** The line of the problem, or 0 when it is not about one place. */
	public int getLine() {
		return line;
	}

	/** The column of the problem, or 0 when unknown. */
	public int getColumn() {
		return column;
	}

	/** What is wrong, without the place. */
	public String getReason() {
		return reason;
	}
}
