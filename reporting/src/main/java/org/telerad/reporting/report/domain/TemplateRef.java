package org.telerad.reporting.report.domain;

import java.util.Objects;

/** Which template, in which version, a report was started from (kept with every version of the report). */
public record TemplateRef(String id, int version) {

    public TemplateRef {
        Objects.requireNonNull(id, "id");
        if (version < 1) {
            throw new IllegalArgumentException("template versions start at 1");
        }
    }
}
