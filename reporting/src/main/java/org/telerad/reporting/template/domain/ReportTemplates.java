package org.telerad.reporting.template.domain;

import java.util.List;
import java.util.Optional;

/** Where templates are kept, every version of each. */
public interface ReportTemplates {

    /** The latest version of every template, optionally only those of a modality; active ones only unless asked. */
    List<ReportTemplate> latest(String modality, boolean includeInactive);

    Optional<ReportTemplate> latest(String id);

    Optional<ReportTemplate> version(String id, int version);

    List<ReportTemplate> versions(String id);

    /**
     * Stores a version. Version 1 of an existing id is a conflict (TELERAD-REPORT-061); version n+1 stored by
     * someone else first makes a later attempt fail (precondition failed, TELERAD-REPORT-062).
     */
    void add(ReportTemplate template);
}
