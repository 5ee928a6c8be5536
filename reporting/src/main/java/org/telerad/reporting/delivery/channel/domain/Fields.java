package org.telerad.reporting.delivery.channel.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

import org.telerad.reporting.delivery.DeliveryErrors;
import org.telerad.shared.problem.TeleradException;

/** Validation of channel fields; every refusal names the field (never a secret's value). */
final class Fields {

    private Fields() {
    }

    static TeleradException invalid(String field, String message) {
        return TeleradException.invalid(DeliveryErrors.INVALID_CHANNEL, field, message);
    }

    static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw invalid(field, field + " is required");
        }
        return optional(field, value, maxLength);
    }

    static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > maxLength || v.chars().anyMatch(c -> c < 0x20)) {
            throw invalid(field, field + " must be at most " + maxLength + " printable characters");
        }
        return v;
    }

    /** An HL7 HD / ST value: no HL7 delimiters. */
    static String hl7Value(String field, String value, boolean required) {
        String v = required ? required(field, value, 180) : optional(field, value, 180);
        if (v != null && v.chars().anyMatch(c -> "|^~\\&".indexOf(c) >= 0)) {
            throw invalid(field, field + " must not contain HL7 delimiters (| ^ ~ \\ &)");
        }
        return v;
    }

    static URI httpUrl(String field, String value) {
        String v = required(field, value, 2000);
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw invalid(field, field + " must be an absolute http(s) URL without credentials, query or fragment");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw invalid(field, field + " is not a URL");
        }
    }

    static Duration seconds(String field, Integer seconds, int defaultSeconds, int min, int max) {
        int s = seconds == null ? defaultSeconds : seconds;
        if (s < min || s > max) {
            throw invalid(field, field + " must be between " + min + " and " + max + " seconds");
        }
        return Duration.ofSeconds(s);
    }
}
