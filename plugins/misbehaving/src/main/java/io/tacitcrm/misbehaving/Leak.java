package io.tacitcrm.misbehaving;

/** Threads started and never stopped — a leak the host must bound. Each ends only when interrupted. */
final class Leak {

    private Leak() {
    }

    static int threads(int count) {
        for (int i = 0; i < count; i++) {
            Thread.ofPlatform().name("misbehaving-leak-" + i).daemon().start(Leak::untilInterrupted);
        }
        return count;
    }

    private static void untilInterrupted() {
        try {
            Hang.forever();
        } catch (InterruptedException stoppedByTheHost) {
            Thread.currentThread().interrupt();
        }
    }
}
