package org.rapport.platform;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs a write again when it lost a race with another request or node (a unique key taken, a
 * counter changed under it, a deadlock): each write is one transaction, so trying again sees the
 * winner's committed state. A few attempts with a short random pause between them.
 */
public final class Retries {
    /** How many times a counter write is tried at most, unless the caller says otherwise. */
    public static final int ATTEMPTS = 8;

    private Retries() {
    }

    /** {@link #onRace(int, Supplier, Predicate, FieldError)} with {@value #ATTEMPTS} attempts. */
    public static <T> T onRace(Supplier<T> write, Predicate<RuntimeException> race, FieldError busy) {
        return onRace(ATTEMPTS, write, race, busy);
    }

    /**
     * The result of {@code write}, tried again while it fails with an exception {@code race}
     * accepts. After {@code attempts} attempts the caller gets 409 with {@code busy}, or, when
     * {@code busy} is null, the last exception itself.
     */
    public static <T> T onRace(int attempts, Supplier<T> write, Predicate<RuntimeException> race, FieldError busy) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (!race.test(e)) {
                    throw e;
                }
                if (attempt >= attempts) {
                    if (busy == null) {
                        throw e;
                    }
                    throw new ConflictException(busy, e);
                }
                pause(attempt);
            }
        }
    }

    /**
     * The result of {@code write}, tried once more when a unique key was taken first: the first
     * write of a row raced another request or node, and the retry, in a new transaction, sees the
     * winner's row and updates it (or skips it) instead.
     */
    public static <T> T onceMoreOnUniqueViolation(Supplier<T> write) {
        return onRace(2, write, Constraints::isUniqueViolation, null);
    }

    /** A race any write can lose: a unique key taken first, or a transient refusal (lock timeout, deadlock). */
    public static boolean constraintRace(RuntimeException e) {
        return Constraints.isUniqueViolation(e) || Constraints.isTransient(e);
    }

    /** A short random pause, longer with each attempt, so racing writers do not collide again in step. */
    public static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a write", e);
        }
    }
}
