package org.telerad.reporting.delivery.channel.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * A facility's HL7 v2 receiver over MLLP (host and port), with the MSH application and facility names Telerad
 * sends as and to, and how long it waits for the ACK.
 */
public record MllpEndpoint(String host, int port, String sendingApplication, String sendingFacility,
        String receivingApplication, String receivingFacility, Duration ackTimeout) implements Endpoint {

    public static final int DEFAULT_ACK_TIMEOUT_SECONDS = 30;

    public MllpEndpoint {
        host = Fields.required("host", host, 253);
        if (!host.matches("[A-Za-z0-9._:\\[\\]-]+")) {
            throw Fields.invalid("host", "host must be a host name or an IP address");
        }
        if (port < 1 || port > 65535) {
            throw Fields.invalid("port", "port must be between 1 and 65535");
        }
        sendingApplication = Fields.hl7Value("sendingApplication", sendingApplication == null ? "TELERAD"
                : sendingApplication, true);
        sendingFacility = Fields.hl7Value("sendingFacility", sendingFacility, false);
        receivingApplication = Fields.hl7Value("receivingApplication", receivingApplication, false);
        receivingFacility = Fields.hl7Value("receivingFacility", receivingFacility, false);
        Objects.requireNonNull(ackTimeout, "ackTimeout");
    }

    /** Validates the fields as an administrator entered them. */
    public static MllpEndpoint of(String host, Integer port, String sendingApplication, String sendingFacility,
            String receivingApplication, String receivingFacility, Integer ackTimeoutSeconds) {
        if (port == null) {
            throw Fields.invalid("port", "port is required");
        }
        return new MllpEndpoint(host, port, sendingApplication, sendingFacility, receivingApplication,
                receivingFacility, Fields.seconds("ackTimeoutSeconds", ackTimeoutSeconds, DEFAULT_ACK_TIMEOUT_SECONDS,
                        1, 120));
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.HL7V2_MLLP;
    }
}
