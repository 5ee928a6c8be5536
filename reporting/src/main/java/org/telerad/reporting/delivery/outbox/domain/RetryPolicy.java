package org.telerad.reporting.delivery.outbox.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When to try again after a failed attempt: {@code base} after the first failure, doubling after each further one,
 * never more than {@code max}; after {@code maxAttempts} consecutive failures the delivery is dead-lettered.
 */
public record RetryPolicy(Duration base, Duration max, int maxAttempts) {

    public RetryPolicy {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("0 < base <= max");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** Telerad's default: 30 s, 1 min, 2 min, ... up to 1 h between attempts, 12 attempts (about 5 h). */
    public static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 12);
    }

    /** The wait after the {@code failures}-th consecutive failure. */
    public Duration delayAfter(int failures) {
        if (failures < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - 1, 40);
        Duration delay = base;
        for (int i = 0; i < doublings && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** The next attempt after {@code failures} consecutive failures at {@code now}; empty: time to give up. */
    public java.util.Optional<Instant> nextAttempt(int failures, Instant now) {
        if (failures >= maxAttempts) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(now.plus(delayAfter(failures)));
    }
}
