package org.telerad.reporting.delivery.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.telerad.reporting.delivery.channel.domain.DeliveryAttemptId;
import org.telerad.reporting.delivery.channel.domain.DeliveryOutcome;
import org.telerad.reporting.delivery.channel.domain.MllpEndpoint;
import org.telerad.reporting.delivery.testing.SignedVersions;

class Hl7OruDeliveryTest {

    private final Hl7OruDelivery delivery = new Hl7OruDelivery();

    private static MllpEndpoint at(int port, int ackTimeoutSeconds) {
        return new MllpEndpoint("127.0.0.1", port, "TELERAD", "TELERAD-TX", "RIS", "DALLAS",
                Duration.ofSeconds(ackTimeoutSeconds));
    }

    private static DeliveryAttemptId attempt(int n) {
        return new DeliveryAttemptId(7, n, SignedVersions.FINAL_AT);
    }

    @Test
    void an_aa_from_the_receiver_is_a_delivery() throws Exception {
        try (FakeRis ris = new FakeRis()) {
            DeliveryOutcome outcome = delivery.deliver(SignedVersions.finalByAttending(), at(ris.port(), 10),
                    attempt(1));

            assertThat(outcome).isEqualTo(DeliveryOutcome.delivered("AA TR7.1"));
            assertThat(ris.received()).singleElement().satisfies(m -> assertThat(m).contains("ORU^R01^ORU_R01")
                    .contains("|F|"));
        }
    }

    @Test
    void an_ar_is_a_refusal_with_the_receivers_reason() throws Exception {
        try (FakeRis ris = new FakeRis().answering(FakeRis.Answer.AR, "Unknown order ACC-20261128-0042")) {
            DeliveryOutcome outcome = delivery.deliver(SignedVersions.preliminary(), at(ris.port(), 10), attempt(1));

            assertThat(outcome).isInstanceOf(DeliveryOutcome.Refused.class);
            assertThat(outcome.detail()).startsWith("AR").contains("Unknown order ACC-20261128-0042");
        }
    }

    @Test
    void an_ae_is_a_failure_worth_retrying() throws Exception {
        try (FakeRis ris = new FakeRis().answering(FakeRis.Answer.AE, "Database busy")) {
            DeliveryOutcome outcome = delivery.deliver(SignedVersions.preliminary(), at(ris.port(), 10), attempt(2));

            assertThat(outcome).isInstanceOf(DeliveryOutcome.Failed.class);
            assertThat(outcome.detail()).startsWith("AE").contains("Database busy");
        }
    }

    @Test
    void a_receiver_that_is_down_is_a_failure_worth_retrying() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }

        DeliveryOutcome outcome = delivery.deliver(SignedVersions.preliminary(), at(closed, 10), attempt(1));

        assertThat(outcome).isEqualTo(DeliveryOutcome.unreachable("127.0.0.1:" + closed + " refused the connection"));
    }

    @Test
    void no_ack_within_the_timeout_is_a_failure_worth_retrying() throws Exception {
        try (FakeRis ris = new FakeRis().answering(FakeRis.Answer.SILENCE, "")) {
            DeliveryOutcome outcome = delivery.deliver(SignedVersions.preliminary(), at(ris.port(), 1), attempt(1));

            assertThat(outcome).isEqualTo(DeliveryOutcome.unreachable("no ACK from 127.0.0.1:" + ris.port()
                    + " within 1 s"));
        }
    }

    @Test
    void an_ack_of_another_message_is_not_a_delivery() {
        String ack = "MSH|^~\\&|RIS|DALLAS|TELERAD|TELERAD-TX|20261128020600||ACK^R01^ACK|A1|P|2.5.1\r"
                + "MSA|AA|TR99.1\r";

        assertThat(delivery.acknowledgement(ack, "TR7.1")).isInstanceOf(DeliveryOutcome.Failed.class);
        assertThat(delivery.acknowledgement(ack, "TR99.1")).isEqualTo(DeliveryOutcome.delivered("AA TR99.1"));
    }
}
