package org.telerad.reporting.delivery.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.telerad.reporting.delivery.outbox.application.OutboxSettings;
import org.telerad.reporting.delivery.outbox.domain.RetryPolicy;

class RetryPolicyTest {

    @Test
    void the_wait_doubles_after_each_failure_up_to_the_maximum() {
        RetryPolicy policy = RetryPolicy.standard();

        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(policy.delayAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void after_the_last_allowed_attempt_there_is_no_next_one() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(4), 3);
        Instant now = Instant.parse("2026-11-28T02:00:00Z");

        assertThat(policy.nextAttempt(2, now)).contains(now.plusSeconds(2));
        assertThat(policy.nextAttempt(3, now)).isEmpty();
    }

    @Test
    void the_test_stack_shortens_the_backoff_through_system_properties() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("telerad.delivery.backoff-base-ms", "200");
        p.setProperty("telerad.delivery.backoff-max-ms", "1000");
        p.setProperty("telerad.delivery.poll-interval-ms", "100");

        OutboxSettings settings = OutboxSettings.from(p);

        assertThat(settings.retryPolicy().delayAfter(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(settings.retryPolicy().delayAfter(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofMillis(100));
        assertThat(settings.retryPolicy().maxAttempts()).isEqualTo(12);
    }
}
