package io.tacitcrm.common.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The system clock, injectable so that tests can pin time. */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
