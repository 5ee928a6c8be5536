package org.telerad.reporting.delivery.channel.domain;

import org.telerad.reporting.api.SignedReportVersion;

/**
 * Extension point: delivers one signed report version to one facility endpoint of its {@link #kind()}, in the
 * receiver's format, and says what the receiver made of it. Implementations are application-scoped CDI beans
 * ({@code FhirDiagnosticReportDelivery}, {@code Hl7OruDelivery}); the outbox worker selects the one whose kind
 * matches the channel's configuration.
 *
 * <p>Contract: {@link #deliver} is called outside any transaction, at most once at a time per report and channel
 * (versions in order), may block up to the endpoint's timeout, is safe for concurrent calls on different
 * deliveries, never throws for a receiver's answer or an unreachable receiver (those are
 * {@link DeliveryOutcome}s), and never logs report content, patient data or secrets. Sending the same attempt
 * twice must be harmless for the receiver (FHIR conditional update by the report identifier; HL7 ORU of the same
 * report and version).
 */
public interface ResultChannel {

    /** The kind of channel this implementation delivers to. */
    ChannelKind kind();

    /**
     * Sends {@code version} to {@code endpoint}.
     *
     * @param attempt identifies this attempt at the receiver (HL7 MSH-10 message control id)
     */
    DeliveryOutcome deliver(SignedReportVersion version, Endpoint endpoint, DeliveryAttemptId attempt);
}
