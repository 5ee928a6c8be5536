package org.telerad.reporting.report.domain;

import java.util.Optional;
import java.util.UUID;

/** Where reports are kept: one per study, with their signed versions and critical findings. */
public interface Reports {

    Optional<Report> find(UUID id);

    Optional<Report> findByStudy(String studyInstanceUid);

    /**
     * Reports matching every given criterion (null or empty: any), newest first, at most {@code limit}:
     * by patient ID (and issuer when given), study, states, facilities.
     */
    java.util.List<Report> search(String patientId, String patientIssuer, String studyInstanceUid,
            java.util.Set<ReportState> states, java.util.Set<String> facilityCodes, int offset, int limit);

    /** Loads and locks the report of the study until the transaction ends. */
    Optional<Report> findByStudyForUpdate(String studyInstanceUid);

    /**
     * Stores a new report.
     *
     * @throws org.telerad.shared.problem.TeleradException (conflict, TELERAD-REPORT-003) when the study has one
     */
    void add(Report report);

    /**
     * Stores the changed report: its row (revision + 1) and its new versions and findings.
     *
     * @throws org.telerad.shared.problem.TeleradException (precondition failed, TELERAD-REPORT-002) when it
     *         changed since it was loaded
     */
    void update(Report report);
}
