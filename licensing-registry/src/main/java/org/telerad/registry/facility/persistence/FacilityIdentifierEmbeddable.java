package org.telerad.registry.facility.persistence;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of registry_facility_identifier: kind AE_TITLE, INSTITUTION_NAME or HL7_FACILITY, and a value. */
@Embeddable
public class FacilityIdentifierEmbeddable {

    static final String AE_TITLE = "AE_TITLE";
    static final String INSTITUTION_NAME = "INSTITUTION_NAME";
    static final String HL7_FACILITY = "HL7_FACILITY";

    @Column(name = "kind", nullable = false, length = 24)
    String kind;

    @Column(name = "value", nullable = false, length = 255)
    String value;

    protected FacilityIdentifierEmbeddable() {
    }

    FacilityIdentifierEmbeddable(String kind, String value) {
        this.kind = kind;
        this.value = value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FacilityIdentifierEmbeddable other && Objects.equals(kind, other.kind)
                && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value);
    }
}
