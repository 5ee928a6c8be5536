package org.telerad.registry.radiologist.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of registry_radiologist_identifier. */
@Embeddable
public class IdentifierEmbeddable {

    @Column(name = "system", nullable = false, length = 255)
    String system;

    @Column(name = "value", nullable = false, length = 255)
    String value;

    protected IdentifierEmbeddable() {
    }

    IdentifierEmbeddable(String system, String value) {
        this.system = system;
        this.value = value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdentifierEmbeddable other && java.util.Objects.equals(system, other.system)
                && java.util.Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(system, value);
    }
}
