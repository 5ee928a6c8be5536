package org.telerad.shared.dicom;

import java.util.Base64;
import java.util.Objects;

/**
 * A binary value as the DICOM JSON model carries it: inline Base64 ({@code InlineBinary}) or a reference
 * ({@code BulkDataURI}). Kept as received; {@link #bytes()} decodes inline data only when asked.
 */
public record BulkData(String inlineBinary, String uri) {

    public BulkData {
        if ((inlineBinary == null) == (uri == null)) {
            throw new IllegalArgumentException("bulk data is either inline or a URI");
        }
    }

    public static BulkData inline(String base64) {
        return new BulkData(Objects.requireNonNull(base64, "base64"), null);
    }

    public static BulkData inline(byte[] bytes) {
        return new BulkData(Base64.getEncoder().encodeToString(bytes), null);
    }

    public static BulkData uri(String uri) {
        return new BulkData(null, Objects.requireNonNull(uri, "uri"));
    }

    public boolean isInline() {
        return inlineBinary != null;
    }

    /**
     * The decoded inline bytes.
     *
     * @throws IllegalStateException for a BulkDataURI, which must be fetched
     * @throws IllegalArgumentException if the inline data is not Base64
     */
    public byte[] bytes() {
        if (!isInline()) {
            throw new IllegalStateException("bulk data given by URI must be retrieved from the URI");
        }
        return Base64.getMimeDecoder().decode(inlineBinary);
    }

    @Override
    public String toString() {
        return isInline() ? "BulkData[inline, " + inlineBinary.length() + " Base64 characters]" : "BulkData[uri]";
    }
}
