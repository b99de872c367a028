package org.kamworkbench.core.exchange;

/**
 * Why a record of the source was not imported: the {@code line} (1 for the first line of the source; 0 when
 * the problem is not on one line), the {@code column} by its name in the source (empty when the whole record is
 * meant) and the {@code reason} in the user's language.
 */
public record ImportProblem(String source, long line, String column, String reason) {

	@Override
	public String toString() {
		String place = line > 0 ? source + ":" + line : source;
		return column.isEmpty() ? place + ": " + reason : place + " [" + column + "]: " + reason;
	}
}
