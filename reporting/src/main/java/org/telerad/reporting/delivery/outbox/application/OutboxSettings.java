package org.telerad.reporting.delivery.outbox.application;

import java.time.Duration;
import java.util.Properties;

import org.telerad.reporting.delivery.outbox.domain.RetryPolicy;

/**
 * How the outbox worker runs, from system properties (the test stack shortens them so integration tests are fast):
 * <ul>
 * <li>{@code telerad.delivery.enabled} (true): whether this node drains the outbox at all;</li>
 * <li>{@code telerad.delivery.poll-interval-ms} (1000): pause between two drains;</li>
 * <li>{@code telerad.delivery.backoff-base-ms} (30000) and {@code telerad.delivery.backoff-max-ms} (3600000): the
 * wait after the first failure, doubling up to the maximum;</li>
 * <li>{@code telerad.delivery.max-attempts} (12): consecutive failures before a delivery is dead-lettered;</li>
 * <li>{@code telerad.delivery.lease-seconds} (900): how long a claimed delivery stays with its worker before another
 * node may take it over (longer than the slowest attempt: a token request and a FHIR request of at most 120 s
 * each, twice after a 401);</li>
 * <li>{@code telerad.delivery.batch-size} (20): deliveries claimed per drain.</li>
 * </ul>
 */
public record OutboxSettings(boolean enabled, Duration pollInterval, RetryPolicy retryPolicy, Duration lease,
        int batchSize) {

    public OutboxSettings {
        if (pollInterval.toMillis() < 10 || lease.toSeconds() < 1 || batchSize < 1) {
            throw new IllegalArgumentException("poll interval >= 10 ms, lease >= 1 s, batch >= 1");
        }
    }

    public static OutboxSettings fromSystemProperties() {
        return from(System.getProperties());
    }

    public static OutboxSettings from(Properties p) {
        RetryPolicy policy = new RetryPolicy(Duration.ofMillis(number(p, "telerad.delivery.backoff-base-ms", 30_000)),
                Duration.ofMillis(number(p, "telerad.delivery.backoff-max-ms", 3_600_000)),
                (int) number(p, "telerad.delivery.max-attempts", 12));
        return new OutboxSettings(Boolean.parseBoolean(p.getProperty("telerad.delivery.enabled", "true").strip()),
                Duration.ofMillis(number(p, "telerad.delivery.poll-interval-ms", 1000)), policy,
                Duration.ofSeconds(number(p, "telerad.delivery.lease-seconds", 900)),
                (int) number(p, "telerad.delivery.batch-size", 20));
    }

    private static long number(Properties p, String name, long fallback) {
        String value = p.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
    }
}
