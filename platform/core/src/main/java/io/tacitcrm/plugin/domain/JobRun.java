package io.tacitcrm.plugin.domain;

import java.time.Instant;
import java.util.Optional;

/** One run of a scheduled job for one company: who claimed it, when, and how it ended (empty while it runs). */
public record JobRun(String job, Instant scheduledAt, String server, Instant startedAt, Optional<Instant> finishedAt,
                     Optional<Outcome> outcome, Optional<String> detail) {

    public enum Outcome { DONE, FAILED, TIMED_OUT }
}
