package org.telerad.shared.dicom;

/**
 * DICOM value representations (PS3.5 6.2) and how the DICOM JSON model carries each of them (PS3.18 F.2.3).
 */
public enum VR {
    AE(Kind.STRING), AS(Kind.STRING), AT(Kind.TAG), CS(Kind.STRING), DA(Kind.STRING), DS(Kind.DECIMAL),
    DT(Kind.STRING), FD(Kind.DECIMAL), FL(Kind.DECIMAL), IS(Kind.INTEGER), LO(Kind.STRING), LT(Kind.TEXT),
    OB(Kind.BINARY), OD(Kind.BINARY), OF(Kind.BINARY), OL(Kind.BINARY), OV(Kind.BINARY), OW(Kind.BINARY),
    PN(Kind.PERSON_NAME), SH(Kind.STRING), SL(Kind.INTEGER), SQ(Kind.SEQUENCE), SS(Kind.INTEGER),
    ST(Kind.TEXT), SV(Kind.INTEGER), TM(Kind.STRING), UC(Kind.STRING), UI(Kind.STRING), UL(Kind.INTEGER),
    UN(Kind.BINARY), UR(Kind.TEXT), US(Kind.INTEGER), UT(Kind.TEXT), UV(Kind.INTEGER);

    /** The shape of a value in the DICOM JSON model. */
    public enum Kind {
        /** JSON strings; trailing padding is not significant. */
        STRING,
        /** JSON strings whose leading spaces are significant (LT, ST, UT, UR). */
        TEXT,
        /** JSON numbers holding integers (IS also arrives as a string from some archives). */
        INTEGER,
        /** JSON numbers holding decimals (DS also arrives as a string from some archives). */
        DECIMAL,
        /** JSON objects with Alphabetic, Ideographic and Phonetic component groups. */
        PERSON_NAME,
        /** JSON strings of eight hexadecimal digits. */
        TAG,
        /** Items, each a data set. */
        SEQUENCE,
        /** InlineBinary (Base64) or BulkDataURI, never Value. */
        BINARY
    }

    private final Kind kind;

    VR(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** True for the VRs whose values are text in JSON (strings, texts, dates, UIDs). */
    public boolean isText() {
        return kind == Kind.STRING || kind == Kind.TEXT;
    }

    public boolean isNumeric() {
        return kind == Kind.INTEGER || kind == Kind.DECIMAL;
    }

    /** The VR named by a two-letter code, if it is one. */
    public static java.util.Optional<VR> parse(String code) {
        if (code == null || code.length() != 2) {
            return java.util.Optional.empty();
        }
        for (VR vr : values()) {
            if (vr.name().equals(code)) {
                return java.util.Optional.of(vr);
            }
        }
        return java.util.Optional.empty();
    }
}
