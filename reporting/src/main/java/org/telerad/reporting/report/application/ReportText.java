package org.telerad.reporting.report.application;

import org.telerad.reporting.report.domain.ReportContent;

/**
 * The five sections as a client sends them (plain strings, any may be null); validated when turned into
 * {@link ReportContent}, so that a bound violation answers a problem naming the field.
 */
public record ReportText(String clinicalInformation, String technique, String comparison, String findings,
        String impression) {

    public ReportContent toContent() {
        return new ReportContent(clinicalInformation, technique, comparison, findings, impression);
    }

    public static ReportText of(ReportContent c) {
        return new ReportText(c.clinicalInformation(), c.technique(), c.comparison(), c.findings(), c.impression());
    }

    @Override
    public String toString() {
        return "ReportText[redacted]";
    }
}
