package io.tacitcrm.misbehaving;

/** Blocks far longer than any time limit of the host; only an interrupt ends it early. */
final class Hang {

    private Hang() {
    }

    static void forever() throws InterruptedException {
        Thread.sleep(600_000);
    }
}
