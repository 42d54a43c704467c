package org.rapport.platform;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Clock;
import java.time.Instant;

/** The time services stamp records with; tests give services a fixed clock instead. */
@Named
public class SystemClock {
    private final Clock clock;

    @Inject
    public SystemClock() {
        this(Clock.systemUTC());
    }

    public SystemClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }
}
