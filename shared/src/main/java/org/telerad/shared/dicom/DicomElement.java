package org.telerad.shared.dicom;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One attribute of a data set: tag, VR and either values or bulk data (or nothing: an empty, type-2
 * attribute). Value types follow the VR's {@link VR.Kind}: {@code String} for text, {@code BigDecimal}
 * for numbers, {@link PersonName}, {@link Tag} for AT, {@link DicomAttributes} items for SQ. Text,
 * number and name values may be null (an empty value inside a multi-valued attribute); items may not.
 */
public record DicomElement(Tag tag, VR vr, List<Object> values, BulkData bulkData) {

    public DicomElement {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(vr, "vr");
        values = values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
        for (Object value : values) {
            checkType(vr, value);
        }
        if (bulkData != null && !values.isEmpty()) {
            throw new IllegalArgumentException(tag + " has either values or bulk data");
        }
        if (bulkData != null && vr == VR.SQ) {
            throw new IllegalArgumentException(tag + " is a sequence and has no bulk data");
        }
    }

    /** An attribute without value: {@code {"vr":"XX"}}. */
    public static DicomElement empty(Tag tag, VR vr) {
        return new DicomElement(tag, vr, List.of(), null);
    }

    public static DicomElement of(Tag tag, VR vr, List<?> values) {
        return new DicomElement(tag, vr, new ArrayList<>(values), null);
    }

    public static DicomElement ofBulkData(Tag tag, VR vr, BulkData bulkData) {
        return new DicomElement(tag, vr, List.of(), Objects.requireNonNull(bulkData, "bulkData"));
    }

    /** True when the attribute is present without any value (all values null counts as none). */
    public boolean isEmpty() {
        return bulkData == null && values.stream().allMatch(Objects::isNull);
    }

    /** Sequence items; empty for other VRs. */
    @SuppressWarnings("unchecked")
    public List<DicomAttributes> items() {
        return vr == VR.SQ ? (List<DicomAttributes>) (List<?>) values : List.of();
    }

    private static void checkType(VR vr, Object value) {
        Class<?> expected = switch (vr.kind()) {
            case STRING, TEXT -> String.class;
            case INTEGER, DECIMAL -> BigDecimal.class;
            case PERSON_NAME -> PersonName.class;
            case TAG -> Tag.class;
            case SEQUENCE -> DicomAttributes.class;
            case BINARY -> null;
        };
        if (expected == null) {
            throw new IllegalArgumentException("VR " + vr + " carries bulk data, not values");
        }
        if (value == null ? vr == VR.SQ || vr == VR.AT : !expected.isInstance(value)) {
            throw new IllegalArgumentException("VR " + vr + " values are " + expected.getSimpleName());
        }
    }

    /** Tag and VR only: values may be personal data. */
    @Override
    public String toString() {
        return tag + " " + vr + (isEmpty() ? " (empty)" : bulkData != null ? " (bulk data)" : " x" + values.size());
    }
}
