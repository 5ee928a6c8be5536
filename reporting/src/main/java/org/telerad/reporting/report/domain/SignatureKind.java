package org.telerad.reporting.report.domain;

import org.telerad.registry.api.ReadType;

/** What a signature makes of the report, and which read type the signer must be privileged for. */
public enum SignatureKind {
    PRELIMINARY(ReadType.PRELIMINARY), FINAL(ReadType.FINAL), AMENDMENT(ReadType.FINAL);

    private final ReadType readType;

    SignatureKind(ReadType readType) {
        this.readType = readType;
    }

    /** The read type the registry is asked about at signing: an amendment needs the right to sign a final. */
    public ReadType readType() {
        return readType;
    }
}
