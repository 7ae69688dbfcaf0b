package io.tacitcrm.home.domain;

import java.util.EnumSet;
import java.util.Set;

/** Which of the first steps the company has taken. */
public record SetupProgress(Set<SetupStep> done) {

    public SetupProgress {
        done = done.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(done));
    }

    public boolean isDone(SetupStep step) {
        return done.contains(step);
    }

    public boolean complete() {
        return done.size() == SetupStep.values().length;
    }
}
