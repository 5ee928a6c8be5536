package org.telerad.reporting.delivery.channel.application;

/**
 * A channel as an administrator sends it (JSON). {@code kind} is {@code fhir-r4} (fill {@code fhir}) or
 * {@code hl7v2-mllp} (fill {@code hl7}). {@code fhir.auth.secret} is write-only: left out of a change it keeps the
 * stored secret of the same authentication type.
 */
public record ChannelRequest(String name, String kind, Boolean enabled, Fhir fhir, Hl7 hl7) {

    public record Fhir(String baseUrl, Integer timeoutSeconds, Auth auth) {
    }

    /** {@code type}: none, bearer, basic (username), oauth-client-credentials (tokenUrl, clientId, scope). */
    public record Auth(String type, String secret, String username, String tokenUrl, String clientId, String scope) {
        @Override
        public String toString() {
            return "Auth[" + type + "]";
        }
    }

    public record Hl7(String host, Integer port, String sendingApplication, String sendingFacility,
            String receivingApplication, String receivingFacility, Integer ackTimeoutSeconds) {
    }
}
