package org.telerad.shared.security;

import java.util.regex.Pattern;

/**
 * Which address a request came from, for the audit trail. {@code X-Forwarded-For} is believed only when Telerad
 * is configured to sit behind a trusted reverse proxy (system property {@value #TRUST_PROXY_PROPERTY}), and then
 * only its last element, the one that proxy added; earlier elements are whatever the client claimed.
 */
public record ClientAddress(boolean trustProxy) {

    public static final String TRUST_PROXY_PROPERTY = "telerad.trust-proxy";

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.\\[\\]%a-zA-Z-]{1,64}");

    public static ClientAddress fromConfiguration() {
        return new ClientAddress(Boolean.parseBoolean(System.getProperty(TRUST_PROXY_PROPERTY, "false")));
    }

    /** The address to record, given the peer's address and the forwarded-for header (either may be null). */
    public String of(String remoteAddress, String forwardedFor) {
        if (trustProxy && forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            String last = hops[hops.length - 1].trim();
            if (ADDRESS.matcher(last).matches()) {
                return last;
            }
        }
        return remoteAddress != null && ADDRESS.matcher(remoteAddress).matches() ? remoteAddress : "unknown";
    }
}
