package org.telerad.reporting.report.domain;

import java.util.ArrayList;
import java.util.List;

import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

/**
 * The text of a report in its five sections. Each section is optional while drafting (blank becomes null) and
 * bounded ({@value #MAX_SECTION} characters, {@value #MAX_TOTAL} in all), so a report always fits an HL7 OBX
 * and a FHIR presentedForm; the impression is required to sign ({@link #requireImpression()}). Immutable.
 */
public record ReportContent(String clinicalInformation, String technique, String comparison, String findings,
        String impression) {

    /** The longest a section may be, in characters. */
    public static final int MAX_SECTION = 20_000;
    /** The longest a whole report may be, in characters. */
    public static final int MAX_TOTAL = 50_000;

    public ReportContent {
        clinicalInformation = clean(clinicalInformation);
        technique = clean(technique);
        comparison = clean(comparison);
        findings = clean(findings);
        impression = clean(impression);
        List<FieldViolation> violations = new ArrayList<>();
        bound("clinicalInformation", clinicalInformation, violations);
        bound("technique", technique, violations);
        bound("comparison", comparison, violations);
        bound("findings", findings, violations);
        bound("impression", impression, violations);
        int total = length(clinicalInformation) + length(technique) + length(comparison) + length(findings)
                + length(impression);
        if (violations.isEmpty() && total > MAX_TOTAL) {
            violations.add(new FieldViolation("/", "the report has " + total + " characters; at most " + MAX_TOTAL
                    + " are allowed"));
        }
        if (!violations.isEmpty()) {
            throw TeleradException.invalid("TELERAD-REPORT-010", "The report text is too long: "
                    + violations.get(0).message() + ".", violations);
        }
    }

    /** A report with no text yet. */
    public static ReportContent empty() {
        return new ReportContent(null, null, null, null, null);
    }

    /** True when the impression has text. */
    public boolean hasImpression() {
        return impression != null;
    }

    /** Refuses to sign without an impression (TELERAD-REPORT-011). */
    public ReportContent requireImpression() {
        if (!hasImpression()) {
            throw TeleradException.invalid("TELERAD-REPORT-011", "impression",
                    "A report is signed only with an impression; write the impression first");
        }
        return this;
    }

    /** This content with every blank section taken from {@code defaults}. */
    public ReportContent orElse(ReportContent defaults) {
        return new ReportContent(clinicalInformation != null ? clinicalInformation : defaults.clinicalInformation,
                technique != null ? technique : defaults.technique,
                comparison != null ? comparison : defaults.comparison, findings != null ? findings : defaults.findings,
                impression != null ? impression : defaults.impression);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static void bound(String field, String value, List<FieldViolation> violations) {
        if (value != null && value.length() > MAX_SECTION) {
            violations.add(new FieldViolation(field, field + " has " + value.length() + " characters; at most "
                    + MAX_SECTION + " are allowed"));
        }
    }

    /** No report text: it may describe the patient. */
    @Override
    public String toString() {
        return "ReportContent[redacted]";
    }
}
