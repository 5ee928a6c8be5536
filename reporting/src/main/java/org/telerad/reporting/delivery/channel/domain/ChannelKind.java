package org.telerad.reporting.delivery.channel.domain;

import java.util.Locale;
import java.util.Optional;

/** The kinds of result channel, each delivered by one {@link ResultChannel} implementation. */
public enum ChannelKind {
    /** FHIR R4 DiagnosticReport created or updated on the facility's FHIR server. */
    FHIR_R4("fhir-r4"),
    /** HL7 v2.5.1 ORU^R01 sent over MLLP, delivered when the receiver answers AA. */
    HL7V2_MLLP("hl7v2-mllp");

    private final String code;

    ChannelKind(String code) {
        this.code = code;
    }

    /** The name in JSON and in the database ({@code fhir-r4}, {@code hl7v2-mllp}). */
    public String code() {
        return code;
    }

    public static Optional<ChannelKind> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (ChannelKind kind : values()) {
            if (kind.code.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
