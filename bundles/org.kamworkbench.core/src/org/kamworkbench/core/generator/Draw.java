package org.kamworkbench.core.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random choices of one generation run. Every draw comes from one {@link SplittableRandom} in a fixed
 * order, so a seed always gives the same portfolio; amounts are rounded as people write them.
 */
final class Draw {

	private final SplittableRandom random;

	Draw(long seed) {
		random = new SplittableRandom(seed);
	}

	/** A whole number from {@code low} to {@code high}, both included. */
	int between(int low, int high) {
		return random.nextInt(low, high + 1);
	}

	/** True with probability {@code p}. */
	boolean chance(double p) {
		return random.nextDouble() < p;
	}

	<T> T one(List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	/** {@code count} different elements of {@code choices} (all of them when there are fewer), in drawn order. */
	<T> List<T> distinct(List<T> choices, int count) {
		List<T> pool = new ArrayList<>(choices);
		int wanted = Math.min(count, pool.size());
		for (int i = 0; i < wanted; i++) {
			int j = random.nextInt(i, pool.size());
			T swap = pool.get(i);
			pool.set(i, pool.get(j));
			pool.set(j, swap);
		}
		return List.copyOf(pool.subList(0, wanted));
	}

	/** A judgement on a 0-10 scale from {@code low} to {@code high}, in half points. */
	double score(double low, double high) {
		return between((int) Math.round(low * 2), (int) Math.round(high * 2)) / 2.0;
	}

	/** An amount from {@code low} to {@code high}, rounded to a multiple of {@code step}. */
	double amount(double low, double high, double step) {
		double value = low + random.nextDouble() * (high - low);
		return Math.round(value / step) * step;
	}

	/** {@code value} changed by up to {@code spread} (a fraction) either way. */
	double vary(double value, double spread) {
		return value * (1 + (random.nextDouble() * 2 - 1) * spread);
	}

	/** A day from {@code from} to {@code to}, both included. */
	LocalDate date(LocalDate from, LocalDate to) {
		return from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
	}

	/** A phone number in the international notation, e.g. {@code +31 38 421 0597}. */
	String phone(String countryPrefix) {
		return countryPrefix + ' ' + between(10, 99) + ' ' + digits(3) + ' ' + digits(4);
	}

	/** A number of {@code digits} digits. */
	private String digits(int digits) {
		StringBuilder text = new StringBuilder(digits);
		for (int i = 0; i < digits; i++) {
			text.append((char) ('0' + random.nextInt(10)));
		}
		return text.toString();
	}
}
