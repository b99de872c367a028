package org.kamworkbench.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The heap in use once garbage collection has nothing more to free: collected until it stops shrinking. */
final class HeapGauge {

	private static final int MOST_COLLECTIONS = 12;
	private static final long SETTLED_BYTES = 256 * 1024;

	private HeapGauge() {
	}

	/** Bytes of heap in use by reachable objects (and what the collector keeps regardless). */
	static long settledUsedHeap() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long previous = Long.MAX_VALUE;
		long used = 0;
		for (int i = 0; i < MOST_COLLECTIONS; i++) {
			System.gc();
			try {
				Thread.sleep(20); // lets reference processing finish between collections
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			used = memory.getHeapMemoryUsage().getUsed();
			if (i >= 2 && Math.abs(previous - used) < SETTLED_BYTES) {
				break;
			}
			previous = used;
		}
		return used;
	}
}
