package io.tacitcrm.misbehaving;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Threads started and never stopped, memory taken and never given back — leaks the host must bound. Each thread ends
 * only when interrupted; the memory stays as long as this class is loaded.
 */
final class Leak {

    private static final int MIB = 1 << 20;
    private static final List<byte[]> HELD = new ArrayList<>();

    private Leak() {
    }

    static int threads(int count) {
        for (int i = 0; i < count; i++) {
            Thread.ofPlatform().name("misbehaving-leak-" + i).daemon().start(Leak::untilInterrupted);
        }
        return count;
    }

    /** Keeps {@code megabytes} more; answers how many it keeps in all. */
    static int memory(int megabytes) {
        synchronized (HELD) {
            for (int i = 0; i < megabytes; i++) {
                byte[] kept = new byte[MIB];
                Arrays.fill(kept, (byte) i); // touched, as real data would be
                HELD.add(kept);
            }
            return HELD.size();
        }
    }

    private static void untilInterrupted() {
        try {
            Hang.forever();
        } catch (InterruptedException stoppedByTheHost) {
            Thread.currentThread().interrupt();
        }
    }
}
