package org.telerad.registry.api;

import java.util.Locale;

import org.telerad.shared.problem.TeleradException;

/**
 * The kind of read a privilege allows and a task asks for, with its DICOM code (CID 9233, scheme DCM):
 * a preliminary report (121362) or a final report (128005).
 */
public enum ReadType {
    PRELIMINARY("121362", "Preliminary Report"), FINAL("128005", "Final Report");

    private final String dicomCode;
    private final String meaning;

    ReadType(String dicomCode, String meaning) {
        this.dicomCode = dicomCode;
        this.meaning = meaning;
    }

    public String dicomCode() {
        return dicomCode;
    }

    public String meaning() {
        return meaning;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReadType of(String code) {
        if (code != null) {
            for (ReadType t : values()) {
                if (t.code().equalsIgnoreCase(code.trim())) {
                    return t;
                }
            }
        }
        throw TeleradException.invalid("TELERAD-REGISTRY-003", "readType",
                "'" + code + "' is not a read type; use preliminary or final");
    }

    public static ReadType ofDicomCode(String code) {
        for (ReadType t : values()) {
            if (t.dicomCode.equals(code)) {
                return t;
            }
        }
        throw TeleradException.invalid("TELERAD-REGISTRY-003", "readType",
                "'" + code + "' is not DCM 121362 (Preliminary Report) or DCM 128005 (Final Report)");
    }
}
