package org.telerad.reporting.delivery.channel.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.telerad.reporting.api.SignedReportVersion;

/**
 * The text of a signed report version as every channel sends it: the sections in reading order (clinical
 * information, technique, comparison, findings, impression), each with its LOINC code for HL7 OBX-3, then the
 * signed addenda (oldest first), the reason of a correction, the documented critical-finding communications and
 * the signature line. The same text is the FHIR
 * {@code presentedForm} (text/plain) and the HL7 OBX TX lines, so both receivers show the same report.
 */
public final class ReportText {

    /** A titled part of the report and its lines (never empty: parts without text are left out). */
    public record Part(String title, String loincCode, String loincName, List<String> lines) {
        public Part {
            Objects.requireNonNull(title, "title");
            lines = List.copyOf(lines);
        }
    }

    private final List<Part> parts;

    private ReportText(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    public static ReportText of(SignedReportVersion version) {
        SignedReportVersion.Sections s = version.sections();
        List<Part> parts = new ArrayList<>();
        add(parts, "CLINICAL INFORMATION", "55752-0", "Clinical information", s.clinicalInformation());
        add(parts, "TECHNIQUE", "55111-9", "Current imaging procedure description", s.technique());
        add(parts, "COMPARISON", "18834-2", "Radiology Comparison study (narrative)", s.comparison());
        add(parts, "FINDINGS", "59776-5", "Procedure findings Narrative", s.findings());
        add(parts, "IMPRESSION", "19005-8", "Radiology Imaging study [Impression] (narrative)", s.impression());
        for (SignedReportVersion.Addendum addendum : s.addenda()) {
            List<String> lines = new ArrayList<>(lines(addendum.text()));
            lines.add("Signed by " + addendum.signedBy() + " at " + addendum.signedAt() + ".");
            parts.add(new Part("ADDENDUM", "18782-3", "Radiology Study observation (narrative)", lines));
        }
        if (s.correctionReason() != null && !s.correctionReason().isBlank()) {
            parts.add(new Part("CORRECTION", "18782-3", "Radiology Study observation (narrative)",
                    lines("This report was corrected: " + s.correctionReason().strip())));
        }
        List<String> critical = new ArrayList<>();
        for (SignedReportVersion.CriticalFinding f : version.criticalFindings()) {
            critical.add(criticalLine(f));
        }
        if (!critical.isEmpty()) {
            parts.add(new Part("CRITICAL FINDINGS", "18782-3", "Radiology Study observation (narrative)", critical));
        }
        parts.add(new Part("SIGNATURE", "18782-3", "Radiology Study observation (narrative)",
                List.of(signature(version))));
        return new ReportText(parts);
    }

    public List<Part> parts() {
        return parts;
    }

    /** The whole report as plain text: each part's title, its lines, a blank line between parts. */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(part.title()).append(":\n");
            for (String line : part.lines()) {
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }

    private static void add(List<Part> parts, String title, String code, String name, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        parts.add(new Part(title, code, name, lines(text)));
    }

    private static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.strip().replace("\r\n", "\n").replace('\r', '\n').lines().map(String::stripTrailing).toList();
    }

    private static String criticalLine(SignedReportVersion.CriticalFinding f) {
        StringBuilder line = new StringBuilder("ACR category ").append(f.category()).append(": ")
                .append(f.description() == null ? "" : f.description().strip());
        if (f.communicatedTo() != null) {
            line.append(". Communicated to ").append(f.communicatedTo());
            if (f.communicatedAt() != null) {
                line.append(" at ").append(f.communicatedAt());
            }
            if (f.method() != null) {
                line.append(" by ").append(f.method().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
            if (f.readBack() != null) {
                line.append(f.readBack() ? ", read back" : ", not read back");
            }
        } else {
            line.append(". Communication not yet documented");
        }
        return line.append('.').toString();
    }

    private static String signature(SignedReportVersion v) {
        String what = switch (v.status()) {
            case PRELIMINARY -> "Preliminary report";
            case FINAL -> "Final report";
            case AMENDED -> "Amended report";
        };
        StringBuilder line = new StringBuilder(what).append(" signed by ").append(name(v.principalInterpreter()))
                .append(" at ").append(Instant.from(v.signedAt()));
        if (v.assistantInterpreter() != null) {
            line.append("; preliminary read by ").append(name(v.assistantInterpreter()));
        }
        return line.append('.').toString();
    }

    static String name(SignedReportVersion.Interpreter who) {
        String given = who.givenName() == null ? "" : who.givenName().strip();
        String family = who.familyName() == null ? "" : who.familyName().strip();
        String full = (given + " " + family).strip();
        return full.isEmpty() ? (who.username() == null ? "unknown" : who.username()) : full;
    }
}
